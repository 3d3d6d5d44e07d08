import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Writes `chunk-modules.json` into the build output: each chunk of the page's bundle with the modules in it.
 * The build check reads it to prove that tfjs stays out of every chunk the page itself loads. */
export function chunkModulesPlugin(): Plugin {
  const chunks: Record<string, { isEntry: boolean; imports: string[]; modules: string[] }> = {};
  return {
    name: 'chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = {
          isEntry: output.isEntry,
          imports: output.imports,
          modules: output.moduleIds.map(relativeModuleId),
        };
      }
    },
    async writeBundle(options) {
      if (options.dir) await writeFile(join(options.dir, 'chunk-modules.json'), JSON.stringify(chunks));
    },
  };
}

function relativeModuleId(id: string): string {
  const marker = 'node_modules/';
  const at = id.lastIndexOf(marker);
  return at >= 0 ? id.slice(at + marker.length) : id.replace(process.cwd() + '/', '');
}
