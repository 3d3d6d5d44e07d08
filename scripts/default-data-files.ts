// Which generated data files the default run reads, so the service worker can precache exactly those.
import { existsSync, readFileSync } from 'node:fs';

interface ManifestSplit {
  chunks: { file: string; count: number }[];
}

/** The first chunks of a split that together hold at least `count` images. */
function chunksFor(split: ManifestSplit | undefined, count: number): string[] {
  const files: string[] = [];
  let held = 0;
  for (const chunk of split?.chunks ?? []) {
    if (held >= count) break;
    files.push(chunk.file);
    held += chunk.count;
  }
  return files;
}

/** The manifest and the chunks of `dataset` that a run of `trainSize` training and `validationSize`
 * validation images (the test split) fetches, as paths under the build's root; [] when the data set is
 * not an archive or the data are not prepared. */
export function defaultDataFiles(
  manifestPath: string,
  run: { dataset: string; trainSize: number; validationSize: number },
): string[] {
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    datasets: Record<string, { splits: { train?: ManifestSplit; test?: ManifestSplit } } | undefined>;
  };
  const splits = manifest.datasets[run.dataset]?.splits;
  if (!splits) return [];
  const chunks = [...chunksFor(splits.train, run.trainSize), ...chunksFor(splits.test, run.validationSize)];
  return ['data/manifest.json', ...chunks.map((file) => `data/${file}`)];
}
