import { phrase, type Phrase } from '../../settings/phrases';

/** The field separators that CSV parsing recognises: comma, tab (TSV) and semicolon. */
export type Delimiter = ',' | '\t' | ';';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SAMPLE_CHARS = 65_536;
const SAMPLE_RECORDS = 20;

/** Tab first, then semicolon: commas often sit inside tab- and semicolon-separated values (decimal commas),
 * while tabs and semicolons rarely sit inside comma-separated ones. */
const candidates: readonly Delimiter[] = ['\t', ';', ','];

const isSuspicious = (code: number) =>
  code === 0xfffd || code === 0x7f || (code < 32 && code !== 9 && code !== LF && code !== CR && code !== 12);

/** Why a text cannot be a table at all (it is empty, or binary), or null when it looks like text. */
export function checkText(text: string): Phrase | null {
  if (!/\S/.test(text)) return phrase('csv.empty');
  if (text.includes('\u0000')) return phrase('csv.notText');
  const sampleLength = Math.min(text.length, SAMPLE_CHARS);
  let suspicious = 0;
  for (let i = 0; i < sampleLength; i++) if (isSuspicious(text.charCodeAt(i))) suspicious++;
  return suspicious > Math.max(2, sampleLength / 100) ? phrase('csv.notText') : null;
}

/** Whether position `i` of `text` starts a field, so that a quote there opens a quoted field. */
function atFieldStart(text: string, i: number, separator: number): boolean {
  const previous = text.charCodeAt(i - 1);
  return i === 0 || previous === separator || previous === LF || previous === CR;
}

/** Whether a character-by-character scan is inside a quoted field. */
interface QuoteState {
  inQuotes: boolean;
}

/** Steps `state` over the character at `i`: a quote at the start of a field opens a quoted field, a quote inside
 * one closes it unless it is doubled. Returns the index of the last character consumed. */
function stepQuotes(text: string, i: number, separator: number, state: QuoteState): number {
  if (text.charCodeAt(i) !== QUOTE) return i;
  if (!state.inQuotes) {
    if (atFieldStart(text, i, separator)) state.inQuotes = true;
    return i;
  }
  if (text.charCodeAt(i + 1) === QUOTE) return i + 1;
  state.inQuotes = false;
  return i;
}

/** How many times `separator` occurs outside quotes in each of the first non-blank records of `sample`. */
function countsPerRecord(sample: string, separator: number, truncated: boolean): number[] {
  const counts: number[] = [];
  const state: QuoteState = { inQuotes: false };
  let count = 0;
  let blank = true;
  for (let i = 0; i < sample.length && counts.length < SAMPLE_RECORDS; i++) {
    const code = sample.charCodeAt(i);
    const wasInQuotes = state.inQuotes;
    i = stepQuotes(sample, i, separator, state);
    if (wasInQuotes || state.inQuotes) blank = false;
    else if (code === LF || code === CR) {
      if (!blank) counts.push(count);
      count = 0;
      blank = true;
    } else if (code === separator) {
      count++;
      blank = false;
    } else if (code > 32) blank = false;
  }
  if (!blank && (!truncated || counts.length === 0)) counts.push(count);
  return counts;
}

/** The delimiter that splits the first records of `text` into the same number of fields, preferring tab, then
 * semicolon, then comma; failing that, the one most frequent in the first record (comma for a single column). */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  const truncated = text.length > SAMPLE_CHARS;
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const delimiter of candidates) {
    const counts = countsPerRecord(sample, delimiter.charCodeAt(0), truncated);
    const first = counts[0] ?? 0;
    if (first > 0 && counts.every((count) => count === first)) return delimiter;
    if (first > bestCount) [best, bestCount] = [delimiter, first];
  }
  return best;
}

/** The first non-blank record: the line it starts on and how many fields it has. Counting only, without
 * splitting, so that a very wide row is rejected quickly. */
export function measureFirstRecord(text: string, delimiter: Delimiter): { line: number; fields: number } {
  const separator = delimiter.charCodeAt(0);
  const state: QuoteState = { inQuotes: false };
  let line = 1;
  let recordLine = 1;
  let fields = 1;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) line++;
    const wasInQuotes = state.inQuotes;
    i = stepQuotes(text, i, separator, state);
    if (wasInQuotes || state.inQuotes) blank = false;
    else if (code === separator) fields++;
    else if (code === LF || code === CR) {
      if (!blank || fields > 1) return { line: recordLine, fields };
      recordLine = line;
    } else if (code > 32) blank = false;
  }
  return { line: recordLine, fields };
}

/** A quoted field starting at `start` (the opening quote): its text with "" read as ", where it ends and how
 * many line feeds it spans; null when the quote is never closed. */
function readQuoted(text: string, start: number) {
  let value = '';
  let position = start + 1;
  for (;;) {
    const close = text.indexOf('"', position);
    if (close < 0) return null;
    value += text.slice(position, close);
    if (text.charCodeAt(close + 1) !== QUOTE) {
      let newlines = 0;
      for (let i = start + 1; i < close; i++) if (text.charCodeAt(i) === LF) newlines++;
      return { value, end: close + 1, newlines };
    }
    value += '"';
    position = close + 2;
  }
}

/** The index of the next delimiter or line break at or after `position`. */
function fieldEnd(text: string, position: number, separator: number): number {
  let end = position;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code === separator || code === LF || code === CR) break;
  }
  return end;
}

const isBlankRecord = (fields: readonly string[]) => fields.length === 1 && !/\S/.test(fields[0] ?? '');

/** Splits `text` into records of fields (quotes with "" escapes, delimiters and line breaks inside quotes, CRLF,
 * LF or CR line ends) and hands each non-blank record to `visit` with the line it starts on, until `visit`
 * returns false. Returns a message when a quote is never closed, else null. Linear in the length of `text`. */
export function forEachRecord(
  text: string,
  delimiter: Delimiter,
  visit: (fields: string[], line: number) => boolean,
): Phrase | null {
  const separator = delimiter.charCodeAt(0);
  let position = 0;
  let line = 1;
  while (position < text.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let prefix = '';
      if (text.charCodeAt(position) === QUOTE) {
        const field = readQuoted(text, position);
        if (field === null) return phrase('csv.unclosedQuote', { row: start });
        prefix = field.value;
        position = field.end;
        line += field.newlines;
      }
      const end = fieldEnd(text, position, separator);
      fields.push(prefix + text.slice(position, end));
      position = end;
      if (text.charCodeAt(position) !== separator) break;
      position++;
    }
    position += text.charCodeAt(position) === CR && text.charCodeAt(position + 1) === LF ? 2 : 1;
    line++;
    if (!isBlankRecord(fields) && !visit(fields, start)) return null;
  }
  return null;
}
