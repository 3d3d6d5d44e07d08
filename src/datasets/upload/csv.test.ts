import { describe, expect, it } from 'vitest';
import { phraseText } from '../../settings/phrases';
import { defaultCsvOptions, parseCsv, type CsvOptions, type ParsedTable } from './csv';

const table = (text: string, options: Partial<CsvOptions> = {}): ParsedTable => {
  const result = parseCsv(text, { ...defaultCsvOptions, ...options });
  if (!result.ok) throw new Error(`expected a table, got: ${phraseText(result.error)}`);
  return result.table;
};

const error = (text: string, options: Partial<CsvOptions> = {}): string => {
  const result = parseCsv(text, { ...defaultCsvOptions, ...options });
  if (result.ok) throw new Error('expected an error, got a table');
  return phraseText(result.error);
};

const raw = (text: string, options: Partial<CsvOptions> = {}) => [
  ...table(text, { scaling: 'none', ...options }).values,
];

const lines = (count: number, line: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => line(index)).join('\n');

describe('parseCsv reads tables', () => {
  it('takes a first row with names as the header', () => {
    const parsed = table('height,weight\n1,10\n2,20\n3,30\n', { scaling: 'none' });
    expect(parsed.hasHeader).toBe(true);
    expect(parsed.columns).toEqual(['height', 'weight']);
    expect(parsed.rows).toBe(3);
    expect([...parsed.values]).toEqual([1, 10, 2, 20, 3, 30]);
    expect(parsed.delimiter).toBe(',');
  });

  it('takes an all-numeric first row as data and names the columns', () => {
    const parsed = table('1,10\n2,20\n3,30', { scaling: 'none' });
    expect(parsed.hasHeader).toBe(false);
    expect(parsed.columns).toEqual(['column 1', 'column 2']);
    expect(parsed.rows).toBe(3);
    expect(parsed.values[0]).toBe(1);
  });

  it('does not take a row of text above text as a header', () => {
    const parsed = table('red,1\nblue,2\ngreen,3', { scaling: 'none' });
    expect(parsed.hasHeader).toBe(false);
    expect(parsed.columns).toEqual(['column 2']);
    expect(parsed.ignoredColumns).toEqual(['column 1']);
  });

  it('reads tab-separated files', () => {
    const parsed = table('a\tb\tc\n1\t2\t3\n4\t5\t6\n', { scaling: 'none' });
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.columns).toEqual(['a', 'b', 'c']);
    expect([...parsed.values]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads tab-separated files whose text cells contain commas', () => {
    const parsed = table('name\tx\nSmith, J.\t1\nDoe, A.\t2\n', { scaling: 'none' });
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.columns).toEqual(['x']);
    expect(parsed.ignoredColumns).toEqual(['name']);
  });

  it('reads semicolon-separated files, with decimal commas', () => {
    const parsed = table('a;b\n1,5;2\n3;4,25\n', { scaling: 'none' });
    expect(parsed.delimiter).toBe(';');
    expect([...parsed.values]).toEqual([1.5, 2, 3, 4.25]);
  });

  it('reads quoted fields with "" escapes, delimiters and line breaks inside', () => {
    const text = 'note,"x, in cm",y\n"say ""hi""",1,2\n"two\nlines",3,4\n"a,b",5,6\n';
    const parsed = table(text, { scaling: 'none' });
    expect(parsed.columns).toEqual(['x, in cm', 'y']);
    expect(parsed.ignoredColumns).toEqual(['note']);
    expect([...parsed.values]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads quoted numbers as numbers', () => {
    expect(raw('"a","b"\n"1","2"\n"3","4"')).toEqual([1, 2, 3, 4]);
  });

  it('reads CRLF line ends, a byte-order mark, blank lines and no trailing newline alike', () => {
    const expected = [1, 2, 3, 4];
    expect(raw('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(raw('\uFEFFa,b\n1,2\n3,4')).toEqual(expected);
    expect(raw('\n\na,b\n\n1,2\n   \n3,4\n\n\n')).toEqual(expected);
    expect(table('\uFEFFa,b\n1,2\n3,4').columns).toEqual(['a', 'b']);
  });

  it('reads signs, decimals, exponents and surrounding spaces', () => {
    expect(raw('x\n -1.5 \n+2\n.25\n3.\n1e3\n-2.5E-2')).toEqual(
      [-1.5, 2, 0.25, 3, 1000, -0.025].map(Math.fround),
    );
  });

  it('leaves out non-numeric columns and lists them, even when a text cell says NaN', () => {
    const parsed = table('name,age,city\nNan,30,Paris\nBob,40,Rome\nAl,50,0x1F', { scaling: 'none' });
    expect(parsed.columns).toEqual(['age']);
    expect(parsed.ignoredColumns).toEqual(['name', 'city']);
    expect([...parsed.values]).toEqual([30, 40, 50]);
  });

  it('leaves out a column that is empty everywhere (a trailing delimiter) instead of dropping every row', () => {
    const parsed = table('a,b,\n1,2,\n3,4,\n');
    expect(parsed.columns).toEqual(['a', 'b']);
    expect(parsed.ignoredColumns).toEqual(['column 3']);
    expect(parsed.droppedRows).toBe(0);
  });

  it('drops rows with empty cells and counts them', () => {
    const parsed = table('a,b,name\n1,2,x\n,3,y\n4,,z\n5,6,\n7,8,w', { scaling: 'none' });
    expect(parsed.droppedRows).toBe(2);
    expect(parsed.rows).toBe(3);
    expect([...parsed.values]).toEqual([1, 2, 5, 6, 7, 8]);
  });
});

describe('parseCsv scales columns', () => {
  const text = 'a,b,c\n2,10,7\n4,-10,7\n6,30,7\n10,0,7\n';

  it('min-max maps each column exactly onto [0, 1]; a constant column becomes 0', () => {
    const parsed = table(text, { scaling: 'minmax' });
    const column = (c: number) => [0, 1, 2, 3].map((r) => parsed.values[r * 3 + c]);
    expect(column(0)).toEqual([0, 0.25, 0.5, 1]);
    expect(column(1)).toEqual([0.5, 0, 1, 0.25]);
    expect(column(2)).toEqual([0, 0, 0, 0]);
    expect([...parsed.scaling.offsets]).toEqual([2, -10, 7]);
    expect([...parsed.scaling.scales]).toEqual([8, 40, 1]);
    expect(parsed.scaling.kind).toBe('minmax');
  });

  it('z-score gives each column mean 0 and standard deviation 1; a constant column becomes 0', () => {
    const rows = lines(500, (i) => `${Math.sin(i) * 1000 + 5e6},${i % 7},0.1`);
    const parsed = table(rows, { scaling: 'zscore' });
    for (const c of [0, 1]) {
      const column = Array.from({ length: parsed.rows }, (_, r) => parsed.values[r * 3 + c] ?? NaN);
      const mean = column.reduce((sum, v) => sum + v, 0) / column.length;
      const variance = column.reduce((sum, v) => sum + (v - mean) ** 2, 0) / column.length;
      expect(Math.abs(mean)).toBeLessThan(1e-5);
      expect(Math.sqrt(variance)).toBeCloseTo(1, 5);
    }
    expect(Array.from({ length: parsed.rows }, (_, r) => parsed.values[r * 3 + 2])).toEqual(
      new Array(parsed.rows).fill(0),
    );
  });

  it('reports offsets and scales that undo the scaling', () => {
    const parsed = table(text, { scaling: 'zscore' });
    const { offsets, scales } = parsed.scaling;
    const restored = [...parsed.values].map((v, i) => v * (scales[i % 3] ?? NaN) + (offsets[i % 3] ?? NaN));
    [2, 10, 7, 4, -10, 7, 6, 30, 7, 10, 0, 7].forEach((value, i) =>
      expect(restored[i]).toBeCloseTo(value, 4),
    );
  });

  it('keeps raw values with no scaling', () => {
    const parsed = table(text, { scaling: 'none' });
    expect(parsed.values[1]).toBe(10);
    expect([...parsed.scaling.offsets]).toEqual([0, 0, 0]);
    expect([...parsed.scaling.scales]).toEqual([1, 1, 1]);
  });
});

describe('parseCsv labels', () => {
  it('turns a text label column into class indices in order of first appearance', () => {
    const parsed = table('x,species,y\n1,cat,2\n3,dog,4\n5,cat,6\n7,bird,8', { labelColumn: 'species' });
    expect(parsed.columns).toEqual(['x', 'y']);
    expect(parsed.ignoredColumns).toEqual([]);
    expect(parsed.classes).toEqual(['cat', 'dog', 'bird']);
    expect([...(parsed.labels ?? [])]).toEqual([0, 1, 0, 2]);
  });

  it('turns a numeric label column into classes and leaves it out of the features', () => {
    const parsed = table('a,b,digit\n1,2,7\n3,4,3\n5,6,7', { labelColumn: 'digit' });
    expect(parsed.columns).toEqual(['a', 'b']);
    expect(parsed.classes).toEqual(['7', '3']);
    expect([...(parsed.labels ?? [])]).toEqual([0, 1, 0]);
  });

  it('finds the label column as "column N" without a header', () => {
    const parsed = table('1,2,a\n3,4,b\n5,6,a', { labelColumn: 'column 3' });
    expect(parsed.hasHeader).toBe(false);
    expect(parsed.classes).toEqual(['a', 'b']);
    expect([...(parsed.labels ?? [])]).toEqual([0, 1, 0]);
  });

  it('drops rows with an empty label', () => {
    const parsed = table('x,y\n1,a\n2,\n3,b', { labelColumn: 'y' });
    expect(parsed.droppedRows).toBe(1);
    expect([...(parsed.labels ?? [])]).toEqual([0, 1]);
  });

  it('has no labels without a label column', () => {
    const parsed = table('x,y\n1,2\n3,4');
    expect(parsed.labels).toBeNull();
    expect(parsed.classes).toBeNull();
  });
});

describe('parseCsv explains every bad input', () => {
  it('an empty file, or one of only whitespace', () => {
    expect(error('')).toBe('The file is empty.');
    expect(error(' \n\t\r\n  ')).toBe('The file is empty.');
  });

  it('binary files: NUL bytes, replacement characters or control characters', () => {
    const message = 'This file does not look like text: is it really a CSV or TSV file?';
    expect(error('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toBe(message);
    expect(error(`a,b\n${'\uFFFD'.repeat(40)}1,2\n3,4\n`)).toBe(message);
    expect(error(`a,b\n1,2\u0001\u0002\u0003\u0004\u0005\n3,4\n`)).toBe(message);
  });

  it('a few replacement characters in a text column are not binary', () => {
    expect(table('name,x\nJos\uFFFD,1\nRen\uFFFD,2\n').columns).toEqual(['x']);
  });

  it('a row with a different number of fields', () => {
    const text = `a,b,c,d\n${lines(5, (i) => `${i},1,2,3`)}\n1,2,3\n4,5,6,7`;
    expect(error(text)).toBe('Row 7 has 3 fields, but the header has 4.');
    expect(error('1,2\n3,4\n5')).toBe('Row 3 has 1 field, but the first row has 2.');
    expect(error('a,b\n1,2,3\n')).toBe('Row 2 has 3 fields, but the header has 2.');
  });

  it('no numeric column', () => {
    expect(error('a,b,c\nx,y,z\nu,v,w')).toBe('No numeric column found; the columns are: a, b, c.');
  });

  it('a single data row', () => {
    expect(error('a,b\n1,2\n')).toBe('Only one data row: an autoencoder needs at least two samples.');
    expect(error('1,2\n')).toBe('Only one data row: an autoencoder needs at least two samples.');
  });

  it('a header with no data', () => {
    expect(error('a,b,c\n')).toBe('The file has only a header row, with no data below it.');
  });

  it('a row with too many columns, rejected before the rest is split', () => {
    const wide = `${new Array(100_000).fill('1').join(',')}\n${'2\n'.repeat(1_000_000)}`;
    expect(error(wide)).toBe('Row 1 has 100,000 columns; at most 4,096 are supported.');
  });

  it('too many rows, rejected without reading the whole file', () => {
    const big = `${lines(10, (c) => `c${c}`).replace(/\n/g, ',')}\n${lines(200_000, (r) => `${r},0.5,1,2,3,4,5,6,7,8`)}`;
    expect(error(big)).toBe('The file has more than 100,000 data rows; at most 100,000 are supported.');
    expect(error('x\n1\n2\n3\n4', { maxRows: 3 })).toBe(
      'The file has more than 3 data rows; at most 3 are supported.',
    );
    expect(table('x\n1\n2\n3', { maxRows: 3 }).rows).toBe(3);
    expect(error('1\n2\n3\n4', { maxRows: 3 })).toBe(
      'The file has more than 3 data rows; at most 3 are supported.',
    );
  });

  it('every row dropped for empty cells, or all but one', () => {
    expect(error('a,b\n1,\n,2\n')).toBe(
      'All 2 data rows have an empty cell in a numeric column, so none is left.',
    );
    expect(error('a,b\n1,\n,2\n3,4\n')).toBe(
      'Only one row is left after leaving out 2 rows with empty cells: an autoencoder needs at least two samples.',
    );
    expect(error('a,b\n1,\n,x\n5,\n', { labelColumn: 'b' })).toBe(
      'All 3 data rows have an empty cell in a numeric column or the label column, so none is left.',
    );
  });

  it('an unknown label column', () => {
    expect(error('a,b\n1,2\n3,4', { labelColumn: 'species' })).toBe(
      'There is no column named “species” for the labels; the columns are: a, b.',
    );
    expect(error('1,2\n3,4', { labelColumn: 'column 3' })).toBe(
      'There is no column named “column 3” for the labels; the columns are: column 1, column 2.',
    );
  });

  it('NaN and infinite cells, naming row and column', () => {
    const rows = lines(10, (i) => `${i},${170 + i}`);
    expect(error(`id,height\n${rows}\n11,Infinity\n12,NaN`)).toBe(
      'Row 12, column “height”: Infinity is not a finite number.',
    );
    expect(error(`id,height\n${rows}\n11,-inf`)).toBe(
      'Row 12, column “height”: -inf is not a finite number.',
    );
    expect(error('1,2\nNaN,3')).toBe('Row 2, column “column 1”: NaN is not a finite number.');
    expect(error('x\n1\n2\n1e400')).toBe('Row 4, column “x”: 1e400 is not a finite number.');
  });

  it('numbers beyond the 32-bit range', () => {
    expect(error('x\n1\n1e39')).toBe(
      'Row 3, column “x”: 1e39 is too large for 32-bit floating point (the limit is about 3.4e38).',
    );
  });

  it('counts rows by the line they start on, past quoted line breaks', () => {
    expect(error('t,x\n"a\nb",1\n"c",Infinity')).toBe('Row 4, column “x”: Infinity is not a finite number.');
  });

  it('a quote that is never closed', () => {
    expect(error('a,b\n1,2\n3,"4\n5,6\n')).toBe('Row 3 opens a quoted field that is never closed.');
  });

  it('lists only the first dozen columns of a long list', () => {
    const header = Array.from({ length: 20 }, (_, i) => `n${i}`).join(',');
    const row = new Array(20).fill('x').join(',');
    expect(error(`${header}\n${row}\n${row}`)).toBe(
      'No numeric column found; the columns are: n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11 and 8 more.',
    );
  });
});
