// Issue #15: an import never alters data silently. Each symptom reported is a test here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoleMatrix } from '../../src/domain/matrix';
import { noteKey } from '../../src/domain/matrix';
import { exportLongCsv, exportWideCsv } from '../../src/io/csv-export';
import { importCsvText } from '../../src/io/csv-import';
import { guardCell, needsGuard, readScore, readTextCell, unguardCell } from '../../src/io/score-text';
import { readUnlistedAs } from '../../src/io/unlisted-cells';
import { parseBlock } from '../../src/views/editor/EditorGrid';
import { said } from './said';

const errors = (r: ReturnType<typeof importCsvText>) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: ReturnType<typeof importCsvText>) => r.problems.filter((p) => p.severity === 'warning');

describe('footnotes and titles are provenance, never rows', () => {
  const body = 'Service,NCSC,PSIRT\nA,7,\nB,,5\nC,3,3\nD,1,\n';
  it.each([
    ['quoted, as Excel writes it', '"Source: stakeholder interviews, May 2024",,\n'],
    ['unquoted (split at its comma)', 'Source: stakeholder interviews, May 2024\n'],
  ])('a trailing Source line %s is the source, with a warning quoting it', (_, footer) => {
    const r = importCsvText(body + footer, { fileName: 'Kenya.csv' });
    expect(errors(r)).toEqual([]);
    const m = r.matrices[0]!;
    expect(m.rows.map((x) => x.key)).toEqual(['A', 'B', 'C', 'D']);
    expect(m.provenance.source).toBe('stakeholder interviews, May 2024');
    expect(warnings(r).map((p) => [p.code, p.line])).toEqual([['provenance-line', 6]]);
    expect(said(warnings(r)[0]!)).toContain('"Source: stakeholder interviews, May 2024"');
  });

  it('keeps a trailing line of text and Japanese notes as notes, and title lines above the header', () => {
    const text =
      'Kenya roles survey\n\n' + body + '注：スコアは暫定値\nPrepared by the NCSC team,,\n出典：聞き取り調査\n';
    const r = importCsvText(text, { fileName: 'Kenya.csv' });
    expect(errors(r)).toEqual([]);
    const m = r.matrices[0]!;
    expect(m.rows).toHaveLength(4);
    expect(m.provenance.notes).toBe('Kenya roles survey\n注：スコアは暫定値\nPrepared by the NCSC team');
    expect(m.provenance.source).toBe('聞き取り調査');
    expect(warnings(r).map((p) => p.line)).toEqual([1, 8, 9, 10]);
  });

  it('keeps a footnote split at its commas, words under the stakeholders, as notes', () => {
    const r = importCsvText(body + 'Prepared by the NCSC team, with PSIRT input\n* preliminary,,\n', {
      fileName: 'Kenya.csv',
    });
    expect(errors(r)).toEqual([]);
    expect(r.matrices[0]!.rows).toHaveLength(4);
    expect(r.matrices[0]!.provenance.notes).toBe('Prepared by the NCSC team, with PSIRT input\n* preliminary');
  });

  it('still refuses a bad row before the last row of scores', () => {
    const r = importCsvText('Service,NCSC,PSIRT\nA,7,\nOversight,x,y\nB,1,2\n', { fileName: 'Kenya.csv' });
    expect(errors(r).map((p) => [p.code, p.line])).toEqual([
      ['not-a-score', 3],
      ['not-a-score', 3],
    ]);
  });

  it('keeps a custom row with scores, and an X.1060 row without any, as rows', () => {
    const r = importCsvText('Service,NCSC,PSIRT\nA,7,\nOversight board,2,\nI,,\n', { fileName: 'Kenya.csv' });
    expect(r.matrices[0]!.rows.map((x) => x.key)).toEqual(['A', 'custom:Oversight board', 'I']);
    expect(warnings(r)).toEqual([]);
  });
});

const kenya: RoleMatrix = {
  id: 'Kenya',
  country: 'Kenya',
  rows: [
    { key: 'custom:National coordination', label: 'National coordination' },
    { key: 'A', x1060Id: 'A', label: 'A' },
    { key: 'custom:Empty', label: 'Empty' },
  ],
  stakeholders: [
    { key: 'ncsc', name: 'NCSC', typeId: 'ncsc', sector: 'government' },
    { key: 'psirt', name: 'PSIRT', typeId: 'psirt', sector: 'private' },
  ],
  cells: [
    [7, 2],
    [10, 'unknown'],
    [null, null],
  ],
  provenance: {},
};

describe("the app's own wide export re-imports", () => {
  it('with a custom first row and a blank custom last row', () => {
    const r = importCsvText(exportWideCsv(kenya), { fileName: 'Kenya.csv' });
    expect(r.problems).toEqual([]);
    const m = r.matrices[0]!;
    expect(m.rows.map((x) => x.key)).toEqual(kenya.rows.map((x) => x.key));
    expect(m.stakeholders.map((s) => s.name)).toEqual(['NCSC', 'PSIRT']);
    expect(m.cells).toEqual(kenya.cells);
  });
});

describe("the app's own wide export has no footnotes", () => {
  it('a custom row labelled "Source: internal" stays a row', () => {
    const m: RoleMatrix = {
      ...kenya,
      rows: [{ key: 'custom:Source: internal', label: 'Source: internal' }, ...kenya.rows.slice(1, 2)],
      cells: [
        [3, 1],
        [10, 'unknown'],
      ],
    };
    const r = importCsvText(exportWideCsv(m), { fileName: 'Kenya.csv' });
    expect(r.problems).toEqual([]);
    expect(r.matrices[0]!.rows.map((x) => x.key)).toEqual(['custom:Source: internal', 'A']);
    expect(r.matrices[0]!.cells).toEqual(m.cells);
  });
});

describe('the wide header is found by its content', () => {
  it.each(['a', 'i', 'b)', 'I'])('a header whose first cell is %j', (first) => {
    const r = importCsvText(`${first},NCSC,PSIRT\nA,7,2\nB,1,\n`, { fileName: 'k.csv' });
    expect(errors(r)).toEqual([]);
    expect(r.matrices[0]!.rows.map((x) => x.key)).toEqual(['A', 'B']);
  });

  it('a paste without a header is refused, never read with "3" as a stakeholder', () => {
    const r = importCsvText('Foo\t3\t5\nBar\t2\t1\n', { fileName: 'Pasted.tsv' });
    expect(r.matrices).toEqual([]);
    expect(errors(r).map((p) => [p.code, p.line])).toEqual([['no-header', 1]]);
  });
});

describe('long format is strict', () => {
  const head = 'country,service,stakeholder,score,note\n';
  it('a note holding an unquoted comma is an error naming line and column', () => {
    const r = importCsvText(`${head}Kenya,A,NCSC,7,see report, page 4\n`, { fileName: 'x.csv' });
    expect(r.matrices).toEqual([]);
    expect(errors(r).map((p) => [p.code, p.line, p.column])).toEqual([['extra-fields', 2, 6]]);
  });
  it('a missing score field is an error, not a blank', () => {
    const r = importCsvText(`${head}Kenya,A,NCSC,7,\nKenya,B,NCSC\n`, { fileName: 'x.csv' });
    expect(errors(r).map((p) => [p.code, p.line, p.column])).toEqual([['missing-score', 3, 4]]);
  });
  it('100,000 extra fields are an error', () => {
    // Past 20,000 columns the row is refused for its width before its fields are looked at.
    const r = importCsvText(`${head}Kenya,A,NCSC,7,${','.repeat(100_000)}\n`, { fileName: 'x.csv' });
    expect(errors(r).map((p) => [p.code, p.line])).toEqual([['too-many-columns', 2]]);
    const few = importCsvText(`${head}Kenya,A,NCSC,7,note,${','.repeat(10)}\n`, { fileName: 'x.csv' });
    expect(errors(few).map((p) => [p.code, p.line])).toEqual([['extra-fields', 2]]);
  });
  it('a missing note field is no error (nothing is lost)', () => {
    const r = importCsvText(`${head}Kenya,A,NCSC,7\n`, { fileName: 'x.csv' });
    expect(errors(r)).toEqual([]);
    expect(r.matrices[0]!.cells).toEqual([[7]]);
  });
});

describe('cells a long file does not list', () => {
  const text = 'country,service,stakeholder,score\nKenya,A,NCSC,7\nKenya,B,PSIRT,2\n';
  it('are reported, and read as blank or, if chosen, unknown', () => {
    const r = importCsvText(text, { fileName: 'x.csv' });
    expect(errors(r)).toEqual([]);
    expect(r.matrices[0]!.cells).toEqual([
      [7, null],
      [null, 2],
    ]);
    const w = r.problems.find((p) => p.code === 'unlisted-cells')!;
    expect(said(w)).toMatch(/^2 cells are not in the file/);
    expect(r.unlisted).toEqual([
      [0, 0, 1],
      [0, 1, 0],
    ]);
    expect(readUnlistedAs(r, 'unknown').matrices[0]!.cells).toEqual([
      [7, 'unknown'],
      ['unknown', 2],
    ]);
    expect(readUnlistedAs(r, 'blank')).toBe(r);
  });
  it('are not reported when every cell is listed', () => {
    const r = importCsvText('country,service,stakeholder,score\nKenya,A,NCSC,7\nKenya,A,PSIRT,\n', {
      fileName: 'x.csv',
    });
    expect(r.problems).toEqual([]);
    expect(r.unlisted).toBeUndefined();
  });
});

describe('decimal commas wherever they are unambiguous', () => {
  it.each([
    ['tab', 'service\tNCSC\nD-1\t7,5\n'],
    ['pipe', 'service|NCSC\nD-1|7,5\n'],
    ['semicolon', 'service;NCSC\nD-1;7,5\n'],
    ['long, tab', 'country\tservice\tstakeholder\tscore\nKenya\tD-1\tNCSC\t7,5\n'],
  ])('%s', (_, text) => {
    const r = importCsvText(text, { fileName: 'Kenya.tsv' });
    expect(errors(r)).toEqual([]);
    expect(r.matrices[0]!.cells).toEqual([[7.5]]);
  });
  it('refused in comma files, saying why', () => {
    const r = importCsvText('service,NCSC\nD-1,"7,5"\n', { fileName: 'k.csv' });
    expect(errors(r).map((p) => [p.code, p.line, p.column])).toEqual([['comma-decimal', 2, 2]]);
    expect(said(errors(r)[0]!)).toContain('write 7.5');
  });
  it('a comma file row longer than its header (an unquoted 7,5) is an error, not 7 and 5', () => {
    const r = importCsvText('Service,NCSC,PSIRT\nA,7,5,\n', { fileName: 'k.csv' });
    expect(errors(r).map((p) => [p.code, p.line, p.column])).toEqual([['extra-fields', 2, 4]]);
  });
  it('a German footnote split at its semicolon, next to a decimal comma', () => {
    const r = importCsvText('Service;NCSC;PSIRT\nA;7,5;\nB;;5\nQuelle: Umfrage; 2024\n', { fileName: 'k.csv' });
    expect(errors(r)).toEqual([]);
    expect(r.matrices[0]!.cells).toEqual([
      [7.5, null],
      [null, 5],
    ]);
    expect(r.matrices[0]!.provenance.source).toBe('Umfrage; 2024');
  });
  it('in the editor: 5,5 is 5.5', () => {
    expect(parseBlock('5,5\t1')).toEqual({ block: [[5.5, 1]] });
    expect(readScore('5,5', true)).toEqual({ ok: true, score: 5.5 });
  });
});

describe('formula guard (OWASP) and exact round trips', () => {
  it.each([' =cmd', '\u00A0=cmd', '\u3000=cmd', '\uFEFF=cmd', '＝cmd', '＋1', '－1', '＠x', '\r=x', '\tx'])(
    'guards %j',
    (text) => {
      expect(guardCell(text)).toBe(`'${text}`);
      expect(unguardCell(guardCell(text))).toBe(text);
    },
  );

  const withNote = (note: string): RoleMatrix => ({
    ...kenya,
    rows: kenya.rows.slice(0, 1),
    cells: [[7, 2]],
    notes: { [noteKey('custom:National coordination', 'ncsc')]: note },
  });
  it.each(['\rstarts with CR', '  leading spaces', 'trailing tab\t', "'- means none", "''=x", "'", ' ', '\u3000全角'])(
    'a note %j round-trips through the long export',
    (note) => {
      const r = importCsvText(exportLongCsv([withNote(note)]), { fileName: 'x.csv' });
      expect(errors(r)).toEqual([]);
      expect(r.matrices[0]!.notes).toEqual({ [noteKey('custom:National coordination', 'ncsc')]: note });
    },
  );

  it("keeps the apostrophe of someone else's file", () => {
    const r = importCsvText("Country,Service,Stakeholder,Score,Note\nKenya,A,NCSC,7,'- means none\n", {
      fileName: 'x.csv',
    });
    expect(r.matrices[0]!.notes).toEqual({ [noteKey('A', 'ncsc')]: "'- means none" });
  });
});

describe('formula guard (property)', () => {
  const text = fc.string({
    unit: fc.constantFrom(
      ..."a 日'=+-@".split(''),
      '\r',
      '\n',
      '\t',
      '\u00A0',
      '\u3000',
      '\uFEFF',
      '＝',
      '＋',
      '－',
      '＠',
    ),
    maxLength: 8,
  });
  it('every text reads back exactly from a file the app wrote, and nothing a spreadsheet runs is left unguarded', () => {
    fc.assert(
      fc.property(text, (x) => {
        const written = guardCell(x);
        expect(readTextCell(written, true)).toBe(x);
        expect(unguardCell(written)).toBe(x);
        // What reaches a spreadsheet never starts, after whitespace, with a formula character.
        expect(written).not.toMatch(/^[\s]*[=+\-@＝＋－＠]/u);
        if (!needsGuard(x)) expect(written).toBe(x);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('long files: footnotes and titles are provenance too', () => {
  it.each([
    ['quoted', '"Source: stakeholder interviews, May 2024",,,\n'],
    ['unquoted', 'Source: stakeholder interviews, May 2024\n'],
  ])('a %s Source line after the lines, and a title above the header', (_, footer) => {
    const text = 'Roles survey 2024\ncountry,service,stakeholder,score\nKenya,A,NCSC,7\nUganda,A,NCSC,5\n' + footer;
    const r = importCsvText(text, { fileName: 'x.csv' });
    expect(errors(r)).toEqual([]);
    expect(r.matrices.map((m) => [m.country, m.provenance.source, m.provenance.notes])).toEqual([
      ['Kenya', 'stakeholder interviews, May 2024', 'Roles survey 2024'],
      ['Uganda', 'stakeholder interviews, May 2024', 'Roles survey 2024'],
    ]);
    expect(warnings(r).map((p) => [p.code, p.line])).toEqual([
      ['provenance-line', 1],
      ['provenance-line', 5],
    ]);
  });
  it('a note column standing first may say "Source: …" on a cell\'s line', () => {
    const r = importCsvText('note,country,service,stakeholder,score\nSource: NCSC report,Kenya,A,NCSC,7\n', {
      fileName: 'x.csv',
    });
    expect(r.problems).toEqual([]);
    expect(r.matrices[0]!.notes).toEqual({ [noteKey('A', 'ncsc')]: 'Source: NCSC report' });
  });
});
