import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendProbe } from '../settings/backend-probe';
import type { BackendChoice, BackendName } from '../settings/options';
import { isSoftwareRenderer } from './software-renderer';
import { phrase, PhraseError, phraseOf, phraseText, type Phrase } from '../settings/phrases';

const wasmUrls = {
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
};
// The binaries are served from the app's own origin, wherever the bundler put them.
setWasmPaths(wasmUrls);

/** Which backend runs, and why any backend before it in the chain was passed over. */
export interface BackendReport {
  active: BackendName;
  requested: BackendChoice;
  fallbacks: { backend: BackendName; reason: Phrase }[];
  /** The backend's build or device (SIMD, the GPU's name), for the page to word. */
  description: Phrase;
  /** The same in English, for logs and the bench. */
  detail: string;
  /** What the "auto" backend's speed probe measured; null when it did not run. */
  probe: BackendProbe | null;
}

const autoOrder: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/** Activates the requested backend, or the next one of webgl → wasm → cpu (for "auto", of `order`) that works.
 * `softwareWebgl` lets WebGL run on a software rasteriser (headless tests); off, tfjs refuses it.
 * `unusable` names backends that already failed in this worker, with why. */
export async function activateBackend(
  requested: BackendChoice,
  options: {
    softwareWebgl: boolean;
    unusable?: ReadonlyMap<BackendName, Phrase>;
    order?: readonly BackendName[];
  },
): Promise<BackendReport> {
  const chain =
    requested === 'auto'
      ? (options.order ?? autoOrder)
      : [requested, ...autoOrder.filter((name) => name !== requested)];
  const fallbacks: BackendReport['fallbacks'] = [];
  for (const backend of chain) {
    const reason = options.unusable?.get(backend) ?? (await startBackend(backend, options));
    if (reason === null) {
      const description = await describeBackend(backend);
      return {
        active: backend,
        requested,
        fallbacks,
        description,
        detail: phraseText(description),
        probe: null,
      };
    }
    fallbacks.push({ backend, reason });
  }
  const reasons = fallbacks.map(({ backend, reason }) => phrase('backend.reason', { backend, reason }));
  throw new PhraseError(phrase('backend.noneStarted', { reasons }));
}

/** Makes the backend the active one; null when it is, else why it is not. */
export async function startBackend(
  backend: BackendName,
  options: { softwareWebgl: boolean },
): Promise<Phrase | null> {
  if (tf.getBackend() === backend) return null;
  if (backend === 'webgl') configureWebgl(options.softwareWebgl);
  // One thread even where the page is cross-origin isolated (it is, see scripts/isolation-headers.mjs), where
  // tfjs would load the threaded binary. Measured with the bench's bare loop (MNIST 784-256-64-256-784, batch
  // 128, Chromium 156 headless, this 2-core machine, idle, unminified builds, 12 s windows, alternating): the
  // SIMD binary 6,594, 6,486, 6,151 and 6,041 samples/s; the threaded one (2 threads) 6,692, 6,543, 6,172 and
  // 6,132; with setThreadsCount(2) 6,017 and 6,293 against 6,154 and 6,108. No gain, and the second core is
  // the page's. Minified, the threaded build does not run at all: tfjs rebuilds its pthread worker from the
  // factory's source, which minification breaks ("e is not defined").
  if (backend === 'wasm') tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  let started: boolean;
  try {
    started = await tf.setBackend(backend);
  } catch (error) {
    return phraseOf(error);
  }
  if (!started) return await diagnoseFailure(backend);
  await tf.ready();
  if (backend === 'webgl') return refuseSoftwareWebgl(options.softwareWebgl) ?? settleWebglPrecision();
  return null;
}

/** Refuses WebGL drawn by the CPU unless the switch asks for it (headless tests): tfjs's own check misses
 * SwiftShader where the browser was started with flags that let it pass for a GPU. */
function refuseSoftwareWebgl(softwareWebgl: boolean): Phrase | null {
  return !softwareWebgl && isSoftwareRenderer(rendererName()) ? phrase('backend.softwareOnly') : null;
}

/** Refuses half-float WebGL, and mends tfjs 4.22's precision probe, which answers 16 bits exactly when
 * float32 rendering works (backend_webgl.ts `floatPrecision`): the backend's epsilon would be 1e-4 instead
 * of 1e-7, and AdaGrad, which reads it, would train differently on WebGL than on WASM or CPU. */
function settleWebglPrecision(): Phrase | null {
  if (!tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')) return phrase('backend.halfFloat');
  (tf.backend() as unknown as { floatPrecisionValue: number }).floatPrecisionValue = 32;
  return null;
}

function configureWebgl(softwareWebgl: boolean): void {
  // Must be set before the first WebGL context is made; tfjs reads it when creating the context.
  tf.env().set('SOFTWARE_WEBGL_ENABLED', softwareWebgl);
}

async function diagnoseFailure(backend: BackendName): Promise<Phrase> {
  if (backend === 'webgl') return diagnoseWebgl();
  if (backend === 'wasm') return diagnoseWasm();
  return phrase('backend.cpuFailed');
}

function diagnoseWebgl(): Phrase {
  if (typeof OffscreenCanvas === 'undefined') return phrase('backend.noWorkerWebgl');
  const canvas = new OffscreenCanvas(1, 1);
  if (!canvas.getContext('webgl2')) return phrase('backend.noWebgl2');
  const strict = new OffscreenCanvas(1, 1).getContext('webgl2', { failIfMajorPerformanceCaveat: true });
  if (!strict) return phrase('backend.softwareOnly');
  return phrase('backend.webglFailed');
}

async function diagnoseWasm(): Promise<Phrase> {
  try {
    const response = await fetch(wasmSimdUrl, { method: 'HEAD' });
    if (!response.ok) return phrase('backend.wasmHttp', { status: response.status });
  } catch {
    return phrase('backend.wasmMissing');
  }
  return phrase('backend.wasmFailed');
}

async function describeBackend(backend: BackendName): Promise<Phrase> {
  if (backend === 'wasm') {
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    return simd ? phrase('backend.wasmSimd') : phrase('backend.wasmNoSimd');
  }
  if (backend === 'webgl') {
    const version = tf.env().getNumber('WEBGL_VERSION');
    const renderer = rendererName();
    return renderer === null
      ? phrase('backend.webgl', { version })
      : phrase('backend.webglOn', { version, renderer });
  }
  return phrase('backend.cpu');
}

/** The GPU's own name for itself, as the driver gives it (not ours to translate). */
function rendererName(): string | null {
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGL2RenderingContext } }).gpgpu?.gl;
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
}

/** Calls `onLost` when the active WebGL context is lost (a GPU reset, a driver crash); tfjs itself would
 * only fail later, or wait for ever on a readback. */
export function watchWebglContext(onLost: () => void): void {
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: { canvas?: OffscreenCanvas } } }).gpgpu?.gl;
  gl?.canvas?.addEventListener('webglcontextlost', onLost);
}

/** Makes the active WebGL context lost, as a crashed GPU process would; a test hook. */
export function loseWebglContext(): boolean {
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGL2RenderingContext } }).gpgpu?.gl;
  const extension = gl?.getExtension('WEBGL_lose_context');
  extension?.loseContext();
  return Boolean(extension);
}
