import { describe, expect, it } from 'vitest';
import { groupRowsByCategory, rollUpCells, rollUpMatrix } from '../../src/domain/rollup';
import type { RoleMatrix } from '../../src/domain/matrix';

describe('rollUpCells', () => {
  it('takes the maximum or the mean of known scores, blank counting as 0', () => {
    expect(rollUpCells([3, null, 9], 'max')).toEqual({ score: 9, unknown: 0, of: 3 });
    expect(rollUpCells([3, null, 9], 'mean')).toEqual({ score: 4, unknown: 0, of: 3 });
  });

  it('leaves unknowns out and counts them, never reading them as 0', () => {
    expect(rollUpCells([4, 'unknown', 8], 'mean')).toEqual({ score: 6, unknown: 1, of: 3 });
    expect(rollUpCells(['unknown', 'unknown'], 'max')).toEqual({ score: 'unknown', unknown: 2, of: 2 });
  });

  it('keeps an all-blank category blank', () => {
    expect(rollUpCells([null, null], 'max')).toEqual({ score: null, unknown: 0, of: 2 });
    expect(rollUpCells([null, 0], 'max').score).toBe(0);
  });

  it('keeps a category blank when its only known cells are blank, whatever the unknowns', () => {
    expect(rollUpCells([null, 'unknown'], 'max')).toEqual({ score: null, unknown: 1, of: 2 });
    expect(rollUpCells([null, 'unknown'], 'mean')).toEqual({ score: null, unknown: 1, of: 2 });
    expect(rollUpCells(['unknown', null, null], 'max')).toEqual({ score: null, unknown: 1, of: 3 });
  });

  it('reads blank as 0 beside a known score, and unknown alone as unknown', () => {
    expect(rollUpCells([null, 'unknown', 6], 'mean')).toEqual({ score: 3, unknown: 1, of: 3 });
    expect(rollUpCells(['unknown'], 'mean')).toEqual({ score: 'unknown', unknown: 1, of: 1 });
    expect(rollUpCells([], 'max')).toEqual({ score: null, unknown: 0, of: 0 });
  });
});

describe('groupRowsByCategory', () => {
  it('groups X.1060 rows in X.1060 order and keeps custom rows apart', () => {
    const m = {
      rows: [
        { key: 'D-2', x1060Id: 'D-2', label: 'D-2' },
        { key: 'custom:x', label: 'x' },
        { key: 'A-1', x1060Id: 'A-1', label: 'A-1' },
        { key: 'D-1', x1060Id: 'D-1', label: 'D-1' },
      ],
    } as unknown as RoleMatrix;
    expect(groupRowsByCategory(m)).toEqual({
      groups: [
        { category: 'A', rowIndices: [2] },
        { category: 'D', rowIndices: [0, 3] },
      ],
      customRows: [1],
    });
  });
});

describe('rollUpMatrix', () => {
  it('combines service rows into their categories in X.1060 order and keeps custom rows after them', () => {
    const m: RoleMatrix = {
      id: 'x',
      country: 'X',
      rows: [
        { key: 'custom:Liaison', label: 'Liaison' },
        { key: 'D-2', x1060Id: 'D-2', label: 'D-2' },
        { key: 'A-1', x1060Id: 'A-1', label: 'A-1' },
        { key: 'D-1', x1060Id: 'D-1', label: 'D-1' },
      ],
      stakeholders: [
        { key: 'ncsc', name: 'NCSC', typeId: 'ncsc', sector: 'government' },
        { key: 'isac', name: 'ISAC', typeId: 'isac', sector: 'private' },
      ],
      cells: [
        [1, 2],
        [3, 'unknown'],
        [null, null],
        [8, 'unknown'],
      ],
      notes: { 'D-2\u0000ncsc': 'kept apart' },
      provenance: { source: 's' },
    };
    const max = rollUpMatrix(m, 'max');
    expect(max.rows.map((r) => r.key)).toEqual(['A', 'D', 'custom:Liaison']);
    expect(max.cells).toEqual([
      [null, null],
      [8, 'unknown'],
      [1, 2],
    ]);
    expect(rollUpMatrix(m, 'mean').cells[1]).toEqual([5.5, 'unknown']);
    expect(max.notes).toBeUndefined();
    expect(max.provenance).toBe(m.provenance);
  });
});
