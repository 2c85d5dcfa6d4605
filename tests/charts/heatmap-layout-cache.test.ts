import { describe, expect, it } from 'vitest';
import { createHeatmapLayoutCache, samePlaces } from '../../src/charts/heatmap/heatmap-layout-cache';
import { layoutHeatmap } from '../../src/charts/heatmap/heatmap-layout';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-types';
import { estimateTextWidth, textWidthEm, wrapText } from '../../src/charts/text-measure';

const input: HeatmapInput = {
  rows: [
    { key: 'A', id: 'A', name: 'Strategic management of CDC' },
    { key: 'custom:x', name: 'A custom row' },
  ],
  columns: [
    { key: 'ncsc', name: 'NCSC' },
    { key: 'academia', name: 'Academia' },
  ],
  values: [
    [10, null],
    [0, 'unknown'],
  ],
  palette: 'ylgnbu',
  rowMarginals: [
    { value: 10, unknown: 0 },
    { value: 0, unknown: 1 },
  ],
};
const text = { blank: 'blank' };

describe('createHeatmapLayoutCache', () => {
  it('re-colours the last geometry on a palette, theme, threshold or score change: same label and bar objects', () => {
    const cache = createHeatmapLayoutCache();
    const first = cache.layout(input, undefined, text);
    const changes: HeatmapInput[] = [
      { ...input, rows: input.rows.map((r) => ({ ...r })), palette: 'projector' },
      { ...input, theme: 'dark' },
      { ...input, threshold: 5 },
      { ...input, colorMode: 'brackets', brackets: [1, 4, 7, 10] },
      {
        ...input,
        values: [
          [3, 4],
          [5, 6],
        ],
      },
    ];
    for (const changed of changes) {
      const next = cache.layout(changed, {}, text);
      expect(next.rowLabels).toBe(first.rowLabels);
      expect(next.columnLabels).toBe(first.columnLabels);
      expect(next.rowBars).toBe(first.rowBars);
      // …and draws exactly what a fresh layout draws.
      expect(next).toEqual(layoutHeatmap(changed, {}, text));
    }
  });

  it('lays out again when rows move, columns change, marginals change or sizes change', () => {
    const cache = createHeatmapLayoutCache();
    const first = cache.layout(input, undefined, text);
    const sorted: HeatmapInput = { ...input, rows: [...input.rows].reverse(), values: [...input.values].reverse() };
    const renamed: HeatmapInput = { ...input, columns: [input.columns[0]!, { key: 'academia', name: 'Universities' }] };
    const margins: HeatmapInput = {
      ...input,
      rowMarginals: [
        { value: 3, unknown: 0 },
        { value: 0, unknown: 1 },
      ],
    };
    for (const [changed, size] of [
      [sorted, {}],
      [renamed, {}],
      [margins, {}],
      [input, { fontSize: 12 }],
    ] as const) {
      const next = cache.layout(changed, size, text);
      expect(next.rowLabels).not.toBe(first.rowLabels);
      expect(next).toEqual(layoutHeatmap(changed, size, text));
    }
  });

  it('compares rows, columns and marginals by what is placed, not by identity', () => {
    expect(samePlaces(input, { ...input, rows: input.rows.map((r) => ({ ...r })) })).toBe(true);
    expect(samePlaces(input, { ...input, rows: [input.rows[0]!, { ...input.rows[1]!, expanded: true }] })).toBe(false);
    expect(samePlaces(input, { ...input, rowMarginals: undefined })).toBe(false);
  });
});

describe('textWidthEm', () => {
  it('gives the same widths from its cache as measured the first time', () => {
    const w = estimateTextWidth('Certificate Vendor 認証局', 15, true);
    expect(estimateTextWidth('Certificate Vendor 認証局', 15, true)).toBe(w);
    expect(textWidthEm('Certificate Vendor 認証局') * 15 * 1.14).toBe(w);
  });
});

describe('wrapText', () => {
  it('answers a wrap asked before with the same lines, from its cache', () => {
    const a = wrapText('Strategic management of cyber defense centers', 120, 15, 3);
    const b = wrapText('Strategic management of cyber defense centers', 120, 15, 3);
    expect(b).toBe(a);
    expect(wrapText('Strategic management of cyber defense centers', 121, 15, 3)).not.toBe(a);
    expect(a.lines.length).toBeGreaterThan(1);
  });
});
