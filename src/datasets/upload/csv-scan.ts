import { phrase, type Phrase } from '../../settings/phrases';
import { forEachRecord, type Delimiter } from './csv-tokenize';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
const INITIAL_ROWS = 1024;

/** The largest magnitude a 32-bit float can hold. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** A trimmed, non-empty cell as a number: its value, NaN for the literals NaN, inf and Infinity (signed or not),
 * or null when it is not a number at all. With `decimalComma`, "1,5" reads as 1.5. */
export function parseCell(cell: string, decimalComma: boolean): number | null {
  const text = decimalComma && cell.includes(',') ? cell.replace(',', '.') : cell;
  if (DECIMAL.test(text)) return Number(text);
  return NON_FINITE.test(text) ? Number.NaN : null;
}

/** The name given to column `index` (from 0) when the file has no header, or its header cell is blank. */
export const generatedName = (index: number) => `column ${index + 1}`;

/** Column names: the trimmed cells of the first record when it is a header (blank ones generated), else generated. */
export function columnNames(first: readonly string[], header: boolean): string[] {
  return first.map((cell, index) => (header && cell.trim() !== '' ? cell.trim() : generatedName(index)));
}

/** Per-column counts over a run of records: non-empty cells, cells that are not numbers, and the first cell that
 * reads as a number but cannot be used (NaN, ±Infinity, beyond the 32-bit range) with its line (0 when none). */
export interface ColumnStats {
  filled: Int32Array;
  text: Int32Array;
  badLine: Int32Array;
  badCell: string[];
}

const emptyStats = (width: number): ColumnStats => ({
  filled: new Int32Array(width),
  text: new Int32Array(width),
  badLine: new Int32Array(width),
  badCell: new Array<string>(width).fill(''),
});

/** The stats of two runs of records, `earlier` coming before `later` in the file. */
export function mergeStats(earlier: ColumnStats, later: ColumnStats): ColumnStats {
  const merged = emptyStats(earlier.filled.length);
  for (let c = 0; c < merged.filled.length; c++) {
    merged.filled[c] = (earlier.filled[c] ?? 0) + (later.filled[c] ?? 0);
    merged.text[c] = (earlier.text[c] ?? 0) + (later.text[c] ?? 0);
    const source = earlier.badLine[c] ? earlier : later;
    merged.badLine[c] = source.badLine[c] ?? 0;
    merged.badCell[c] = source.badCell[c] ?? '';
  }
  return merged;
}

/** Everything one pass over the records learns: the first record, every cell as a number (NaN where a cell is
 * empty, not a number or not finite), column stats for the first record and for the rest apart (so that the
 * header can be decided afterwards), the cells of the columns that may be the label column, and why the pass
 * stopped early, if it did. */
export interface Scan {
  width: number;
  records: number;
  first: string[];
  cells: Float64Array;
  head: ColumnStats;
  rest: ColumnStats;
  labelCells: Map<number, string[]>;
  ragged: { line: number; fields: number } | null;
  tooManyRows: boolean;
}

/** What scanRecords needs besides the text. */
export interface ScanOptions {
  maxRecords: number;
  labelColumn: string | null;
  decimalComma: boolean;
}

function startScan(first: string[], labelColumn: string | null): Scan {
  const width = first.length;
  const candidates = labelColumn === null ? [] : [true, false].map((header) => columnNames(first, header));
  const labelCells = new Map<number, string[]>();
  for (const names of candidates) {
    const index = names.indexOf(labelColumn?.trim() ?? '');
    if (index >= 0) labelCells.set(index, []);
  }
  const cells = new Float64Array(width * INITIAL_ROWS);
  const [head, rest] = [emptyStats(width), emptyStats(width)];
  return { width, records: 0, first, cells, head, rest, labelCells, ragged: null, tooManyRows: false };
}

function addRecord(scan: Scan, fields: readonly string[], line: number, decimalComma: boolean): void {
  const { width } = scan;
  if ((scan.records + 1) * width > scan.cells.length) {
    const grown = new Float64Array(scan.cells.length * 2);
    grown.set(scan.cells);
    scan.cells = grown;
  }
  const stats = scan.records === 0 ? scan.head : scan.rest;
  const base = scan.records * width;
  for (let c = 0; c < width; c++) {
    const cell = (fields[c] ?? '').trim();
    const value = cell === '' ? Number.NaN : parseCell(cell, decimalComma);
    const usable = value !== null && Number.isFinite(value) && Math.abs(value) <= FLOAT32_MAX;
    scan.cells[base + c] = usable ? value : Number.NaN;
    if (cell === '') continue;
    stats.filled[c] = (stats.filled[c] ?? 0) + 1;
    if (value === null) stats.text[c] = (stats.text[c] ?? 0) + 1;
    else if (!usable && !stats.badLine[c]) {
      stats.badLine[c] = line;
      stats.badCell[c] = cell;
    }
  }
  for (const [column, cells] of scan.labelCells) cells.push((fields[column] ?? '').trim());
  scan.records++;
}

/** One pass over the records of `text`, stopping at the first ragged record or when there are more than
 * `maxRecords`; a message instead when a quote is never closed. */
export function scanRecords(text: string, delimiter: Delimiter, options: ScanOptions): Scan | Phrase {
  const started: { scan: Scan | null } = { scan: null };
  const error = forEachRecord(text, delimiter, (fields, line) => {
    const scan = (started.scan ??= startScan(fields, options.labelColumn));
    if (fields.length !== scan.width) {
      scan.ragged = { line, fields: fields.length };
      return false;
    }
    if (scan.records === options.maxRecords) {
      scan.tooManyRows = true;
      return false;
    }
    addRecord(scan, fields, line, options.decimalComma);
    return true;
  });
  return error ?? started.scan ?? phrase('csv.empty');
}
