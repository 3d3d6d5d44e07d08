// The native reference: the same MNIST model trained by PyTorch (or, without it, NumPy) on this machine.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** @typedef {{ available: true, engine: string, samplesPerSecond: number, loss: number } | { available: false, reason: string }} NativeResult */

const script = fileURLToPath(new URL('./native_mnist.py', import.meta.url));
const dataFolder = fileURLToPath(new URL('../public/data', import.meta.url));

/**
 * Trains natively for `seconds` after a warm-up; never throws: a missing Python or PyTorch is a result too.
 * PyTorch runs with 2 threads and OpenBLAS single-threaded (no oversubscription of the 2 cores); the NumPy
 * fallback with one BLAS thread.
 * @param {number} seconds
 * @returns {Promise<NativeResult>}
 */
export function measureNative(seconds) {
  return new Promise((resolve) => {
    const env = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '2' };
    const child = spawn('python3', [script, dataFolder, String(seconds), '--numpy-fallback'], { env });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (errors += String(chunk)));
    child.on('error', (error) =>
      resolve({ available: false, reason: `python3 could not start: ${error.message}` }),
    );
    child.on('close', (code) => {
      const line = output.trim().split('\n').at(-1) ?? '';
      try {
        /** @type {unknown} */
        const parsed = code === 0 ? JSON.parse(line) : null;
        if (parsed) return resolve(/** @type {NativeResult} */ (parsed));
      } catch {
        // Not JSON: reported below with stderr.
      }
      resolve({
        available: false,
        reason: `python3 failed (exit ${code}): ${errors.trim().split('\n').at(-1) ?? ''}`,
      });
    });
  });
}
