import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataFiles } from './default-data-files';

function manifestFile(): string {
  const chunks = (split: string, n: number) =>
    Array.from({ length: n }, (_, index) => ({ file: `mnist/${split}-${index}.chunk`, count: 5000 }));
  const path = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.json');
  writeFileSync(
    path,
    JSON.stringify({
      datasets: {
        mnist: { splits: { train: { chunks: chunks('train', 12) }, test: { chunks: chunks('test', 2) } } },
      },
    }),
  );
  return path;
}

describe('defaultDataFiles', () => {
  const manifest = manifestFile();

  it('lists the manifest and just the chunks that hold the requested images', () => {
    expect(
      defaultDataFiles(manifest, { dataset: 'mnist', trainSize: 10_000, validationSize: 2_000 }),
    ).toEqual([
      'data/manifest.json',
      'data/mnist/train-0.chunk',
      'data/mnist/train-1.chunk',
      'data/mnist/test-0.chunk',
    ]);
  });

  it('takes one more chunk as soon as one image does not fit', () => {
    const files = defaultDataFiles(manifest, { dataset: 'mnist', trainSize: 10_001, validationSize: 5_001 });
    expect(files.filter((file) => file.includes('train-'))).toHaveLength(3);
    expect(files.filter((file) => file.includes('test-'))).toHaveLength(2);
  });

  it('precaches no data for a generated data set or before the data are prepared', () => {
    expect(defaultDataFiles(manifest, { dataset: 'blobs', trainSize: 1000, validationSize: 100 })).toEqual(
      [],
    );
    expect(
      defaultDataFiles(join(tmpdir(), 'no-such-manifest.json'), {
        dataset: 'mnist',
        trainSize: 1000,
        validationSize: 100,
      }),
    ).toEqual([]);
  });
});
