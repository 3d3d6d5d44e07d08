// Turns the bench's results into Markdown tables (printed, and pasteable into the README) and a JSON file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @typedef {import('./playground.mjs').PlaygroundFigures} PlaygroundFigures */
/** @typedef {import('./bare/protocol.ts').BareResult} BareResult */
/** @typedef {import('./sizes.mjs').BundleSizes} BundleSizes */
/** @typedef {import('./native.mjs').NativeResult} NativeResult */
/**
 * @typedef {object} SpeedRow
 * @property {string} backend
 * @property {string} model
 * @property {PlaygroundFigures | { error: string }} playground
 * @property {(BareResult & { problems: string[] }) | { error: string }} bare
 * @property {number | null} ratio playground ÷ bare samples/s
 * @property {number | null} otherLoad the largest share of the cores other processes took during the two runs
 */
/** @typedef {{ backend: string, active?: string, trainClickedMs?: number, firstStepMs?: number, error?: string, otherLoad: number | null }} StartupRow */
/**
 * @typedef {object} BenchResults
 * @property {string} date
 * @property {Record<string, unknown>} machine
 * @property {Record<string, unknown>} options
 * @property {SpeedRow[]} speed
 * @property {StartupRow[]} startup
 * @property {BundleSizes | null} sizes
 * @property {NativeResult & { browserRatio?: number | null }} native
 */

/**
 * A Markdown table.
 * @param {string[]} headers
 * @param {string[][]} rows
 */
function table(headers, rows) {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/**
 * A number with thousands separators, or a dash.
 * @param {number | null | undefined} value
 * @param {number} [digits]
 */
function num(value, digits = 0) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * A share as a whole percentage, or a dash.
 * @param {number | null | undefined} share
 */
function percent(share) {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

/**
 * The cells of one speed row.
 * @param {SpeedRow} row
 */
function speedCells(row) {
  const page = 'error' in row.playground ? null : row.playground;
  const bare = 'error' in row.bare ? null : row.bare;
  const tensors = page?.tensors ?? {};
  const tensorText =
    'step100' in tensors
      ? `${num(tensors.step100)} → ${num(tensors.late)} (steps 100 → ${num(tensors.lateStep)})`
      : `${num(tensors.windowStart)} → ${num(tensors.windowEnd)} (window)`;
  const ranOn = [page?.backend, bare?.backend].filter((name) => name && name.toLowerCase() !== row.backend);
  return [
    ranOn.length > 0 ? `${row.backend} (ran on ${ranOn.join('/')})` : row.backend,
    row.model,
    page ? (page.restarted ? 'restarted' : num(page.samplesPerSecond)) : 'error',
    page ? num(page.figureMedian) : '—',
    bare ? num(bare.samplesPerSecond) : 'error',
    num(row.ratio, 2),
    `${page ? num(page.firstStepMs) : '—'} / ${bare ? num(bare.firstStepMs) : '—'}`,
    page ? `${num(page.startStallMs)} / ${num(page.longestStepGapMs)}` : '—',
    page ? `${page.longTasks.count} / ${page.longTasks.longestMs} ms` : '—',
    tensorText,
    percent(row.otherLoad),
  ];
}

/**
 * The report as Markdown: speeds, start-up, sizes and the native reference.
 * @param {BenchResults} results
 */
export function formatReport(results) {
  const speed = table(
    [
      'Backend',
      'Model',
      'Page samples/s',
      'Page figure',
      'Bare samples/s',
      'Page/bare',
      'First step ms (page / bare)',
      'Step stall ms (start / window)',
      'Long tasks (n / max)',
      'Tensors',
      'Other load',
    ],
    results.speed.map(speedCells),
  );
  const startup = table(
    ['Default page on', 'Train clicked at (ms)', 'First step at (ms)', 'Other load'],
    results.startup.map((row) => [
      row.active && row.active.toLowerCase() !== row.backend
        ? `${row.backend} (ran on ${row.active})`
        : row.backend,
      num(row.trainClickedMs),
      row.error ? `error: ${row.error}` : num(row.firstStepMs),
      percent(row.otherLoad),
    ]),
  );
  const sizes = results.sizes
    ? table(
        ['Asset', 'Bytes', 'gzip -9'],
        [...results.sizes.main, ...results.sizes.worker, ...results.sizes.wasm, ...results.sizes.otherJs].map(
          (asset) => [asset.file, num(asset.bytes), num(asset.gzipBytes)],
        ),
      )
    : 'sizes: not measured';
  const native = results.native.available
    ? `Native reference (${results.native.engine}): ${num(results.native.samplesPerSecond)} samples/s; ` +
      `browser (best MNIST playground samples/s) / native = ${num(results.native.browserRatio, 2)}`
    : `Native reference: not measured — ${results.native.reason}`;
  return [speed, '', startup, '', sizes, '', native].join('\n');
}

/**
 * Writes the results as JSON to bench/results/bench-<date and time>.json; returns the path.
 * @param {BenchResults} results
 */
export function writeResults(results) {
  const folder = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  const file = `${folder}bench-${results.date.replace(/:/g, '-').replace(/\..*$/, '')}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
