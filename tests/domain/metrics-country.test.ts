import { describe, expect, it } from 'vitest';
import type { RoleMatrix } from '../../src/domain/matrix';
import { computeCountryMetrics, meanOf, shareOf } from '../../src/domain/metrics/country-metrics';
import { COUNTRY_METRIC_IDS, countryMetricValue } from '../../src/domain/metrics/metric-values';
import { importCsvText } from '../../src/io/csv-import';

function wide(country: string, text: string): RoleMatrix {
  const m = importCsvText(text, { fileName: `${country}.csv` }).matrices[0];
  if (!m) throw new Error(`${country} did not import`);
  return { ...m, id: country };
}

// A made-up country with every case: a gap (E), a possible gap (F), a single point (A),
// a possible single point (B), a custom stakeholder and no academia column.
const testland = wide(
  'Testland',
  [
    'Service,NCSC,PSIRT,LE/Justice,Ministry of ICT',
    'A,8,2,,',
    'B,6,NA,,1',
    'D,5,5,5,',
    'E,1,,,',
    'F,NA,3,,',
    'I,,,10,10',
  ].join('\n'),
);

describe('computeCountryMetrics (made-up country, threshold 5)', () => {
  const m = computeCountryMetrics(testland, 5);

  it('lists gaps and single points, keeping the ones unknowns could change apart', () => {
    expect(m.gaps.map((r) => r.key)).toEqual(['E']);
    expect(m.possibleGaps.map((r) => r.key)).toEqual(['F']);
    expect(m.singlePoints.map((r) => r.key)).toEqual(['A']);
    // B has one player and an unknown; F has none and one unknown: either could have exactly one.
    expect(m.possibleSinglePoints.map((r) => r.key)).toEqual(['B', 'F']);
  });

  it('computes coverage without the possible gap', () => {
    // Rows with a player: A, B, D, I = 4; gaps: E = 1; F (possible gap) is left out → 4 / 5.
    expect(m.coveredRows).toBe(4);
    expect(m.decidedRows).toBe(5);
    expect(m.coverage).toBe(0.8);
  });

  it('averages players over rows with no unknown cell', () => {
    // A 1, D 3, E 0, I 2 (B and F have unknowns) → 6 / 4.
    expect(m.meanPlayers).toBe(1.5);
  });

  it('counts distinct players', () => {
    // NCSC (A, B, D), PSIRT (D), LE (D, I), Ministry of ICT (I).
    expect(m.distinctPlayers).toBe(4);
  });

  it('computes sector shares of the known total, undefined for a group with no stakeholder', () => {
    // Known total: A 10 + B 7 + D 15 + E 1 + F 3 + I 20 = 56.
    expect(m.total).toBe(56);
    expect(m.unknownCells).toBe(2);
    // government = NCSC 8+6+5+1 = 20; private = PSIRT 2+5+3 = 10; LE 5+10 = 15; other 1+10 = 11.
    expect(m.sectorShares.government).toBeCloseTo(20 / 56, 12);
    expect(m.sectorShares.private).toBeCloseTo(10 / 56, 12);
    expect(m.sectorShares['law-enforcement']).toBeCloseTo(15 / 56, 12);
    expect(m.sectorShares.other).toBeCloseTo(11 / 56, 12);
    expect(m.sectorShares.academia).toBeUndefined();
    expect(m.ncscShare).toBeCloseTo(20 / 56, 12);
  });

  it('computes the private share of technical work over rows of B–G', () => {
    // B 6+1 = 7 (PSIRT unknown), D 15, E 1, F 3 → 26; private: F PSIRT 3 + D PSIRT 5 = 8.
    expect(m.technicalPrivateShare).toBeCloseTo(8 / 26, 12);
  });

  it('averages the defined row HHIs', () => {
    const hhi = {
      A: (64 + 4) / 100,
      B: (36 + 1) / 49,
      D: 1 / 3,
      E: 1,
      F: 1,
      I: 0.5,
    };
    expect(m.meanHhi).toBeCloseTo(Object.values(hhi).reduce((a, b) => a + b, 0) / 6, 12);
  });

  it('exposes every table metric by id', () => {
    expect(COUNTRY_METRIC_IDS.map((id) => countryMetricValue(m, id))).toEqual([
      0.8,
      1.5,
      4,
      m.meanHhi,
      20 / 56,
      15 / 56,
      10 / 56,
      undefined,
      11 / 56,
      20 / 56,
      8 / 26,
      1,
      1,
    ]);
  });
});

describe('undefined rather than 0', () => {
  it('has no NCSC share without an NCSC column, and no private share of technical work without private stakeholders', () => {
    const m = computeCountryMetrics(wide('Nocsc', 'Service,National CSIRT,Academia\nB,5,5\n'), 5);
    expect(m.ncscShare).toBeUndefined();
    expect(m.technicalPrivateShare).toBeUndefined();
    expect(m.sectorShares.government).toBe(0.5);
  });
  it('has no shares, coverage or means for a country whose every cell is unknown', () => {
    const m = computeCountryMetrics(wide('Fog', 'Service,NCSC,PSIRT\nA,NA,?\nB,unknown,NA\n'), 5);
    expect(m.total).toBe(0);
    expect(m.coverage).toBeUndefined();
    expect(m.meanPlayers).toBeUndefined();
    expect(m.meanHhi).toBeUndefined();
    expect(m.ncscShare).toBeUndefined();
    expect(m.gaps).toEqual([]);
    expect(m.possibleGaps.map((r) => r.key)).toEqual(['A', 'B']);
  });
});

describe('helpers', () => {
  it('shareOf and meanOf are undefined on nothing', () => {
    expect(shareOf(1, 0)).toBeUndefined();
    expect(shareOf(1, 4)).toBe(0.25);
    expect(meanOf([undefined, undefined])).toBeUndefined();
    expect(meanOf([1, undefined, 2])).toBe(1.5);
  });
});
