import { describe, expect, it } from 'vitest';
import { keyLongColumns } from '../../src/views/present/slide-keys';

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
