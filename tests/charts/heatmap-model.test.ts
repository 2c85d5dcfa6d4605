import { describe, expect, it } from 'vitest';
import {
  aggregateMarginal,
  buildHeatmapModel,
  DEFAULT_HEATMAP_OPTIONS,
  type HeatmapViewOptions,
} from '../../src/charts/heatmap/heatmap-model';
import { importCsvText } from '../../src/io/csv-import';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';

const services = importCsvText(
  [
    'country,service,stakeholder,score,note',
    'T,A-1,NCSC,10,leads',
    'T,A-1,Academia,2,',
    'T,A-2,NCSC,4,',
    'T,A-2,Academia,NA,',
    'T,D-1,NCSC,,',
    'T,D-1,Academia,6,',
    'T,D-2,NCSC,8,',
    'T,D-2,Academia,1,',
    'T,Cloud,NCSC,3,',
    'T,Cloud,Academia,3,',
  ].join('\n'),
  { fileName: 't.csv' },
).matrices[0]!;
const opts = (p: Partial<HeatmapViewOptions>): HeatmapViewOptions => ({ ...DEFAULT_HEATMAP_OPTIONS, ...p });

describe('buildHeatmapModel', () => {
  it('shows rows as scored by default, with marginal totals', () => {
    const m = buildHeatmapModel(services, DEFAULT_HEATMAP_OPTIONS, 'en');
    expect(m.rows.map((r) => r.key)).toEqual(['A-1', 'A-2', 'D-1', 'D-2', 'custom:Cloud']);
    expect(m.rows[0]!.notes).toEqual(['leads', undefined]);
    expect(m.rowMarginals.map((x) => x.value)).toEqual([12, 4, 6, 9, 6]);
    expect(m.columnMarginals.map((x) => x.value)).toEqual([25, 12]);
    // A-2's Academia cell is unknown: left out of the total and counted, never read as 0.
    expect(m.rowMarginals[1]).toEqual({ value: 4, unknown: 1 });
    expect(m.columnMarginals[1]).toEqual({ value: 12, unknown: 1 });
    expect(m.rollup).toBeUndefined();
  });

  it('rolls services up per category by max or mean, keeping custom rows and counting unknowns', () => {
    const max = buildHeatmapModel(services, opts({ granularity: 'category', rollup: 'max' }), 'en');
    expect(max.rows.map((r) => [r.key, r.values])).toEqual([
      ['category:A', [10, 2]],
      ['category:D', [8, 6]],
      ['custom:Cloud', [3, 3]],
    ]);
    expect(max.rows[0]!.unknownParts).toEqual([0, 1]);
    expect(max.rows[0]!.combined).toBe(2);
    expect(max.rollup).toBe('max');
    const mean = buildHeatmapModel(services, opts({ granularity: 'category', rollup: 'mean' }), 'en');
    expect(mean.rows.map((r) => r.values)).toEqual([
      [7, 2],
      [4, 3.5],
      [3, 3],
    ]);
  });

  it('expands a category in place, and does not count its services twice in column totals', () => {
    const m = buildHeatmapModel(services, opts({ granularity: 'category', expanded: ['D'] }), 'en');
    expect(m.rows.map((r) => [r.key, r.depth])).toEqual([
      ['category:A', 0],
      ['category:D', 0],
      ['D-1', 1],
      ['D-2', 1],
      ['custom:Cloud', 0],
    ]);
    expect(m.rows[1]!.expanded).toBe(true);
    expect(m.columnMarginals).toEqual([
      { value: 21, unknown: 0 },
      { value: 11, unknown: 0 },
    ]);
  });

  it('gives no marginal value to a row or column with no known cell, and counts unknown cells', () => {
    const unknowns = importCsvText(
      [
        'country,service,stakeholder,score',
        'T,A-1,NCSC,NA',
        'T,A-1,Academia,NA',
        'T,A-2,NCSC,NA',
        'T,A-2,Academia,2',
      ].join('\n'),
      { fileName: 'u.csv' },
    ).matrices[0]!;
    const total = buildHeatmapModel(unknowns, DEFAULT_HEATMAP_OPTIONS, 'en');
    expect(total.rowMarginals).toEqual([
      { value: null, unknown: 2 },
      { value: 2, unknown: 1 },
    ]);
    expect(total.columnMarginals).toEqual([
      { value: null, unknown: 2 },
      { value: 2, unknown: 1 },
    ]);
    const max = buildHeatmapModel(unknowns, opts({ marginal: 'max' }), 'en');
    expect(max.rowMarginals[0]).toEqual({ value: null, unknown: 2 });
    expect(buildHeatmapModel(unknowns, opts({ marginal: 'none' }), 'en').rowMarginals).toEqual([]);
  });

  it('aggregates a marginal from known cells only, blank counting as 0', () => {
    expect(aggregateMarginal([3, null, 'unknown', 5], 'total')).toEqual({ value: 8, unknown: 1 });
    expect(aggregateMarginal([3, null, 'unknown', 5], 'max')).toEqual({ value: 5, unknown: 1 });
    expect(aggregateMarginal([null, null], 'max')).toEqual({ value: 0, unknown: 0 });
    expect(aggregateMarginal([], 'total')).toEqual({ value: null, unknown: 0 });
  });

  it('keeps a category row under its expanded category when the matrix has both D and D-1', () => {
    const both = importCsvText(
      ['country,service,stakeholder,score', 'T,D,NCSC,5', 'T,D-1,NCSC,7', 'T,D-2,NCSC,2', 'T,A-1,NCSC,1'].join('\n'),
      { fileName: 'd.csv' },
    ).matrices[0]!;
    const m = buildHeatmapModel(both, opts({ granularity: 'category', expanded: ['D'] }), 'en');
    expect(m.rows.map((r) => [r.key, r.depth])).toEqual([
      ['category:A', 0],
      ['category:D', 0],
      ['D', 1],
      ['D-1', 1],
      ['D-2', 1],
    ]);
  });

  it('sorts rows by total or by one stakeholder, unknown after known scores', () => {
    expect(buildHeatmapModel(services, opts({ rowSort: 'total' }), 'en').rows.map((r) => r.key)).toEqual([
      'A-1',
      'D-2',
      'D-1',
      'custom:Cloud',
      'A-2',
    ]);
    expect(buildHeatmapModel(services, opts({ rowSort: 'stakeholder:academia' }), 'en').rows.map((r) => r.key)).toEqual(
      ['D-1', 'custom:Cloud', 'A-1', 'D-2', 'A-2'],
    );
  });

  it('orders columns by total or sector, hides rows and columns, and reports what is hidden', () => {
    const [japan] = loadBundledMatrices();
    const bySector = buildHeatmapModel(japan!, opts({ columnSort: 'sector' }), 'en');
    expect(bySector.columns.map((c) => c.sector)).toEqual([
      'government',
      'government',
      'government',
      'law-enforcement',
      'private',
      'private',
      'private',
      'private',
      'private',
      'academia',
    ]);
    const byTotal = buildHeatmapModel(japan!, opts({ columnSort: 'total' }), 'en');
    expect(byTotal.columns.slice(0, 2).map((c) => c.key)).toEqual(['private-csirt', 'private-soc']);
    const hidden = buildHeatmapModel(japan!, opts({ hiddenRows: ['B'], hiddenColumns: ['isac', 'ncsc'] }), 'en');
    expect(hidden.rows).toHaveLength(8);
    expect(hidden.columns).toHaveLength(8);
    expect([hidden.hiddenRowCount, hidden.hiddenColumnCount]).toEqual([1, 2]);
  });

  it('names rows and columns in the chosen language, with both languages for tooltips', () => {
    const [japan] = loadBundledMatrices();
    const ja = buildHeatmapModel(japan!, DEFAULT_HEATMAP_OPTIONS, 'ja');
    expect(ja.rows[3]!.name).toBe('インシデント対応');
    expect(ja.rows[3]!.nameEn).toBe('Incident response');
    expect(ja.columns[0]!.name).toBe('ナショナルサイバーセキュリティセンター');
  });
});

describe('row notes', () => {
  it("carry a row's rationale into the model for tooltips, after sorting", () => {
    const withNote = { ...services, rowNotes: { 'D-2': 'Decree 12/2024, art. 3' } };
    const m = buildHeatmapModel(withNote, opts({ rowSort: 'total' }), 'en');
    expect(m.rows.find((r) => r.key === 'D-2')!.rowNote).toBe('Decree 12/2024, art. 3');
    expect(m.rows.find((r) => r.key === 'A-1')!.rowNote).toBeUndefined();
  });
});
