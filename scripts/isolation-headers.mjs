// The headers that make the page cross-origin isolated (self.crossOriginIsolated, SharedArrayBuffer).
// Every server of the built site sends them: vite dev and preview, scripts/serve-static.mjs, the bench's.

/** Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy: the page shares no browsing context group with
 * other origins and loads only resources that agree to it (all of ours come from the page's own origin). */
export const isolationHeaders = Object.freeze({
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
});
