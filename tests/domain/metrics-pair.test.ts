import { describe, expect, it } from 'vitest';
import type { RoleMatrix } from '../../src/domain/matrix';
import { comparePair, mostDifferentRows } from '../../src/domain/metrics/pair-metrics';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { importCsvText } from '../../src/io/csv-import';

function wide(country: string, text: string): RoleMatrix {
  const m = importCsvText(text, { fileName: `${country}.csv` }).matrices[0];
  if (!m) throw new Error(`${country} did not import`);
  return { ...m, id: country };
}

describe('comparePair (made-up countries)', () => {
  it('takes the cosine over cells both have and both know', () => {
    // Comparable cells: A·NCSC (3, 4), B·NCSC (blank=0, 3); A·PSIRT is unknown in a; ISAC and
    // Academia each exist on one side only; row C only in a.
    const a = wide('A', 'Service,NCSC,PSIRT,ISAC\nA,3,NA,9\nB,,2,\nC,1,1,1\n');
    const b = wide('B', 'Service,NCSC,PSIRT,Academia\nA,4,5,1\nB,3,2,\n');
    const p = comparePair(a, b);
    // a = (3, 0, 2), b = (4, 3, 2) over A·NCSC, B·NCSC, B·PSIRT → 12 + 0 + 4 = 16; |a| = √13, |b| = √29.
    expect(p.similarity).toBeCloseTo(16 / Math.sqrt(13 * 29), 12);
    expect(p.cellsCompared).toBe(3);
    expect(p.cellsUnknown).toBe(1);
    // Grid 3 rows × 4 stakeholders = 12 cells; 3 compared + 1 unknown → 8 absent.
    expect(p.cellsAbsent).toBe(8);
    expect(p.rows.map((r) => [r.row.key, r.distance, r.compared])).toEqual([
      ['B', 3, 2],
      ['A', 1, 1],
    ]);
    expect(p.rows[0]!.largest).toMatchObject({ a: 0, b: 3 });
    expect(p.rows[0]!.largest!.stakeholder.typeId).toBe('ncsc');
    expect(p.rowsInOneOnly.map((r) => r.key)).toEqual(['C']);
  });
  it('is 1 for proportional countries and undefined when one side is all 0', () => {
    const a = wide('A', 'Service,NCSC,PSIRT\nA,2,4\n');
    const b = wide('B', 'Service,NCSC,PSIRT\nA,3,6\n');
    expect(comparePair(a, b).similarity).toBeCloseTo(1, 12);
    expect(comparePair(a, wide('Z', 'Service,NCSC,PSIRT\nA,,0\n')).similarity).toBeUndefined();
    expect(mostDifferentRows(comparePair(a, a))).toEqual([]);
  });
});

describe('comparePair (seed)', () => {
  const [japan, us, singapore] = loadBundledMatrices();
  // Σ s² of each country (sum of the rows' Σ s²):
  // Japan 158+404+453+406+153+414+127+106+184 = 2405; US 121+385+457+286+221+452+142+100+223 = 2387;
  // Singapore 158+320+345+300+217+389+166+106+125 = 2126.
  it('Japan · United States: dot 1861', () => {
    // Row dots: A 109, B 304, C 453, D 241, E 153, F 334, G 78, H 90, I 99.
    const p = comparePair(japan!, us!);
    expect(p.similarity).toBeCloseTo(1861 / Math.sqrt(2405 * 2387), 12); // 0.777
    expect(p.cellsCompared).toBe(90);
    expect(p.cellsUnknown + p.cellsAbsent).toBe(0);
    // Σ|Δ| per row: A 13, B 19, C 2, D 26, E 10, F 24, G 15, H 6, I 25.
    expect(mostDifferentRows(p).map((r) => [r.row.key, r.distance])).toEqual([
      ['D', 26],
      ['I', 25],
      ['F', 24],
    ]);
    // D: National SOC 10 in Japan, blank in the US.
    expect(mostDifferentRows(p)[0]!.largest).toMatchObject({ a: 10, b: 0 });
  });
  it('Japan · Singapore: dot 1606', () => {
    // Row dots: A 158, B 304, C 309, D 250, E 153, F 289, G 98, H 25, I 20.
    const p = comparePair(japan!, singapore!);
    expect(p.similarity).toBeCloseTo(1606 / Math.sqrt(2405 * 2126), 12); // 0.710
    // Σ|Δ|: A 0, B 14, C 22, D 24, E 8, F 25, G 17, H 18, I 37.
    expect(mostDifferentRows(p).map((r) => [r.row.key, r.distance])).toEqual([
      ['I', 37],
      ['F', 25],
      ['D', 24],
    ]);
  });
  it('United States · Singapore: dot 1695, ties kept in row order', () => {
    // Row dots: A 109, B 240, C 309, D 200, E 217, F 379, G 113, H 0, I 128.
    const p = comparePair(us!, singapore!);
    expect(p.similarity).toBeCloseTo(1695 / Math.sqrt(2387 * 2126), 12); // 0.753
    // Σ|Δ|: A 13, B 25, C 24, D 22, E 2, F 11, G 16, H 24, I 20 → C and H tie at 24.
    expect(mostDifferentRows(p).map((r) => [r.row.key, r.distance])).toEqual([
      ['B', 25],
      ['C', 24],
      ['H', 24],
    ]);
  });
  it('is symmetric in similarity', () => {
    expect(comparePair(us!, japan!).similarity).toBeCloseTo(comparePair(japan!, us!).similarity!, 12);
  });
});
