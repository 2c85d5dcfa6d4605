import { describe, expect, it } from 'vitest';
import { keyLongColumns, keyLongStakeholders, keyRowIds, keyRows } from '../../src/views/present/slide-keys';

describe('keyLongColumns', () => {
  it('heads the NCSC by its short name in Japanese and keys it', () => {
    const columns = [
      { key: 'ncsc', name: 'ナショナルサイバーセキュリティセンター' },
      { key: 'psirt', name: 'PSIRT' },
    ];
    const { columns: shown, keys } = keyLongColumns(columns);
    expect(shown.map((c) => c.name)).toEqual(['NCSC', 'PSIRT']);
    expect(shown[0]!.key).toBe('ncsc');
    expect(keys).toEqual(['NCSC = ナショナルサイバーセキュリティセンター']);
  });

  it('leaves short names, and long names with no shorter standard name, as they are', () => {
    const columns = [
      { key: 'a', name: 'Certificate Vendor' },
      { key: 'b', name: 'A custom stakeholder with a very long name indeed' },
    ];
    const result = keyLongColumns(columns);
    expect(result.columns).toBe(columns);
    expect(result.keys).toEqual([]);
  });
});

describe('keyLongStakeholders', () => {
  it('names the NCSC short on a Japanese Sankey slide, as grid slides head it, and keys it', () => {
    const input = {
      rows: [],
      stakeholders: [
        { key: 'ncsc', name: 'ナショナルサイバーセキュリティセンター', sector: 'government' },
        { key: 'psirt', name: 'PSIRT', sector: 'private' },
      ],
    };
    const { input: shown, keys } = keyLongStakeholders(input);
    expect(shown.stakeholders.map((s) => s.name)).toEqual(['NCSC', 'PSIRT']);
    expect(shown.stakeholders[0]!.sector).toBe('government');
    expect(keys).toEqual(['NCSC = ナショナルサイバーセキュリティセンター']);
    expect(keyLongStakeholders({ stakeholders: [{ name: 'PSIRT' }] }).keys).toEqual([]);
  });
});

describe('keyRowIds', () => {
  it('names X.1060 rows by id alone and keys each id once; custom rows keep their names', () => {
    const a = { rows: [{ id: 'A', name: 'Strategic management of CDC' }, { name: 'Our own row' }] };
    const b = {
      rows: [
        { id: 'A', name: 'Strategic management of CDC' },
        { id: 'B', name: 'Real-time analysis' },
      ],
    };
    const { inputs, key } = keyRowIds([a, b]);
    expect(inputs[0].rows.map((r) => r.name)).toEqual(['', 'Our own row']);
    expect(inputs[1].rows.map((r) => `${r.id} ${r.name}`)).toEqual(['A ', 'B ']);
    expect(key).toBe('A Strategic management of CDC · B Real-time analysis');
  });
});

describe('keyRows', () => {
  it('draws a grid chart’s X.1060 rows by id (their names kept as accessible names) and keys them once', () => {
    const input = {
      rows: [
        { key: 'a', id: 'A', name: 'Strategic management of CDC' },
        { key: 'b', id: 'B', name: 'Real-time analysis' },
        { key: 'x', name: 'Our own row' },
      ],
      palette: 'projector',
    };
    const { input: shown, key } = keyRows(input);
    expect(shown.rows.map((r) => [r.id, r.name, 'idOnly' in r && r.idOnly])).toEqual([
      ['A', 'Strategic management of CDC', true],
      ['B', 'Real-time analysis', true],
      [undefined, 'Our own row', false],
    ]);
    expect(shown.palette).toBe('projector');
    expect(key).toBe('A Strategic management of CDC · B Real-time analysis');
    expect(input.rows[0]!.name).toBe('Strategic management of CDC');
  });
});
