// The metrics of the three bundled seed countries (JPCERT/CC's division-of-roles slides), checked
// against values worked out by hand from the raw tables in tests/fixtures/seed/*.tsv, so that the
// seed's three observations can be checked from the figures:
//   Japan: a patchwork across many players; United States: the private sector shoulders much of
//   the technical work; Singapore: concentration in its national agency, outsourcing less.
// Columns of every table: NCSC, National CSIRTs, PSIRT, Private CSIRTs, LE/Justice, ISAC,
// National SOC, Private SOC, Academia, Certificate Vendor. Rows A–I. Blank = 0.
import { describe, expect, it } from 'vitest';
import { computeCountryMetrics } from '../../src/domain/metrics/country-metrics';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';

const [japan, us, singapore] = loadBundledMatrices();
const at5 = (m: typeof japan) => computeCountryMetrics(m!, 5);
const keys = (rows: readonly { key: string }[]) => rows.map((r) => r.key);

describe('the seed tables are what the hand calculations assume', () => {
  it('has Japan, the United States and Singapore, 9 rows × 10 stakeholders each', () => {
    expect([japan, us, singapore].map((m) => m!.country)).toEqual(['Japan', 'United States', 'Singapore']);
    for (const m of [japan, us, singapore]) {
      expect(m!.rows.map((r) => r.key)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
      expect(m!.stakeholders.map((s) => s.typeId)).toEqual([
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
    }
  });
});

describe('Japan (threshold 5)', () => {
  // Column sums: NCSC A10 C5 D5 I5 = 25; National CSIRTs C8 D10 F10 G5 I5 = 38; PSIRT B10 C10 D9
  // F5 I5 = 39; Private CSIRTs B10 C10 D10 F10 G2 I3 = 45; LE B2 E2 F8 H9 = 21; ISAC I10 = 10;
  // National SOC A7 B10 D10 G7 H5 = 39; Private SOC B10 C8 E10 F10 G7 = 45; Academia C10 E7 F5 = 22;
  // Certificate Vendor A3 = 3. Total 287.
  const m = at5(japan);
  it('has total 287 and these sector shares', () => {
    expect(m.total).toBe(287);
    expect(m.sectorShares.government).toBeCloseTo((25 + 38 + 39) / 287, 12); // 35.5 %
    expect(m.sectorShares['law-enforcement']).toBeCloseTo(21 / 287, 12); // 7.3 %
    expect(m.sectorShares.private).toBeCloseTo((39 + 45 + 10 + 45 + 3) / 287, 12); // 49.5 %
    expect(m.sectorShares.academia).toBeCloseTo(22 / 287, 12); // 7.7 %
    expect(m.sectorShares.other).toBeUndefined();
    expect(m.ncscShare).toBeCloseTo(25 / 287, 12); // 8.7 %
  });
  it('has the private share of technical work (B–G) 121 / 225', () => {
    // Row sums B 42, C 51, D 44, E 19, F 48, G 21 = 225; private: B 30, C 28, D 19, E 10, F 25, G 9 = 121.
    expect(m.technicalPrivateShare).toBeCloseTo(121 / 225, 12); // 53.8 %
  });
  it('has many players per row and no single point of failure', () => {
    // Scores ≥ 5 per row: A 2, B 4, C 6, D 5, E 2, F 6, G 3, H 2, I 4 = 34.
    expect(m.rows.map((r) => r.players)).toEqual([2, 4, 6, 5, 2, 6, 3, 2, 4]);
    expect(m.meanPlayers).toBeCloseTo(34 / 9, 12); // 3.78
    expect(m.distinctPlayers).toBe(9); // all but Certificate Vendor (max 3)
    expect(m.coverage).toBe(1);
    expect(keys(m.gaps)).toEqual([]);
    expect(keys(m.singlePoints)).toEqual([]);
  });
  it('has low concentration: mean HHI of the rows', () => {
    // Σs² / S² per row: A 158/20², B 404/42², C 453/51², D 406/44², E 153/19², F 414/48², G 127/21², H 106/14², I 184/28².
    const hhi = [158 / 400, 404 / 1764, 453 / 2601, 406 / 1936, 153 / 361, 414 / 2304, 127 / 441, 106 / 196, 184 / 784];
    m.rows.forEach((r, i) => expect(r.hhi).toBeCloseTo(hhi[i]!, 12));
    expect(m.meanHhi).toBeCloseTo(hhi.reduce((a, b) => a + b, 0) / 9, 12); // 0.298
  });
  it('names the lead stakeholders, all of them when tied', () => {
    expect(m.rows[0]!.leads.map((s) => s.typeId)).toEqual(['ncsc']);
    expect(m.rows[1]!.leads.map((s) => s.typeId)).toEqual(['psirt', 'private-csirt', 'national-soc', 'private-soc']);
    expect(m.rows[7]!.leads.map((s) => s.typeId)).toEqual(['le-justice']);
  });
  it('has gaps G and H at threshold 10 (G peaks at 7, H at 9)', () => {
    const m10 = computeCountryMetrics(japan!, 10);
    expect(keys(m10.gaps)).toEqual(['G', 'H']);
    expect(m10.coverage).toBeCloseTo(7 / 9, 12);
  });
});

describe('United States (threshold 5)', () => {
  // Column sums: NCSC A10 B9 C5 D10 E8 F9 G8 I7 = 66; National CSIRTs C8 D1 E2 G5 I4 = 20; PSIRT A1
  // B10 C10 D9 F9 I7 = 46; Private CSIRTs A1 B10 C10 D10 F10 G2 I3 = 46; LE A3 B2 C2 D2 E2 F8 H10 = 29;
  // ISAC A1 F1 = 2; National SOC I10 = 10; Private SOC B10 C8 E10 F10 G7 = 45; Academia 22;
  // Certificate Vendor 3. Total 289.
  const m = at5(us);
  it('has total 289 and these sector shares', () => {
    expect(m.total).toBe(289);
    expect(m.sectorShares.government).toBeCloseTo((66 + 20 + 10) / 289, 12); // 33.2 %
    expect(m.sectorShares['law-enforcement']).toBeCloseTo(29 / 289, 12); // 10.0 %
    expect(m.sectorShares.private).toBeCloseTo((46 + 46 + 2 + 45 + 3) / 289, 12); // 49.1 %
    expect(m.sectorShares.academia).toBeCloseTo(22 / 289, 12); // 7.6 %
    expect(m.ncscShare).toBeCloseTo(66 / 289, 12); // 22.8 %
  });
  it('has the highest private share of technical work (B–G): 126 / 229', () => {
    // Row sums B 41, C 53, D 32, E 29, F 52, G 22 = 229; private: B 30, C 28, D 19, E 10, F 30, G 9 = 126.
    expect(m.technicalPrivateShare).toBeCloseTo(126 / 229, 12); // 55.0 %
  });
  it('has single points of failure A (NCSC) and H (LE/Justice)', () => {
    // Scores ≥ 5: A 1, B 4, C 6, D 3, E 3, F 6, G 3, H 1, I 3 = 30.
    expect(m.rows.map((r) => r.players)).toEqual([1, 4, 6, 3, 3, 6, 3, 1, 3]);
    expect(m.meanPlayers).toBeCloseTo(30 / 9, 12);
    expect(m.distinctPlayers).toBe(8); // not ISAC (max 1) nor Certificate Vendor (3)
    expect(keys(m.singlePoints)).toEqual(['A', 'H']);
    expect(m.rows[7]!.hhi).toBe(1);
    expect(m.rows[7]!.leads.map((s) => s.typeId)).toEqual(['le-justice']);
  });
  it('has mean HHI from these rows', () => {
    const hhi = [121 / 361, 385 / 1681, 457 / 2809, 286 / 1024, 221 / 841, 452 / 2704, 142 / 484, 1, 223 / 961];
    expect(m.meanHhi).toBeCloseTo(hhi.reduce((a, b) => a + b, 0) / 9, 12); // 0.329
  });
});

describe('Singapore (threshold 5)', () => {
  // Column sums: NCSC A10 B4 C9 D10 E8 F10 G8 I4 = 63; National CSIRTs 0; PSIRT 0; Private CSIRTs
  // B10 C10 D10 F10 = 40; LE B2 E2 F8 G2 I3 = 17; ISAC H9 = 9; National SOC A7 B10 D10 G7 H5 I10 = 49;
  // Private SOC 45; Academia 22; Certificate Vendor 3. Total 248.
  const m = at5(singapore);
  it('has total 248 and the highest government and national-agency shares', () => {
    expect(m.total).toBe(248);
    expect(m.sectorShares.government).toBeCloseTo((63 + 0 + 49) / 248, 12); // 45.2 %
    expect(m.sectorShares['law-enforcement']).toBeCloseTo(17 / 248, 12); // 6.9 %
    expect(m.sectorShares.private).toBeCloseTo((0 + 40 + 9 + 45 + 3) / 248, 12); // 39.1 %
    expect(m.sectorShares.academia).toBeCloseTo(22 / 248, 12); // 8.9 %
    expect(m.ncscShare).toBeCloseTo(63 / 248, 12); // 25.4 %
  });
  it('outsources less technical work: private share of B–G 85 / 197', () => {
    // Row sums B 36, C 37, D 30, E 27, F 43, G 24 = 197; private: B 20, C 18, D 10, E 10, F 20, G 7 = 85.
    expect(m.technicalPrivateShare).toBeCloseTo(85 / 197, 12); // 43.1 %
  });
  it('has fewer players per row and the highest mean concentration', () => {
    // Scores ≥ 5: A 2, B 3, C 4, D 3, E 3, F 5, G 3, H 2, I 1 = 26.
    expect(m.rows.map((r) => r.players)).toEqual([2, 3, 4, 3, 3, 5, 3, 2, 1]);
    expect(m.meanPlayers).toBeCloseTo(26 / 9, 12);
    expect(m.distinctPlayers).toBe(7); // National CSIRTs and PSIRT never score; Certificate Vendor 3
    expect(keys(m.singlePoints)).toEqual(['I']);
    const hhi = [158 / 400, 320 / 1296, 345 / 1369, 300 / 900, 217 / 729, 389 / 1849, 166 / 576, 106 / 196, 125 / 289];
    expect(m.meanHhi).toBeCloseTo(hhi.reduce((a, b) => a + b, 0) / 9, 12); // 0.333
  });
});

describe('the three observations, as orderings of the figures', () => {
  const [j, u, s] = [at5(japan), at5(us), at5(singapore)];
  it('Japan: most players per row, most distinct players, lowest concentration, lowest NCSC share', () => {
    expect(j.meanPlayers!).toBeGreaterThan(Math.max(u.meanPlayers!, s.meanPlayers!));
    expect(j.distinctPlayers).toBeGreaterThan(Math.max(u.distinctPlayers, s.distinctPlayers));
    expect(j.meanHhi!).toBeLessThan(Math.min(u.meanHhi!, s.meanHhi!));
    expect(j.ncscShare!).toBeLessThan(Math.min(u.ncscShare!, s.ncscShare!));
  });
  it('United States: highest private share of technical work', () => {
    expect(u.technicalPrivateShare!).toBeGreaterThan(Math.max(j.technicalPrivateShare!, s.technicalPrivateShare!));
  });
  it('Singapore: highest NCSC and government shares, lowest private share', () => {
    expect(s.ncscShare!).toBeGreaterThan(Math.max(j.ncscShare!, u.ncscShare!));
    expect(s.sectorShares.government!).toBeGreaterThan(
      Math.max(j.sectorShares.government!, u.sectorShares.government!),
    );
    expect(s.sectorShares.private!).toBeLessThan(Math.min(j.sectorShares.private!, u.sectorShares.private!));
    expect(s.technicalPrivateShare!).toBeLessThan(Math.min(j.technicalPrivateShare!, u.technicalPrivateShare!));
  });
});
