import { describe, expect, it } from 'vitest';
import type { RoleMatrix } from '../../src/domain/matrix';
import { computeCountryMetrics } from '../../src/domain/metrics/country-metrics';
import { COUNTRY_METRIC_IDS } from '../../src/domain/metrics/metric-values';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { importCsvText } from '../../src/io/csv-import';
import { unguardCell } from '../../src/io/score-text';
import { comparisonCsv } from '../../src/views/compare/compare-csv';
import { shownMetrics, sortEntries, type CountryEntry } from '../../src/charts/compare/compare-inputs';
import { resolveDiffPair } from '../../src/domain/compare';

const entry = (matrix: RoleMatrix, t = 5): CountryEntry => ({ matrix, metrics: computeCountryMetrics(matrix, t) });
/** A country's source and date as the CSV writes them (quoted when they hold a comma). */
const provenanceFields = (m: RoleMatrix) =>
  [m.provenance.source ?? '', m.provenance.date ?? ''].map((f) => (/[",]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f));
const r6 = (v: number) => String(Math.round(v * 1e6) / 1e6);
const [japan, us, singapore] = loadBundledMatrices();

describe('comparisonCsv', () => {
  it('writes one line per country with the metrics as numbers (shares as fractions)', () => {
    const entries = [entry(japan!), entry(us!)];
    const csv = comparisonCsv(entries, shownMetrics(entries), 5, new Map([[japan!.id, 'Highest, "quoted" summary']]));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'country,threshold,rows,coverage,players_per_row,distinct_players,mean_hhi,share_government,share_law_enforcement,share_private,share_academia,share_ncsc,private_share_technical_b_g,gaps,single_points_of_failure,gap_rows,possible_gap_rows,single_point_rows,possible_single_point_rows,unknown_cells,summary,source,date',
    );
    const hhiJapan =
      (158 / 400 + 404 / 1764 + 453 / 2601 + 406 / 1936 + 153 / 361 + 414 / 2304 + 127 / 441 + 106 / 196 + 184 / 784) /
      9;
    expect(lines[1]).toBe(
      [
        'Japan',
        '5',
        'as-is',
        '1',
        r6(34 / 9),
        '9',
        r6(hhiJapan),
        r6(102 / 287),
        r6(21 / 287),
        r6(142 / 287),
        r6(22 / 287),
        r6(25 / 287),
        r6(121 / 225),
        '0',
        '0',
        '',
        '',
        '',
        '',
        '0',
        '"Highest, ""quoted"" summary"',
        ...provenanceFields(japan!),
      ].join(','),
    );
    expect(lines[2]).toBe(
      [
        'United States',
        '5',
        'as-is',
        '1',
        r6(30 / 9),
        '8',
        lines[2]!.split(',')[6],
        r6(96 / 289),
        r6(29 / 289),
        r6(142 / 289),
        r6(22 / 289),
        r6(66 / 289),
        r6(126 / 229),
        '0',
        '2',
        '',
        '',
        'A; H',
        '',
        '0',
        '',
        ...provenanceFields(us!),
      ].join(','),
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it('leaves undefined metrics empty, never 0, and guards text against formula injection', () => {
    const evil = importCsvText('country,service,stakeholder,score\n=cmd,+SUM(1),Ministry of ICT,3\n=cmd,B,PSIRT,1\n', {
      fileName: 'evil.csv',
    }).matrices[0]!;
    expect(evil.rows.map((r) => r.key)).toEqual(['custom:+SUM(1)', 'B']);
    const entries = [entry({ ...evil, id: 'evil' }), entry(singapore!)];
    const metrics = shownMetrics(entries);
    expect(metrics).toContain('otherShare');
    const csv = comparisonCsv(entries, metrics, 5, new Map([['evil', '@summary']]));
    const line = csv.split('\r\n')[1]!.split(',');
    const col = (name: string) => line[csv.split('\r\n')[0]!.split(',').indexOf(name)]!;
    expect(col('country')).toBe("'=cmd");
    expect(unguardCell(col('country'))).toBe('=cmd');
    // No NCSC column → undefined share → empty cell.
    expect(col('share_ncsc')).toBe('');
    expect(col('share_academia')).toBe('');
    expect(col('share_other')).toBe('0.75');
    // Both rows are gaps at 5 (max 3 and 1, the rest blank); the custom row's label is guarded.
    expect(col('gap_rows')).toBe("'+SUM(1); B");
    expect(col('summary')).toBe("'@summary");
  });

  it('says how the rows were lined up, and each country’s source and date, guarded', () => {
    const own = { ...japan!, id: 'own', provenance: { source: '=HYPERLINK("x")', date: '2026-04' } };
    const csv = comparisonCsv([entry(own), entry(us!)], ['coverage'], 5, new Map(), {
      granularity: 'category',
      rule: 'mean',
    });
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(
      'country,threshold,rows,coverage,gap_rows,possible_gap_rows,single_point_rows,possible_single_point_rows,unknown_cells,summary,source,date',
    );
    expect(line!.split(',').slice(0, 3)).toEqual(['Japan', '5', 'per-category-mean']);
    expect(line!.endsWith(`,"'=HYPERLINK(""x"")",2026-04`)).toBe(true);
  });

  it('keeps COUNTRY_METRIC_IDS and the CSV header in step', () => {
    const entries = [entry(japan!), entry(singapore!)];
    expect(comparisonCsv(entries, COUNTRY_METRIC_IDS, 5, new Map()).split('\r\n')[0]!.split(',')).toHaveLength(
      COUNTRY_METRIC_IDS.length + 11,
    );
  });
});

describe('sortEntries', () => {
  const fog = importCsvText('Service,PSIRT\nA,NA\n', { fileName: 'Fog.csv' }).matrices[0]!;
  const entries = [entry(japan!), entry({ ...fog, id: 'fog' }), entry(singapore!)];
  it('puts undefined values last in either direction', () => {
    expect(
      sortEntries(entries, { key: 'ncscShare', direction: 'descending' }, 'en').map((e) => e.matrix.country),
    ).toEqual(['Singapore', 'Japan', 'Fog']);
    expect(
      sortEntries(entries, { key: 'ncscShare', direction: 'ascending' }, 'en').map((e) => e.matrix.country),
    ).toEqual(['Japan', 'Singapore', 'Fog']);
  });
  it('sorts by country name and keeps the chosen order without a sort', () => {
    expect(sortEntries(entries, { key: 'country', direction: 'ascending' }, 'en').map((e) => e.matrix.country)).toEqual(
      ['Fog', 'Japan', 'Singapore'],
    );
    expect(sortEntries(entries, null, 'en').map((e) => e.matrix.country)).toEqual(['Japan', 'Fog', 'Singapore']);
  });
});

describe('resolveDiffPair', () => {
  const ms = [japan!, us!, singapore!];
  it('defaults to the first two compared countries', () => {
    expect(resolveDiffPair(ms, [singapore!.id, japan!.id], null, null).map((m) => m?.country)).toEqual([
      'Singapore',
      'Japan',
    ]);
  });
  it('keeps a stored choice that still exists and replaces one that does not', () => {
    expect(resolveDiffPair(ms, [japan!.id, us!.id], singapore!.id, 'gone').map((m) => m?.country)).toEqual([
      'Singapore',
      'Japan',
    ]);
  });
  it('falls back to the workspace when fewer than two are compared', () => {
    expect(resolveDiffPair(ms, [], null, null).map((m) => m?.country)).toEqual(['Japan', 'United States']);
  });
});
