import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCount } from '../../src/io/problems';
import { countryFromFileName, importCsvText } from '../../src/io/csv-import';
import { noteKey } from '../../src/domain/matrix';
import { describeProblem, said } from './said';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const errors = (r: ReturnType<typeof importCsvText>) => r.problems.filter((p) => p.severity === 'error');

describe('long format', () => {
  it('reads several countries, custom rows and stakeholders, unknowns, decimals and multi-line notes', () => {
    const r = importCsvText(fixture('long-notes-multiline.csv'), { fileName: 'mixed.csv' });
    expect(errors(r)).toEqual([]);
    expect(r.format).toBe('long');
    const [t, o] = r.matrices;
    expect(t!.country).toBe('Testland');
    expect(t!.rows.map((x) => x.key)).toEqual(['D-2', 'custom:Cloud oversight']);
    expect(t!.stakeholders.map((s) => [s.key, s.sector])).toEqual([
      ['ncsc', 'government'],
      ['custom:ministryofdefence', 'other'],
    ]);
    expect(t!.cells).toEqual([
      [9, 'unknown'],
      [2.5, null],
    ]);
    // The fixture's note holds CR LF, kept as written (a quoted field's text is its own).
    expect(t!.notes![noteKey('D-2', 'ncsc')]).toBe('Leads national incident handling,\r\nper the 2023 strategy');
    expect(o!.country).toBe('Otherland');
    expect(o!.cells).toEqual([[null]]);
  });

  it('names line and column of every bad score and rejects the whole file', () => {
    const r = importCsvText(fixture('long-bad-scores.csv'), { fileName: 'bad.csv' });
    expect(r.matrices).toEqual([]);
    expect(errors(r).map(describeProblem)).toEqual([
      'line 3, column 4 (D, score): score 12 is outside 0–10',
      'line 4, column 4 (D, score): "high" is not a score: use a number from 0 to 10, leave it blank for "not involved", or NA for unknown',
    ]);
  });

  it('refuses "1.000" in a semicolon file, long and wide, naming line and column (it was read as 1 without a word)', () => {
    const long = importCsvText('country;service;stakeholder;score\nKorea;D-2;NCSC;1.000\nKorea;A;NCSC;7,5\n', {
      fileName: 'korea.csv',
    });
    expect(long.matrices).toEqual([]);
    expect(errors(long).map(describeProblem)).toEqual([
      'line 2, column 4 (D, score): "1.000" is ambiguous in a semicolon-separated file, where a point groups thousands ("1.000" is one thousand): write the score plainly, as 1 or 7,5',
    ]);
    const wide = importCsvText('service;NCSC;PSIRT\nA;2.500;3\n', { fileName: 'Korea.csv' });
    expect(errors(wide).map((p) => [p.code, p.line])).toEqual([['thousands-point', 2]]);
    // The same line in a comma file reads 1.000 as 1, the point being its decimal point.
    const comma = importCsvText('country,service,stakeholder,score\nKorea,D-2,NCSC,1.000\n', { fileName: 'k.csv' });
    expect(errors(comma)).toEqual([]);
    expect(comma.matrices[0]!.cells.flat().filter((c) => c !== null)).toEqual([1]);
  });

  it('counts lines correctly after a quoted field that spans lines', () => {
    const text = 'country,service,stakeholder,score,note\nX,A,NCSC,1,"two\nlines"\nX,B,NCSC,11,\n';
    expect(errors(importCsvText(text, { fileName: 'x.csv' }))[0]!.line).toBe(4);
  });

  it('rejects a duplicated country/service/stakeholder, pointing at both lines', () => {
    const r = importCsvText('country,service,stakeholder,score\nX,D-2,NCSC,1\nX,d-2.,ncsc,2\n', { fileName: 'x.csv' });
    expect(errors(r).map(describeProblem)).toEqual([
      'line 3, column 3 (C, stakeholder): X / d-2. / ncsc was already given on line 2',
    ]);
  });

  it('takes the country from the file name when there is no country column', () => {
    const r = importCsvText('service,stakeholder,score\nA,NCSC,3\n', { fileName: 'data/Kenya 2025.csv' });
    expect(r.matrices[0]!.country).toBe('Kenya 2025');
    expect(countryFromFileName('C:\\x\\Zambia.tsv')).toBe('Zambia');
  });

  it('reads semicolons with decimal commas and undoes the formula guard of our own exports', () => {
    const r = importCsvText("country;service;stakeholder;score\n'=Evil;A;NCSC;7,5\n", { fileName: 'x.csv' });
    expect(errors(r)).toEqual([]);
    expect(r.matrices[0]!.country).toBe('=Evil');
    expect(r.matrices[0]!.cells).toEqual([[7.5]]);
  });
});

describe('wide format', () => {
  it('reads one country per file with X.1060 ids and custom stakeholders', () => {
    const text = 'Service,NCSC,National CSIRT,Ministry of Defence\nD-1 Incident report acceptance,10,8,\nD-2,?,9,3\n';
    const r = importCsvText(text, { fileName: 'Ruritania.csv' });
    expect(errors(r)).toEqual([]);
    const m = r.matrices[0]!;
    expect(m.country).toBe('Ruritania');
    expect(m.rows.map((x) => x.key)).toEqual(['D-1', 'D-2']);
    expect(m.cells).toEqual([
      [10, 8, null],
      ['unknown', 9, 3],
    ]);
    expect(r.problems.filter((p) => p.severity === 'warning').map(describeProblem)).toEqual([
      'line 1, column 4 (D, Ministry of Defence): "Ministry of Defence" is not a standard stakeholder type; kept as a custom stakeholder',
    ]);
  });

  it('skips title lines above the header and keeps custom rows', () => {
    const text = 'Division of roles (Ruritania)\n\nRow,NCSC,Academia\nA,5,\nNational strategy,10,2\n';
    const r = importCsvText(text, { fileName: 'r.csv' });
    expect(errors(r)).toEqual([]);
    expect(r.matrices[0]!.rows.map((x) => x.key)).toEqual(['A', 'custom:National strategy']);
    expect(r.matrices[0]!.cells).toEqual([
      [5, null],
      [10, 2],
    ]);
  });

  it('rejects a ragged row, a value under no header and a repeated row, with their lines', () => {
    const text = 'Row,NCSC,PSIRT\nA,1,2\nB,1\nC,1,2,3\nA,4,4\n';
    const r = importCsvText(text, { fileName: 'r.csv' });
    expect(r.matrices).toEqual([]);
    expect(errors(r).map((p) => p.line)).toEqual([3, 4, 5]);
    expect(said(errors(r)[0]!)).toContain('this row has 2 cells but the header (line 1) has 3');
  });

  it('rejects a stakeholder named twice', () => {
    const r = importCsvText('Row,NCSC,ncsc\nA,1,2\n', { fileName: 'r.csv' });
    expect(errors(r).map(describeProblem)).toEqual([
      'line 1, column 3 (C, ncsc): stakeholder "ncsc" appears twice (also column 2)',
    ]);
  });
});

describe('files that are not matrices', () => {
  it.each([
    ['', 'the file is empty'],
    ['   \n\n', 'the file is empty'],
    ['PK\u0003\u0004\u0000\u0000binary', 'the file is not text'],
    ['country,service,stakeholder,score\n', 'no scores found'],
  ])('%j → %s', (text, message) => {
    const r = importCsvText(text, { fileName: 'f.csv' });
    expect(r.matrices).toEqual([]);
    expect(said(errors(r)[0]!)).toContain(message);
  });

  it('reports an unclosed quote with its line', () => {
    const r = importCsvText('country,service,stakeholder,score\nX,A,"NCSC,1\nX,B,NCSC,2\n', { fileName: 'f.csv' });
    expect(r.matrices).toEqual([]);
    expect(errors(r)[0]).toMatchObject({ line: 2 });
  });
});

describe('a file with very many errors', () => {
  const many = [
    'country,service,stakeholder,score',
    ...Array.from({ length: 300 }, (_, i) => `Land,A-${(i % 9) + 1},Ministry ${i},${20 + i}`),
  ].join('\n');

  it('lists the first 50, says reading stopped after 100 errors, and counts at least what it read', () => {
    const r = importCsvText(many, { fileName: 'many.csv' });
    expect(r.problems).toHaveLength(51);
    const more = r.problems.at(-1)!;
    expect(more).toMatchObject({ code: 'more-errors', params: { n: 51, stoppedAt: 103, max: 100 } });
    expect(said(more)).toBe('… and at least 51 more errors: reading stopped at line 103, after more than 100 errors');
    expect(errorCount(r.problems)).toEqual({ count: 101, atLeast: true });
  });

  it('counts exactly when every error was read', () => {
    const some = [
      'country,service,stakeholder,score',
      ...Array.from({ length: 60 }, (_, i) => `Land,A-${(i % 9) + 1},Ministry ${i},${20 + i}`),
    ].join('\n');
    const r = importCsvText(some, { fileName: 'some.csv' });
    expect(r.problems.at(-1)).toMatchObject({ code: 'more-errors', params: { n: 10 } });
    expect(errorCount(r.problems)).toEqual({ count: 60, atLeast: false });
  });
});

describe('warnings never stop a reading, only errors do', () => {
  it('reads a file whole past 105 totals rows (warnings), and finds the error after them', () => {
    // A wide file: D-1, then 105 totals rows (warnings), then rows after them; reading once stopped there.
    const text = ['Service,NCSC', 'D-1,5', ...Array.from({ length: 105 }, () => 'Total,1'), 'D-2,7', 'D-3,x'].join(
      '\n',
    );
    const r = importCsvText(text, { fileName: 'Japan.csv' });
    expect(r.matrices).toEqual([]);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line])).toEqual([
      ['not-a-score', 109],
    ]);
    expect(r.problems.filter((p) => p.code === 'totals-row')).toHaveLength(105);
    expect(errorCount(r.problems)).toEqual({ count: 1, atLeast: false });
  });

  it('imports a wide file of 2,000 custom stakeholders (2,000 warnings) whole', () => {
    const custom = Array.from({ length: 2000 }, (_, i) => `Min ${i}`);
    const text = [
      `Service,${custom.join(',')}`,
      `A,${custom.map((_, i) => i % 11).join(',')}`,
      `B,${custom.map(() => '').join(',')}`,
    ].join('\n');
    const r = importCsvText(text, { fileName: 'Wide.csv' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'custom-stakeholder')).toHaveLength(2000);
    expect(r.matrices[0]!.stakeholders).toHaveLength(2000);
    expect(r.matrices[0]!.cells[0]!.slice(0, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0]);
  });

  it('reads a long file with 150 extra columns (150 warnings) whole', () => {
    const extra = Array.from({ length: 150 }, (_, i) => `x${i}`);
    const text = [
      `country,service,stakeholder,score,${extra.join(',')}`,
      ...Array.from({ length: 5 }, (_, i) => `Land,A-${i + 1},NCSC,${i},${extra.map(() => '').join(',')}`),
    ].join('\n');
    const r = importCsvText(text, { fileName: 'l.csv' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.matrices[0]!.rows).toHaveLength(5);
  });

  it('stops after more than 100 errors, with 60 warnings kept', () => {
    const custom = Array.from({ length: 60 }, (_, i) => `Min ${i}`);
    // 60 custom stakeholders (60 warnings), then rows with one bad score each: reading stops after 101 errors.
    const rows = Array.from({ length: 120 }, (_, i) =>
      [`Row ${i}`, ...custom.map((_, c) => (c === i % 60 ? 'x' : '1'))].join(','),
    );
    const text = ['Service,' + custom.join(','), ...rows].join('\n');
    const r = importCsvText(text, { fileName: 'Japan.csv' });
    expect(r.problems.at(-1)).toMatchObject({ code: 'more-errors', params: { n: 51, stoppedAt: 103, max: 100 } });
    expect(errorCount(r.problems)).toEqual({ count: 101, atLeast: true });
  });
});

describe('a file wider than the column limit', () => {
  it('is refused with the line of its first too-wide row, instead of overflowing the stack', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `Org ${i}`);
    const r = importCsvText(`Service,${names.join(',')}\nA,${names.map(() => '1').join(',')}\n`, {
      fileName: 'huge.csv',
    });
    expect(r.matrices).toEqual([]);
    expect(r.problems).toEqual([
      {
        severity: 'error',
        code: 'too-many-columns',
        line: 1,
        params: { line: 1, cells: 100_001, limit: 20_000 },
      },
    ]);
    expect(said(r.problems[0]!)).toBe(
      'line 1 has 100,001 columns; the limit is 20,000: split the file, or use the long format (one line per cell)',
    );
    // At the limit a file is read.
    const wide = Array.from({ length: 19_999 }, (_, i) => `Org ${i}`);
    expect(
      importCsvText(`Service,${wide.join(',')}\nA,${wide.map(() => '1').join(',')}\n`, { fileName: 'w.csv' })
        .matrices[0]!.stakeholders,
    ).toHaveLength(19_999);
  });
});
