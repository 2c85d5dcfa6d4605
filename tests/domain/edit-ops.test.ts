import { describe, expect, it } from 'vitest';
import {
  addRow,
  addStakeholder,
  columnHasData,
  createFromTemplate,
  duplicateMatrix,
  fillRange,
  moveRow,
  moveStakeholder,
  removeRow,
  removeStakeholder,
  renameRow,
  rowHasData,
  setCell,
  setCellNote,
  setCells,
  setRowNote,
  renameStakeholder,
  updateDetails,
  EditRefusal,
  type EditRefusalReason,
} from '../../src/domain/edit-ops';
import { noteKey, type RoleMatrix } from '../../src/domain/matrix';
import { x1060IdOfLabel } from '../../src/domain/taxonomy-x1060';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { exportLongCsv } from '../../src/io/csv-export';
import { importCsvText } from '../../src/io/csv-import';
import { x1060IdOfLabel as importerIdOfLabel } from '../../src/io/header-names';

const base = () => createFromTemplate('Zambia', 'categories');

describe('templates', () => {
  it('make the 64-service and the 9-category matrices with the ten standard stakeholders, all blank', () => {
    const s = createFromTemplate('Zambia', 'services');
    expect(s.rows).toHaveLength(64);
    expect(s.rows[12]!.x1060Id).toBe('A-13');
    expect(s.stakeholders.map((x) => x.key)).toEqual([
      'ncsc',
      'national-csirt',
      'psirt',
      'private-csirt',
      'le-justice',
      'isac',
      'national-soc',
      'private-soc',
      'academia',
      'certificate-vendor',
    ]);
    expect(s.cells.flat().every((c) => c === null)).toBe(true);
    expect(base().rows.map((r) => r.key)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
  });

  it('duplicate a bundled country into an editable copy that says where it came from', () => {
    const japan = loadBundledMatrices()[0]!;
    const copy = duplicateMatrix(japan, 'Japan (copy)');
    expect(copy.bundled).toBeUndefined();
    expect(copy.cells).toBe(japan.cells);
    expect(copy.provenance.notes).toContain('Copied from Japan (JPCERT/CC');
  });
});

describe('cells', () => {
  it('sets one cell and shares every other row', () => {
    const m = base();
    const next = setCell(m, 3, 1, 9);
    expect(next.cells[3]![1]).toBe(9);
    expect(m.cells[3]![1]).toBeNull();
    expect(next.cells[2]).toBe(m.cells[2]);
    expect(next.cells[3]).not.toBe(m.cells[3]);
  });

  it('pastes a block at a position, clipping what falls outside', () => {
    const next = setCells(base(), 7, 8, [
      [1, 2, 3],
      [4, 'unknown', 6],
      [7, 8, 9],
    ]);
    expect(next.cells[7]!.slice(8)).toEqual([1, 2]);
    expect(next.cells[8]!.slice(8)).toEqual([4, 'unknown']);
    expect(next.cells).toHaveLength(9);
  });

  it('refuses an invalid score and writes nothing', () => {
    const m = base();
    expect(() => setCells(m, 0, 0, [[5, 11]])).toThrow('invalid score: 11');
    expect(() => setCell(m, 0, 0, -1)).toThrow(RangeError);
    expect(() => setCell(m, 0, 0, Number.NaN)).toThrow(RangeError);
  });

  it('fills and clears a range given in any corner order', () => {
    const filled = fillRange(base(), { r0: 2, c0: 3, r1: 1, c1: 2 }, 5);
    expect(filled.cells.slice(1, 3).map((r) => r.slice(2, 4))).toEqual([
      [5, 5],
      [5, 5],
    ]);
    expect(filled.cells[0]!.every((c) => c === null)).toBe(true);
    const cleared = fillRange(filled, { r0: 1, c0: 2, r1: 1, c1: 3 }, null);
    expect(cleared.cells[1]!.slice(2, 4)).toEqual([null, null]);
    expect(rowHasData(cleared, 2)).toBe(true);
    expect(rowHasData(cleared, 1)).toBe(false);
  });
});

describe('structure', () => {
  it('adds, renames, moves and removes stakeholders, keeping cells aligned', () => {
    let m = setCell(base(), 0, 0, 10);
    m = addStakeholder(m, 'Ministry of ICT', { index: 1 });
    expect(m.stakeholders[1]).toEqual({ key: 'custom:ministryofict', name: 'Ministry of ICT', sector: 'other' });
    expect(m.cells[0]!.slice(0, 2)).toEqual([10, null]);
    expect(() => addStakeholder(m, 'ministry of  ICT')).toThrow('already');
    m = setCell(m, 0, 1, 4);
    m = moveStakeholder(m, 1, 0);
    expect(m.stakeholders[0]!.name).toBe('Ministry of ICT');
    expect(m.cells[0]!.slice(0, 2)).toEqual([4, 10]);
    m = setCellNote(m, 0, 0, 'by decree');
    m = renameStakeholder(m, 0, 'Ministry of ICT and Postal Services');
    // The key follows the name, as an import would make it, and the note moves with it.
    expect(m.stakeholders[0]).toEqual({
      key: 'custom:ministryofictandpostalservices',
      name: 'Ministry of ICT and Postal Services',
      sector: 'other',
    });
    expect(m.notes).toEqual({ [noteKey('A', 'custom:ministryofictandpostalservices')]: 'by decree' });
    expect(renameStakeholder(m, 1, 'Anything').stakeholders[1]!.name).toBe('NCSC');
    expect(columnHasData(m, 0)).toBe(true);
    m = removeStakeholder(m, 0);
    expect(m.stakeholders).toHaveLength(10);
    expect(m.cells[0]![0]).toBe(10);
  });

  it('adds X.1060 and custom rows, renames only custom ones, moves and removes with their notes', () => {
    let m = addRow(base(), 'Cloud oversight');
    m = addRow(m, 'D-2', 4);
    expect(m.rows.map((r) => r.key).slice(3, 6)).toEqual(['D', 'D-2', 'E']);
    expect(() => addRow(m, 'D-2')).toThrow('already');
    m = setRowNote(m, 10, 'cloud act');
    m = renameRow(m, 10, 'Cloud security oversight');
    expect(m.rows[10]).toEqual({ key: 'custom:Cloud security oversight', label: 'Cloud security oversight' });
    expect(m.rowNotes).toEqual({ 'custom:Cloud security oversight': 'cloud act' });
    m = setRowNote(m, 10, '');
    expect(renameRow(m, 0, 'x').rows[0]!.label).toBe('A');
    m = setCellNote(setRowNote(setCell(m, 4, 0, 9), 4, 'Decree 12/2024'), 4, 0, 'leads');
    m = moveRow(m, 4, 0);
    expect(m.rows[0]!.key).toBe('D-2');
    expect(m.cells[0]![0]).toBe(9);
    m = removeRow(m, 0);
    expect(m.rows.some((r) => r.key === 'D-2')).toBe(false);
    expect(m.notes).toEqual({});
    expect(m.rowNotes).toEqual({});
  });

  it('sets and removes cell and row notes, and edits details', () => {
    let m = setCellNote(base(), 3, 1, 'Per the 2023 strategy');
    expect(m.notes).toEqual({ [noteKey('D', 'national-csirt')]: 'Per the 2023 strategy' });
    m = setCellNote(m, 3, 1, '  ');
    expect(m.notes).toEqual({});
    m = updateDetails(m, {
      country: 'Republic of Zambia',
      countryCode: 'zm',
      provenance: { source: 'Workshop, Lusaka', date: '2026-11' },
    });
    expect([m.country, m.countryCode, m.provenance.source, m.provenance.date]).toEqual([
      'Republic of Zambia',
      'ZM',
      'Workshop, Lusaka',
      '2026-11',
    ]);
  });
});

/** The reason an edit is refused for, or 'made' when it is not. */
function refusal(run: () => unknown): EditRefusalReason | 'made' {
  try {
    run();
    return 'made';
  } catch (e) {
    if (e instanceof EditRefusal) return e.reason;
    throw e;
  }
}

describe('names that would not survive Export CSV → Import', () => {
  const withCustom = () => addStakeholder(addRow(base(), 'Cloud oversight'), 'Ministry of ICT');

  it('refuses a custom row label the importer reads as an X.1060 row, or one folding equal to a row', () => {
    const m = withCustom();
    expect(refusal(() => addRow(m, 'A team'))).toBe('row-reads-as-x1060');
    expect(refusal(() => addRow(m, 'E: misc'))).toBe('row-reads-as-x1060');
    expect(refusal(() => addRow(m, 'Audit'))).toBe('row-reads-as-x1060');
    expect(refusal(() => addRow(m, '監査'))).toBe('row-reads-as-x1060');
    expect(refusal(() => addRow(m, 'd-2 things'))).toBe('row-reads-as-x1060');
    expect(refusal(() => addRow(m, 'cloud  OVERSIGHT'))).toBe('row-taken');
    expect(refusal(() => addRow(m, '   '))).toBe('empty-name');
    expect(refusal(() => addRow(m, 'D'))).toBe('row-taken');
    // Lower-case words that merely begin with a category letter are fine.
    expect(refusal(() => addRow(m, 'a national agency'))).toBe('made');
    expect(refusal(() => addRow(m, 'Data protection authority'))).toBe('made');
    const e = (() => {
      try {
        addRow(m, 'Audit');
      } catch (x) {
        return x as EditRefusal;
      }
    })()!;
    expect([e.subject, e.other, e.message]).toEqual(['Audit', 'E-9', 'custom row label reads as X.1060 E-9: Audit']);
  });

  it('refuses the same names when renaming a custom row, but lets a row keep its own label', () => {
    const m = addRow(withCustom(), 'Telecom regulator');
    expect(refusal(() => renameRow(m, 9, 'B) oversight'))).toBe('row-reads-as-x1060');
    expect(refusal(() => renameRow(m, 9, 'Telecom Regulator'))).toBe('row-taken');
    expect(renameRow(m, 9, 'CLOUD oversight').rows[9]!.label).toBe('CLOUD oversight');
  });

  it('refuses a custom stakeholder named like a standard type, or folding equal to a column', () => {
    const m = withCustom();
    expect(refusal(() => addStakeholder(m, 'Police'))).toBe('stakeholder-is-standard');
    expect(refusal(() => addStakeholder(m, 'national  cert'))).toBe('stakeholder-is-standard');
    expect(refusal(() => addStakeholder(m, '大学'))).toBe('stakeholder-is-standard');
    expect(refusal(() => addStakeholder(m, 'ministry of-ICT'))).toBe('stakeholder-taken');
    expect(refusal(() => addStakeholder(m, ''))).toBe('empty-name');
    expect(refusal(() => addStakeholder(m, 'NCSC', { typeId: 'ncsc' }))).toBe('stakeholder-taken');
    expect(refusal(() => renameStakeholder(m, 10, 'Justice'))).toBe('stakeholder-is-standard');
    expect(refusal(() => addStakeholder(m, 'Ministry of Justice'))).toBe('made');
    const e = (() => {
      try {
        addStakeholder(m, 'Police');
      } catch (x) {
        return x as EditRefusal;
      }
    })()!;
    expect(e.other).toBe('le-justice');
  });

  it("reads X.1060 labels with the importer's own function", () => {
    // One definition: a second copy in the importer could drift from the editor's checks.
    expect(importerIdOfLabel).toBe(x1060IdOfLabel);
    const expected: Record<string, string | null> = {
      'A team': 'A',
      'E: misc': 'E',
      Audit: 'E-9',
      監査: 'E-9',
      Cloud: null,
      'D-9 x': null,
      'a national agency': null,
    };
    for (const [label, id] of Object.entries(expected)) expect([label, x1060IdOfLabel(label)]).toEqual([label, id]);
  });

  it('round-trips a matrix edited in every way through Export CSV → Import', () => {
    let m: RoleMatrix = createFromTemplate('Zambia', 'services');
    m = setCells(m, 0, 0, [
      [10, 'unknown'],
      [0, 2.5],
    ]);
    m = addRow(m, 'Cloud oversight', 3);
    m = addRow(m, 'Telecom regulator');
    m = addRow(m, '=SUM(A1)');
    m = addStakeholder(m, 'Ministry of ICT', { index: 2 });
    m = addStakeholder(m, 'Bank of Zambia');
    m = setCell(m, 3, 2, 7);
    m = setCell(m, 64, 11, 4);
    m = setCellNote(m, 3, 2, ' Per the 2025 law, art. 12; "quoted" ');
    m = setCellNote(m, 0, 0, 'line one\nline two');
    m = renameRow(m, 64, 'Telecom & postal regulator');
    m = renameStakeholder(m, 11, 'Central bank');
    m = setCellNote(m, 64, 11, 'supervises banks');
    m = moveRow(m, 3, 10);
    m = moveStakeholder(m, 2, 5);
    m = removeRow(m, 20);
    m = removeStakeholder(m, 8);
    m = setCell(m, 65, 1, 'unknown');
    const back = importCsvText(exportLongCsv([m]), { fileName: 'workspace.csv' });
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const r = back.matrices[0]!;
    expect(r.country).toBe('Zambia');
    expect(r.rows).toEqual(m.rows);
    expect(r.stakeholders).toEqual(m.stakeholders);
    expect(r.cells).toEqual(m.cells);
    expect(r.notes ?? {}).toEqual(m.notes ?? {});
    expect(Object.keys(m.notes ?? {})).toHaveLength(3);
  });
});
