import { describe, expect, it } from 'vitest';
import {
  buildHeatmapModel,
  DEFAULT_HEATMAP_OPTIONS,
  heatmapInputFromModel,
} from '../../src/charts/heatmap/heatmap-model';
import { importCsvText } from '../../src/io/csv-import';

const matrix = importCsvText(
  ['country,service,stakeholder,score', 'T,A-1,NCSC,4', 'T,A-2,NCSC,NA', 'T,D-1,NCSC,9'].join('\n'),
  { fileName: 't.csv' },
).matrices[0]!;
const draw = {
  palette: 'ylgnbu',
  theme: 'light',
  captions: ['source'],
  colorMode: 'continuous',
  brackets: [1, 4, 7, 10],
  threshold: 2,
} as const;

describe('heatmapInputFromModel', () => {
  const rolled = buildHeatmapModel(
    matrix,
    { ...DEFAULT_HEATMAP_OPTIONS, granularity: 'category', rowSort: 'total' },
    'en',
  );

  it('carries rows, values, marginals and drawing choices from the model', () => {
    const input = heatmapInputFromModel(rolled, draw);
    expect(input.rows.map((r) => [r.key, r.expandable, r.sourceIndex])).toEqual([
      ['category:D', true, 1],
      ['category:A', true, 0],
    ]);
    expect(input.values).toEqual([[9], [4]]);
    expect(input.rowMarginals).toBe(rolled.rowMarginals);
    expect([input.palette, input.theme, input.colorMode, input.threshold]).toEqual([
      'ylgnbu',
      'light',
      'continuous',
      2,
    ]);
  });

  it('draws no expand markers when not interactive', () => {
    expect(heatmapInputFromModel(rolled, { ...draw, interactive: false }).rows.every((r) => !r.expandable)).toBe(true);
  });

  it('adds the margin caption only when a margin has unknown cells', () => {
    const asIs = buildHeatmapModel(matrix, DEFAULT_HEATMAP_OPTIONS, 'en');
    expect(heatmapInputFromModel(asIs, { ...draw, unknownMarginCaption: 'm' }).captions).toEqual(['source', 'm']);
    expect(heatmapInputFromModel(rolled, { ...draw, unknownMarginCaption: 'm' }).captions).toEqual(['source']);
  });
});
