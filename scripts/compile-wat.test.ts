import { describe, expect, it } from 'vitest';
import { ADAM_UPDATE_WASM } from '../src/core/adam-update-bytes';
import { compileWat, kernels } from './compile-wat.mjs';

const committed: Record<string, Uint8Array> = { ADAM_UPDATE_WASM };

describe('the hand-written WASM kernels', () => {
  it.each(kernels)('$module holds the bytes $wat compiles to', async ({ wat, name }) => {
    const bytes = await compileWat(wat);
    expect(WebAssembly.validate(new Uint8Array(bytes))).toBe(true);
    // Out of date: run node scripts/compile-wat.mjs.
    expect([...(committed[name] ?? [])]).toEqual([...bytes]);
  });
});
