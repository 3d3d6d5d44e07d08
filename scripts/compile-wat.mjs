// Compiles the hand-written WASM kernels (src/core/*.wat) into TypeScript modules of bytes beside them, which
// the worker instantiates over tfjs-wasm's memory. Run after editing a .wat: node scripts/compile-wat.mjs.
// A unit test compiles them again and fails when a committed module is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import wabt from 'wabt';

/** The kernels: each .wat and the TypeScript module its bytes go to. */
export const kernels = [
  { wat: 'src/core/adam-update.wat', module: 'src/core/adam-update-bytes.ts', name: 'ADAM_UPDATE_WASM' },
];

/**
 * The binary of a .wat file, with SIMD.
 * @param {string} path
 * @returns {Promise<Uint8Array>}
 */
export async function compileWat(path) {
  const toolkit = await wabt();
  const parsed = toolkit.parseWat(path, readFileSync(path, 'utf8'), { simd: true });
  try {
    return parsed.toBinary({}).buffer;
  } finally {
    parsed.destroy();
  }
}

/**
 * The TypeScript module holding a kernel's bytes.
 * @param {string} name
 * @param {string} wat
 * @param {Uint8Array} bytes
 */
export function moduleSource(name, wat, bytes) {
  const lines = [];
  for (let start = 0; start < bytes.length; start += 24)
    lines.push(`  ${[...bytes.slice(start, start + 24)].join(', ')},`);
  return (
    `// Generated from ${wat.split('/').pop()} by scripts/compile-wat.mjs: do not edit.\n` +
    `export const ${name} = new Uint8Array([\n${lines.join('\n')}\n]);\n`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { wat, module, name } of kernels) {
    const source = moduleSource(name, wat, await compileWat(wat));
    const options = (await resolveConfig(module)) ?? {};
    writeFileSync(module, await format(source, { ...options, filepath: module }));
    console.log(`${wat} → ${module}`);
  }
}
