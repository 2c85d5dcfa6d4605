import { describe, expect, it } from 'vitest';
import { STANDARD_STAKEHOLDERS, foldName, matchStakeholderType } from '../../src/domain/stakeholders';
import { countCells, effectiveScore, granularityOf, uniqueName, type RoleMatrix } from '../../src/domain/matrix';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';

describe('stakeholder types', () => {
  it('are the ten columns of the seed tables, each in a sector group', () => {
    expect(STANDARD_STAKEHOLDERS.map((s) => s.nameEn)).toEqual([
      'NCSC',
      'National CSIRTs',
      'PSIRT',
      'Private CSIRTs',
      'LE/Justice',
      'ISAC',
      'National SOC',
      'Private SOC',
      'Academia',
      'Certificate Vendor',
    ]);
    expect(STANDARD_STAKEHOLDERS.filter((s) => s.sector === 'government').map((s) => s.id)).toEqual([
      'ncsc',
      'national-csirt',
      'national-soc',
    ]);
    expect(STANDARD_STAKEHOLDERS.find((s) => s.id === 'le-justice')!.sector).toBe('law-enforcement');
  });

  it('match headers case-, space-, width- and language-insensitively', () => {
    expect(matchStakeholderType('  national   csirts ')!.id).toBe('national-csirt');
    expect(matchStakeholderType('NATIONAL CSIRT')!.id).toBe('national-csirt');
    expect(matchStakeholderType('Law enforcement')!.id).toBe('le-justice');
    expect(matchStakeholderType('民間SOC')!.id).toBe('private-soc');
    // Katakana names Japanese files use for the private sector.
    expect(matchStakeholderType('プライベートCSIRT')!.id).toBe('private-csirt');
    expect(matchStakeholderType('ﾌﾟﾗｲﾍﾞｰﾄSOC')!.id).toBe('private-soc');
    expect(matchStakeholderType('ＮＣＳＣ')!.id).toBe('ncsc');
    expect(matchStakeholderType('Ministry of Defence')).toBeUndefined();
    expect(foldName('LE / Justice')).toBe(foldName('le-justice'));
  });
});

const matrix = (country: string, cells: RoleMatrix['cells'], rows = ['A', 'B']): RoleMatrix => ({
  id: country,
  country,
  rows: rows.map((r) => ({ key: r, x1060Id: r, label: r })),
  stakeholders: [{ key: 'ncsc', name: 'NCSC', typeId: 'ncsc', sector: 'government' }],
  cells,
  provenance: {},
});

describe('role matrix', () => {
  it('counts blank as 0 and keeps unknown out of the numbers', () => {
    expect(effectiveScore(null)).toBe(0);
    expect(effectiveScore(0)).toBe(0);
    expect(effectiveScore(7.5)).toBe(7.5);
    expect(effectiveScore('unknown')).toBeNull();
    expect(countCells(matrix('X', [[5], ['unknown']]))).toEqual({ scored: 1, blank: 0, unknown: 1 });
    expect(countCells(matrix('X', [[null], [0]]))).toEqual({ scored: 0, blank: 2, unknown: 0 });
  });

  it('tells category, service and mixed matrices apart', () => {
    expect(granularityOf(matrix('X', [[1], [2]]))).toBe('category');
    expect(granularityOf(matrix('X', [[1], [2]], ['A-1', 'D-2']))).toBe('service');
    expect(granularityOf(matrix('X', [[1], [2]], ['A', 'D-2']))).toBe('mixed');
  });

  it('finds a free name for a country', () => {
    expect(uniqueName('Japan', [])).toBe('Japan');
    expect(uniqueName('Japan', ['Japan', 'Japan (2)'])).toBe('Japan (3)');
  });
});

describe('workspace', () => {
  it('adds countries without replacing any: a taken name joins renamed, ids stay unique', () => {
    const first = addMatrices(EMPTY_WORKSPACE, [matrix('Japan', [[1], [2]])]).workspace;
    const { workspace, added } = addMatrices(first, [matrix('Japan', [[9], [9]]), matrix('Japan', [[8], [8]])]);
    expect(workspace.matrices.map((m) => m.country)).toEqual(['Japan', 'Japan (2)', 'Japan (3)']);
    expect(new Set(workspace.matrices.map((m) => m.id)).size).toBe(3);
    expect(workspace.matrices[0]!.cells).toEqual([[1], [2]]);
    expect(added.map((m) => m.cells[0]![0])).toEqual([9, 8]);
  });
});
