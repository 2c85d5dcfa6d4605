// One test per case of issue 3 ("import the CSV files people really have"), on real files whose
// bytes were written by tests/fixtures/import/make-fixtures.py.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/io/import-files';
import type { ImportResult } from '../../src/io/import-types';
import { describeProblem } from './said';

const read = (name: string, encoding?: Parameters<typeof importBytes>[2]) =>
  importBytes(name, new Uint8Array(readFileSync(`tests/fixtures/import/${name}`)), encoding);
const errors = (r: ImportResult) => r.problems.filter((p) => p.severity === 'error').map(describeProblem);
const warnings = (r: ImportResult) => r.problems.filter((p) => p.severity === 'warning').map(describeProblem);
const keys = (r: ImportResult) => r.matrices[0]!.stakeholders.map((s) => s.key);
const JA_CELLS = [
  [10, 2, 'unknown', null],
  [9, null, 3, 1],
];

describe('encodings', () => {
  it.each([
    ['sjis-japan-wide.csv', 'shift_jis'],
    ['utf16le-excel.txt', 'utf-16le'],
    ['utf16be.csv', 'utf-16be'],
  ])('%s is read as %s with Japanese names intact', (file, encoding) => {
    const r = read(file);
    expect(r.encoding).toBe(encoding);
    expect(errors(r)).toEqual([]);
    const m = r.matrices[0]!;
    expect(m.stakeholders.map((s) => s.name)).toEqual(['ナショナルCSIRT', '学術機関', '警察・司法', '経済産業省']);
    expect(keys(r)).toEqual(['national-csirt', 'academia', 'le-justice', 'custom:経済産業省']);
    expect(m.rows.map((x) => [x.key, x.label])).toEqual([
      ['D-1', 'D-1 インシデント報告受付'],
      ['D-2', 'D-2'],
    ]);
    expect(m.cells).toEqual(JA_CELLS);
  });

  it('reads UTF-8 with and without a BOM alike', () => {
    for (const f of ['utf8-bom.csv', 'utf8-no-bom.csv']) {
      const r = read(f);
      expect(r.encoding).toBe('utf-8');
      expect(r.matrices[0]!.country).toBe('日本');
      expect(keys(r)).toEqual(['ncsc', 'academia']);
    }
  });

  it('lets the user override the guess: Shift_JIS bytes forced to UTF-8 garble, forced back read cleanly', () => {
    const wrong = read('sjis-japan-wide.csv', { encoding: 'utf-8' });
    expect(wrong.encoding).toBe('utf-8');
    expect(wrong.matrices[0]?.stakeholders.map((s) => s.name) ?? []).not.toContain('学術機関');
    expect(read('sjis-japan-wide.csv', { encoding: 'shift_jis' }).matrices[0]!.cells).toEqual(JA_CELLS);
  });
});

describe('delimiters, quoting, line ends and numbers', () => {
  it.each([
    [
      'semicolon-decimal-comma.csv',
      ';',
      [
        [7.5, 2.25],
        [10, null],
      ],
    ],
    [
      'pipe.csv',
      '|',
      [
        [4, null],
        [null, 6.5],
      ],
    ],
    [
      'tab.tsv',
      '\t',
      [
        [4, null],
        [null, 6],
      ],
    ],
  ])('%s: delimiter %j', (file, delimiter, cells) => {
    const r = read(file);
    expect(r.delimiter).toBe(delimiter);
    expect(r.matrices[0]!.cells).toEqual(cells);
  });

  it('keeps delimiters, quotes and line breaks inside quoted fields', () => {
    const r = read('quoted-fields.csv');
    const m = r.matrices[0]!;
    expect(m.country).toBe('Bosnia, and "Herzegovina"');
    expect(m.stakeholders[0]!.name).toBe('Ministry of Security,\nCyber unit');
    expect(Object.values(m.notes!)).toEqual(['line one\nline two, with comma']);
    expect(warnings(r)).toEqual([
      'line 2, column 3 (C, stakeholder): "Ministry of Security,\nCyber unit" is not a standard stakeholder type; kept as a custom stakeholder',
      '2 cells are not in the file (no line gives them): read as not involved (blank)',
    ]);
  });

  it('counts lines with CR line ends (old Mac) and mixed CR/LF/CRLF', () => {
    expect(errors(read('cr-line-ends.csv'))).toEqual(['line 4, column 3 (C, score): score 30 is outside 0–10']);
    expect(read('mixed-line-ends.csv').matrices[0]!.cells).toEqual([[1], [2], [3]]);
  });

  it('reads -, –, blank and 0 as not involved and NA, N/A, ?, unknown, 不明 as unknown, trimming blanks', () => {
    const r = read('blanks-and-unknowns.csv');
    expect(errors(r)).toEqual([]);
    expect(r.matrices[0]!.cells).toEqual([
      [null, null, null, 0, 7],
      ['unknown', 'unknown', 'unknown', 'unknown', 'unknown'],
      ['unknown', 'unknown', 'unknown', 10, 1.5],
    ]);
  });
});

describe('layout', () => {
  it('finds the header below title lines and a spanning "Players/Stake holders" row', () => {
    const r = read('seed-like-titles.tsv');
    expect(keys(r)).toEqual(['ncsc', 'national-csirt', 'academia']);
    expect(r.matrices[0]!.cells).toEqual([
      [10, null, 3],
      [null, 10, null],
    ]);
    expect(warnings(r)).toEqual([
      'line 1: "Division of roles (Ruritania)" is a title line above the header, not a row: it was kept as the country\'s notes',
      'line 2: "Category Work Items Players/Stake holders" is a title line above the header, not a row: it was kept as the country\'s notes',
      'line 4, column 1 (A): text left of the row labels was read as a group heading, not data: "Services"',
    ]);
    expect(r.matrices[0]!.provenance.notes).toBe(
      'Division of roles (Ruritania)\nCategory Work Items Players/Stake holders',
    );
  });

  it('drops fully empty rows and columns', () => {
    const r = read('empty-rows-and-columns.csv');
    expect(r.problems).toEqual([]);
    expect(r.headers!.map((h) => [h.column, h.name])).toEqual([
      [3, 'NCSC'],
      [5, 'PSIRT'],
    ]);
    expect(r.matrices[0]!.cells).toEqual([
      [5, 1],
      [null, 2],
    ]);
  });

  it('skips totals rows and columns, in English and Japanese, and says so', () => {
    const en = read('totals.csv');
    expect(en.matrices[0]!.cells).toEqual([
      [5, 1],
      [3, 4],
    ]);
    expect(warnings(en)).toEqual([
      'line 1, column 4 (D, Total): "Total" looks like a totals column: it was skipped (the app computes totals itself)',
      'line 4, column 1 (A): "Total" looks like a totals row: it was skipped (the app computes totals itself)',
    ]);
    const ja = read('totals-ja.csv');
    expect(ja.matrices[0]!.cells).toEqual([[5, 1]]);
    expect(ja.problems.map((p) => [p.code, p.params?.name])).toEqual([
      ['totals-column', '計'],
      ['totals-row', '合計'],
    ]);
  });

  it('reads a second column of service names as a description, not a stakeholder', () => {
    const r = read('id-and-name.csv');
    expect(keys(r)).toEqual(['ncsc', 'national-csirt']);
    expect(r.headers![0]).toEqual({ name: 'Service name', column: 2, as: 'description', remapped: false });
    expect(warnings(r)).toEqual([
      'line 1, column 2 (B, Service name): column "Service name" holds service names, not scores: it was read as a description and not imported',
    ]);
  });

  it('matches Japanese and full-width headers and Japanese service names', () => {
    const r = read('japanese-headers.csv');
    expect(keys(r)).toEqual(['ncsc', 'national-csirt', 'private-csirt', 'certificate-vendor', 'custom:経済産業省']);
    expect(r.matrices[0]!.rows.map((x) => x.key)).toEqual(['D-2', 'D-3']);
  });

  it('matches headers case- and space-insensitively', () => {
    expect(keys(read('case-space-headers.csv'))).toEqual(['national-csirt', 'private-csirt', 'psirt', 'isac']);
  });

  it('keeps unknown headers as custom stakeholders with a warning each', () => {
    const r = read('custom-headers.csv');
    expect(keys(r)).toEqual(['ncsc', 'custom:ministryofdefence', 'custom:cybercommand']);
    expect(r.problems.map((p) => [p.severity, p.code, p.column])).toEqual([
      ['warning', 'custom-stakeholder', 3],
      ['warning', 'custom-stakeholder', 4],
    ]);
  });

  it('re-maps a header to another type or ignores it when the user says so', () => {
    const r = importBytes('c.csv', new Uint8Array(readFileSync('tests/fixtures/import/custom-headers.csv')), {
      remap: { ministryofdefence: 'le-justice', cybercommand: 'ignored' },
    });
    expect(r.problems).toEqual([]);
    expect(r.matrices[0]!.stakeholders.map((s) => [s.key, s.name])).toEqual([
      ['ncsc', 'NCSC'],
      ['le-justice', 'LE/Justice'],
    ]);
    expect(r.headers!.map((h) => [h.as, h.remapped])).toEqual([
      ['ncsc', false],
      ['le-justice', true],
      ['ignored', true],
    ]);
  });
});

describe('files that are rejected, with line and column', () => {
  it.each([
    [
      'err-out-of-range.csv',
      ['line 3, column 2 (B, NCSC): score 11 is outside 0–10', 'line 3, column 3 (C, PSIRT): score -1 is outside 0–10'],
    ],
    [
      'err-text-score.csv',
      [
        'line 2, column 4 (D, score): "high" is not a score: use a number from 0 to 10, leave it blank for "not involved", or NA for unknown',
      ],
    ],
    [
      'err-ragged.csv',
      ['line 3: this row has 2 cells but the header (line 1) has 3: a cell is missing or a delimiter was lost'],
    ],
    [
      'err-dup-stakeholder.csv',
      [
        'line 1, column 3 (C, National Cyber Security Centre): stakeholder "National Cyber Security Centre" appears twice (also column 2)',
      ],
    ],
    [
      'err-dup-service.csv',
      ['line 3, column 1 (A): row "D-2. Incident handling" repeats line 2 (both are X.1060 D-2)'],
    ],
    ['err-empty.csv', ['the file is empty']],
    ['err-binary.csv', ['line 3: the file is not text (it holds binary data): export it from your spreadsheet as CSV']],
    ['err-unclosed-quote.csv', ['line 2: a quoted field is not closed: check for a stray double quote (")']],
  ])('%s', (file, expected) => {
    const r = read(file);
    expect(r.matrices).toEqual([]);
    expect(errors(r)).toEqual(expected);
  });

  it('refuses a file above the size limit before decoding it', () => {
    const r = importBytes('huge.csv', new Uint8Array(50 * 1024 * 1024 + 1));
    expect(errors(r)).toEqual([
      'the file is 50.0 MB; the limit is 50 MB: split it into several files (one per country)',
    ]);
  });
});
