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
  updateDetails,
  updateStakeholder,
} from '../../src/domain/edit-ops';
import { noteKey } from '../../src/domain/matrix';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';

const base = () => createFromTemplate('Zambia', 'categories');

describe('templates', () => {
  it('make the 64-service and the 9-category matrices with the ten standard stakeholders, all blank', () => {
    const s = createFromTemplate('Zambia', 'services');
    expect(s.rows).toHaveLength(64);
    expect(s.rows[12]!.x1060Id).toBe('A-13');
    expect(s.stakeholders.map((x) => x.key)).toEqual(['ncsc', 'national-csirt', 'psirt', 'private-csirt', 'le-justice', 'isac', 'national-soc', 'private-soc', 'academia', 'certificate-vendor']);
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
    expect(filled.cells.slice(1, 3).map((r) => r.slice(2, 4))).toEqual([[5, 5], [5, 5]]);
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
    m = addStakeholder(m, 'Ministry of ICT', { sector: 'government', index: 1 });
    expect(m.stakeholders[1]).toEqual({ key: 'custom:ministryofict', name: 'Ministry of ICT', sector: 'government' });
    expect(m.cells[0]!.slice(0, 2)).toEqual([10, null]);
    expect(() => addStakeholder(m, 'ministry of  ICT')).toThrow('already');
    m = setCell(m, 0, 1, 4);
    m = moveStakeholder(m, 1, 0);
    expect(m.stakeholders[0]!.name).toBe('Ministry of ICT');
    expect(m.cells[0]!.slice(0, 2)).toEqual([4, 10]);
    m = updateStakeholder(m, 0, { name: 'Ministry of ICT and Postal Services' });
    expect(m.stakeholders[0]!.key).toBe('custom:ministryofict');
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
    m = renameRow(m, 10, 'Cloud security oversight');
    expect(m.rows[10]!.label).toBe('Cloud security oversight');
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
    m = updateDetails(m, { country: 'Republic of Zambia', countryCode: 'zm', provenance: { source: 'Workshop, Lusaka', date: '2026-11' } });
    expect([m.country, m.countryCode, m.provenance.source, m.provenance.date]).toEqual(['Republic of Zambia', 'ZM', 'Workshop, Lusaka', '2026-11']);
  });
});
