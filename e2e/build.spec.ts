import { readFileSync, readdirSync } from 'node:fs';
import { SUB_PATH_URL } from '../playwright.config';
import { expect, test, waitForFigure } from './fixtures';

interface ChunkInfo {
  isEntry: boolean;
  imports: string[];
  modules: string[];
}

test('the page’s own chunks carry no tfjs; the worker does', () => {
  const chunks = JSON.parse(readFileSync('dist/chunk-modules.json', 'utf8')) as Record<string, ChunkInfo>;
  const entries = Object.entries(chunks).filter(([, chunk]) => chunk.isEntry);
  expect(entries).toHaveLength(1);
  const reachable = new Set<string>();
  const visit = (file: string) => {
    if (reachable.has(file)) return;
    reachable.add(file);
    chunks[file]?.imports.forEach(visit);
  };
  entries.forEach(([file]) => visit(file));
  const pageModules = [...reachable].flatMap((file) => chunks[file]?.modules ?? []);
  expect(pageModules.some((id) => id.startsWith('react-dom'))).toBe(true);
  expect(pageModules.filter((id) => id.includes('@tensorflow'))).toEqual([]);
  const worker = readdirSync('dist/assets').find((file) => file.startsWith('training.worker'));
  expect(worker).toBeDefined();
  expect(readFileSync(`dist/assets/${worker}`, 'utf8')).toContain('Cannot return a Promise inside of tidy');
});

test('the build runs unchanged from a sub-path of another server', async ({ page }) => {
  await page.goto(`${SUB_PATH_URL}#backend=wasm&epochs=10000`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', 10);
  await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText('WASM');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
});
