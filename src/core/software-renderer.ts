/** Renderer names of WebGL drawn by the CPU: Chrome's SwiftShader, Mesa's llvmpipe and softpipe, Windows' Basic
 * Render Driver. */
const SOFTWARE_RENDERERS = /SwiftShader|llvmpipe|softpipe|Software Rasterizer|Basic Render Driver/i;

/** Whether a WebGL renderer name (UNMASKED_RENDERER_WEBGL) is a software rasteriser. Such WebGL trains several
 * times slower than WASM; a browser started with flags that let it pass for a GPU (headless Chromium's
 * `--enable-unsafe-swiftshader`) gets past tfjs's own performance-caveat check. */
export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer !== null && SOFTWARE_RENDERERS.test(renderer);
}
