import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { noteKey, type RoleMatrix } from '../../src/domain/matrix';
import { replaceMatrix } from '../../src/domain/replace-matrix';
import { importCsvText } from '../../src/io/csv-import';
import { carriedFields } from '../../src/io/carried-fields';
import { exportWorkspaceJson } from '../../src/io/workspace-json';

const read = (text: string, fileName = 'kenya.csv') => importCsvText(text, { fileName });
/** The loaded Kenya: two rows with rationales, a cell note on each row, ISO code and provenance. */
const loaded: RoleMatrix = {
  ...read('country,service,stakeholder,score\nKenya,D-2,NCSC,9\nKenya,D-3,NCSC,4\n').matrices[0]!,
  id: 'user:Kenya',
  countryCode: 'KE',
  rowNotes: { 'D-2': 'Cyber law 2025, art. 12', 'D-3': 'Annual report' },
  notes: { [noteKey('D-2', 'ncsc')]: 'leads', [noteKey('D-3', 'ncsc')]: 'assists' },
  provenance: { source: 'Ministry survey', date: '2025-03', file: 'kenya.csv' },
};

describe('replaceMatrix', () => {
  it('keeps what a CSV cannot carry (row rationales, cell notes, ISO code, provenance) for rows it still has, and lists the rest as dropped', () => {
    const csv = read('country,service,stakeholder,score\nKenya,D-2,NCSC,5\nKenya,D-2,PSIRT,1\n', 'kenya-2026.csv');
    const { matrix, report } = replaceMatrix(loaded, csv.matrices[0]!, carriedFields(csv));
    expect(matrix.id).toBe('user:Kenya');
    expect(matrix.cells).toEqual([[5, 1]]);
    expect(matrix.rowNotes).toEqual({ 'D-2': 'Cyber law 2025, art. 12' });
    expect(matrix.notes).toEqual({ [noteKey('D-2', 'ncsc')]: 'leads' });
    expect(matrix.countryCode).toBe('KE');
    expect(matrix.provenance).toEqual({ source: 'Ministry survey', date: '2025-03', file: 'kenya-2026.csv' });
    expect(report).toEqual({
      kept: { rowNotes: 1, cellNotes: 1, fields: ['countryCode', 'source', 'date'] },
      dropped: { rows: ['D-3'], cellNotes: 1, fields: [] },
    });
  });

  it('takes the cell notes of a long CSV with a note column: an empty note there is no note', () => {
    const csv = read('country,service,stakeholder,score,note\nKenya,D-2,NCSC,5,now leads alone\nKenya,D-3,NCSC,4,\n');
    expect(carriedFields(csv)).toEqual({ cellNotes: true, details: false });
    const { matrix, report } = replaceMatrix(loaded, csv.matrices[0]!, carriedFields(csv));
    expect(matrix.notes).toEqual({ [noteKey('D-2', 'ncsc')]: 'now leads alone' });
    expect(matrix.rowNotes).toEqual(loaded.rowNotes);
    expect(report.kept).toEqual({ rowNotes: 2, cellNotes: 0, fields: ['countryCode', 'source', 'date'] });
    expect(report.dropped).toEqual({ rows: [], cellNotes: 1, fields: [] });
  });

  it('takes a JSON workspace as it is: its values win and what it lacks is listed as dropped', () => {
    const other: RoleMatrix = {
      ...loaded,
      id: 'user:Kenya (elsewhere)',
      countryCode: 'KEN',
      rowNotes: { 'D-2': 'From the JSON' },
      notes: { [noteKey('D-3', 'ncsc')]: 'assists (JSON)' },
      provenance: { source: 'JSON source', file: 'x1060-workspace.json' },
    };
    const json = read(exportWorkspaceJson([other]), 'x1060-workspace.json');
    expect(carriedFields(json)).toEqual({ cellNotes: true, details: true });
    const { matrix, report } = replaceMatrix(loaded, json.matrices[0]!, carriedFields(json));
    expect([matrix.id, matrix.countryCode, matrix.rowNotes, matrix.notes, matrix.provenance]).toEqual([
      'user:Kenya',
      'KEN',
      { 'D-2': 'From the JSON' },
      { [noteKey('D-3', 'ncsc')]: 'assists (JSON)' },
      { source: 'JSON source', file: 'x1060-workspace.json' },
    ]);
    expect(report).toEqual({
      kept: { rowNotes: 0, cellNotes: 0, fields: [] },
      dropped: { rows: ['D-3'], cellNotes: 1, fields: ['date'] },
    });
  });

  it('keeps nothing and drops nothing when the loaded country has no notes or details', () => {
    const plain = { ...read('country,service,stakeholder,score\nKenya,D-2,NCSC,9\n').matrices[0]!, id: 'user:Kenya' };
    const csv = read('country,service,stakeholder,score\nKenya,A,NCSC,1\n');
    const { matrix, report } = replaceMatrix(plain, csv.matrices[0]!, carriedFields(csv));
    expect(matrix).toEqual({ ...csv.matrices[0]!, id: 'user:Kenya' });
    expect(report).toEqual({
      kept: { rowNotes: 0, cellNotes: 0, fields: [] },
      dropped: { rows: [], cellNotes: 0, fields: [] },
    });
  });

  it("accounts for every rationale and note of the loaded country: each is kept, replaced by the file's, or listed as dropped", () => {
    const rows = ['A', 'B', 'C', 'D', 'E'];
    const cols = ['ncsc', 'psirt', 'isac'];
    const names: Record<string, string> = { ncsc: 'NCSC', psirt: 'PSIRT', isac: 'ISAC' };
    const sub = <T>(items: T[]) => fc.subarray(items, { minLength: 1 });
    const table = (rs: string[], cs: string[]) =>
      read(
        ['country,service,stakeholder,score', ...rs.flatMap((r) => cs.map((c) => `Kenya,${r},${names[c]},1`))].join(
          '\n',
        ),
      ).matrices[0]!;
    fc.assert(
      fc.property(
        sub(rows),
        sub(rows),
        sub(cols),
        sub(cols),
        fc.boolean(),
        fc.boolean(),
        (had, kept, hadCols, keptCols, cellNotes, details) => {
          const existing: RoleMatrix = {
            ...table(had, hadCols),
            rowNotes: Object.fromEntries(had.map((r) => [r, `why ${r}`])),
            notes: Object.fromEntries(had.flatMap((r) => hadCols.map((c) => [noteKey(r, c), `note ${r} ${c}`]))),
          };
          const { matrix, report } = replaceMatrix(existing, table(kept, keptCols), { cellNotes, details });
          const rowsKept = Object.keys(matrix.rowNotes ?? {}).length;
          const notesKept = Object.keys(matrix.notes ?? {}).length;
          expect(rowsKept + report.dropped.rows.length).toBe(had.length);
          expect(report.kept.rowNotes).toBe(rowsKept);
          if (details) expect(rowsKept).toBe(0);
          expect(report.kept.cellNotes + report.dropped.cellNotes).toBe(had.length * hadCols.length);
          expect(report.kept.cellNotes).toBe(notesKept);
          if (cellNotes) expect(notesKept).toBe(0);
          // Nothing kept belongs to a row or stakeholder the incoming matrix lacks.
          for (const k of Object.keys(matrix.notes ?? {}))
            expect(kept.some((r) => keptCols.some((c) => k === noteKey(r, c)))).toBe(true);
          for (const k of Object.keys(matrix.rowNotes ?? {})) expect(kept).toContain(k);
        },
      ),
    );
  });
});
