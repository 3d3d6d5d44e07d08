import { scaleColumns, type ColumnScaling } from './csv-scaling';
import { columnNames, mergeStats, scanRecords, type ColumnStats, type Scan } from './csv-scan';
import { checkText, detectDelimiter, measureFirstRecord, type Delimiter } from './csv-tokenize';
import { isPhrase, phrase, type Phrase } from '../../settings/phrases';
import { countOf, formatCount, listNames } from './format';

/** How numeric columns are scaled: min-max into [0, 1], z-score to mean 0 and standard deviation 1, or not at all. */
export type Scaling = 'minmax' | 'zscore' | 'none';

/** Choices for parseCsv. */
export interface CsvOptions {
  scaling: Scaling;
  /** The column whose values become class labels: a header name, or "column N" (from 1) without a header. */
  labelColumn: string | null;
  maxColumns: number;
  maxRows: number;
}

/** Min-max scaling, no labels, at most 4,096 columns and 100,000 data rows. */
export const defaultCsvOptions: Readonly<CsvOptions> = {
  scaling: 'minmax',
  labelColumn: null,
  maxColumns: 4096,
  maxRows: 100_000,
};

/** A parsed table: its numeric columns as scaled samples, and what was left out. */
export interface ParsedTable {
  /** rows × columns.length values, row after row, after scaling. */
  values: Float32Array;
  rows: number;
  /** Names of the numeric columns kept ("column 1", … when there is no header). */
  columns: string[];
  /** Columns left out because they are not numeric (the label column is in neither list). */
  ignoredColumns: string[];
  hasHeader: boolean;
  delimiter: Delimiter;
  /** Data rows left out because a kept column (or the label column) was empty in them. */
  droppedRows: number;
  /** Class index per kept row when a label column was given. */
  labels: Int32Array | null;
  /** Class names in order of first appearance. */
  classes: string[] | null;
  scaling: ColumnScaling;
}

/** A parsed table, or one message saying precisely why the text is not usable. */
export type CsvResult = { ok: true; table: ParsedTable } | { ok: false; error: Phrase };

const failure = (error: Phrase): CsvResult => ({ ok: false, error });

/** The first record is a header when one of its cells is not a number while the cells below it are numbers;
 * also when no column below is numeric and every cell of the first record is text, so that a table without
 * numbers is still described by its column names. */
function hasHeader(scan: Scan): boolean {
  const numericBelow = (c: number) => (scan.rest.filled[c] ?? 0) > 0 && scan.rest.text[c] === 0;
  if (scan.first.some((_, c) => (scan.head.text[c] ?? 0) > 0 && numericBelow(c))) return true;
  return scan.records > 1 && scan.first.every((_, c) => scan.head.text[c] === 1 && !numericBelow(c));
}

/** Why the records do not make a table of at least two rows, or null when they do. */
function checkShape(scan: Scan, header: boolean, maxRows: number): Phrase | null {
  if (scan.ragged !== null) {
    const looksLikeHeader = header || (scan.records === 1 && scan.head.text.some((count) => count > 0));
    const figures = {
      row: scan.ragged.line,
      fields: countOf(scan.ragged.fields, 'field'),
      width: formatCount(scan.width),
    };
    return looksLikeHeader ? phrase('csv.raggedHeader', figures) : phrase('csv.raggedFirstRow', figures);
  }
  const dataRows = scan.records - (header ? 1 : 0);
  if (scan.tooManyRows || dataRows > maxRows) return phrase('csv.tooManyRows', { max: formatCount(maxRows) });
  if (scan.records === 1 && scan.head.text.some((count) => count > 0)) return phrase('csv.headerOnly');
  if (dataRows < 2) return phrase('csv.oneRow');
  return null;
}

const isNumeric = (stats: ColumnStats, column: number) =>
  (stats.filled[column] ?? 0) > 0 && stats.text[column] === 0;

/** The message for the earliest cell of a numeric column that reads as a number but cannot be used, or null. */
function badCellMessage(
  stats: ColumnStats,
  numeric: readonly number[],
  names: readonly string[],
): Phrase | null {
  let worst = -1;
  for (const c of numeric) {
    const line = stats.badLine[c] ?? 0;
    if (line > 0 && (worst < 0 || line < (stats.badLine[worst] ?? 0))) worst = c;
  }
  if (worst < 0) return null;
  const cell = stats.badCell[worst] ?? '';
  const where = { row: stats.badLine[worst] ?? 0, column: names[worst] ?? '', cell };
  return Number.isFinite(Number(cell.replace(',', '.')))
    ? phrase('csv.tooLarge', where)
    : phrase('csv.notFinite', where);
}

/** Class indices for label texts, numbering classes in order of first appearance. */
function classify(texts: readonly string[]): { labels: Int32Array; classes: string[] } {
  const indices = new Map<string, number>();
  const labels = Int32Array.from(texts, (text) => {
    const known = indices.get(text);
    if (known !== undefined) return known;
    indices.set(text, indices.size);
    return indices.size - 1;
  });
  return { labels, classes: [...indices.keys()] };
}

interface KeptRows {
  matrix: Float64Array;
  rows: number;
  dropped: number;
  /** The label cell of each kept row (empty strings without a label column). */
  labelTexts: string[];
}

/** The data rows with no empty numeric (or label) cell, as a rows × numeric.length matrix; a message when fewer
 * than two are left. */
function keepRows(
  scan: Scan,
  start: number,
  numeric: readonly number[],
  labelCells: readonly string[] | null,
): KeptRows | Phrase {
  const dataRows = scan.records - start;
  const matrix = new Float64Array(dataRows * numeric.length);
  const labelTexts: string[] = [];
  let rows = 0;
  for (let r = start; r < scan.records; r++) {
    const label = labelCells?.[r] ?? '';
    if (labelCells !== null && label === '') continue;
    const base = r * scan.width;
    if (numeric.some((c) => Number.isNaN(scan.cells[base + c]))) continue;
    numeric.forEach((c, k) => (matrix[rows * numeric.length + k] = scan.cells[base + c] ?? 0));
    labelTexts.push(label);
    rows++;
  }
  const dropped = dataRows - rows;
  if (rows === 0) {
    const figures = { rows: formatCount(dataRows) };
    return labelCells === null
      ? phrase('csv.allRowsEmpty', figures)
      : phrase('csv.allRowsEmptyLabelled', figures);
  }
  if (rows === 1) return phrase('csv.oneRowLeft', { dropped: countOf(dropped, 'row') });
  return { matrix: matrix.slice(0, rows * numeric.length), rows, dropped, labelTexts };
}

/** The table once the records are known to make one: columns chosen, cells checked, rows kept and scaled. */
function buildTable(scan: Scan, header: boolean, delimiter: Delimiter, options: CsvOptions): CsvResult {
  const names = columnNames(scan.first, header);
  const wanted = options.labelColumn?.trim() ?? null;
  const label = wanted === null ? -1 : names.indexOf(wanted);
  if (wanted !== null && label < 0) {
    return failure(phrase('csv.noLabelColumn', { name: wanted, columns: listNames(names) }));
  }
  const stats = header ? scan.rest : mergeStats(scan.head, scan.rest);
  const numeric = names.flatMap((_, c) => (c !== label && isNumeric(stats, c) ? [c] : []));
  if (numeric.length === 0) return failure(phrase('csv.noNumericColumn', { columns: listNames(names) }));
  const badCell = badCellMessage(stats, numeric, names);
  if (badCell !== null) return failure(badCell);
  const kept = keepRows(scan, header ? 1 : 0, numeric, scan.labelCells.get(label) ?? null);
  if (isPhrase(kept)) return failure(kept);
  const classes = label < 0 ? null : classify(kept.labelTexts);
  const numericSet = new Set(numeric);
  const scaling = scaleColumns(kept.matrix, kept.rows, numeric.length, options.scaling);
  const table: ParsedTable = {
    values: new Float32Array(kept.matrix),
    rows: kept.rows,
    columns: numeric.map((c) => names[c] ?? ''),
    ignoredColumns: names.filter((_, c) => c !== label && !numericSet.has(c)),
    hasHeader: header,
    delimiter,
    droppedRows: kept.dropped,
    labels: classes?.labels ?? null,
    classes: classes?.classes ?? null,
    scaling,
  };
  return { ok: true, table };
}

/** Parses CSV, TSV or semicolon-separated text into scaled numeric samples, or says precisely why it cannot:
 * every failure is one plain sentence, naming the row and column where there is one. Linear in the text length;
 * a very wide first row is rejected before the rest of the file is split. A leading byte-order mark is skipped,
 * blank lines are ignored, and semicolon files may use decimal commas ("1,5"). */
export function parseCsv(text: string, options: CsvOptions): CsvResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const notText = checkText(body);
  if (notText !== null) return failure(notText);
  const delimiter = detectDelimiter(body);
  const first = measureFirstRecord(body, delimiter);
  if (first.fields > options.maxColumns) {
    return failure(
      phrase('csv.tooManyColumns', {
        row: first.line,
        count: formatCount(first.fields),
        max: formatCount(options.maxColumns),
      }),
    );
  }
  const scan = scanRecords(body, delimiter, {
    maxRecords: options.maxRows + 1,
    labelColumn: options.labelColumn,
    decimalComma: delimiter === ';',
  });
  if (isPhrase(scan)) return failure(scan);
  const header = hasHeader(scan);
  const shapeError = checkShape(scan, header, options.maxRows);
  return shapeError === null ? buildTable(scan, header, delimiter, options) : failure(shapeError);
}
