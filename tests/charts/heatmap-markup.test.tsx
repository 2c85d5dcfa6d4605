import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Heatmap } from '../../src/charts/heatmap/Heatmap';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-types';

// Whole-markup guard on fixed data, as for the compare charts: the exported SVG is the product.
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const base: HeatmapInput = {
  rows: [
    {
      key: 'category:D',
      id: 'D',
      name: 'Incident handling and response coordination',
      expandable: true,
      expanded: true,
      sourceIndex: 1,
    },
    { key: 'D-2', id: 'D-2', name: 'Incident handling', depth: 1, sourceIndex: 0 },
    { key: 'custom:x', name: 'インシデント対応の調整', sourceIndex: 2 },
  ],
  columns: [
    { key: 'ncsc', name: 'NCSC' },
    { key: 'psirt', name: 'Product security incident response team' },
    { key: 'jp', name: 'ナショナルサイバーセキュリティセンター' },
  ],
  values: [
    [9, null, 2.5],
    ['unknown', 0, 10],
    [null, 4, 'unknown'],
  ],
  palette: 'ylgnbu',
  rowMarginals: [
    { value: 11.5, unknown: 0 },
    { value: 10, unknown: 1 },
    { value: 4, unknown: 1 },
  ],
  columnMarginals: [
    { value: 9, unknown: 1 },
    { value: 4, unknown: 0 },
    { value: null, unknown: 2 },
  ],
  captions: [
    'Categories are rolled up by their maximum.',
    'Source: a fixed test table long enough to wrap onto a second line when the chart is narrow enough for it to matter.',
  ],
  threshold: 3,
};

const cases: Record<string, { data: HeatmapInput; size?: { columnLabels?: 'slanted'; fontSize?: number } }> = {
  wrapped: { data: base },
  slanted: {
    data: { ...base, theme: 'dark', colorMode: 'brackets', brackets: [1, 4, 7, 10] },
    size: { columnLabels: 'slanted', fontSize: 18 },
  },
  empty: { data: { ...base, rows: [], values: [], rowMarginals: [], columnMarginals: [], captions: [] } },
};

function render(name: string): string {
  const c = cases[name]!;
  const svg = renderToStaticMarkup(createElement(Heatmap, { data: c.data, title: `Heatmap ${name}`, size: c.size }));
  if (process.env.HEATMAP_MARKUP_DUMP) writeFileSync(`${process.env.HEATMAP_MARKUP_DUMP}/${name}.svg`, svg);
  return svg;
}

describe('Heatmap markup', () => {
  it('renders the same SVG as before, byte for byte', () => {
    const got = Object.fromEntries(
      Object.keys(cases).map((n) => {
        const svg = render(n);
        return [n, { length: svg.length, sha256: sha256(svg) }];
      }),
    );
    // Changed deliberately once: the font stack is now the one every chart writes (CHART_FONT), which
    // adds 'Hiragino Kaku Gothic ProN' and 'Noto Sans JP'; nothing else in the markup moved.
    expect(got).toEqual({
      wrapped: { length: 11128, sha256: '4cb1de7c6ea5186cbd61ad7e57e3927a8a05fb47cd8d712d0efae3ef20ebd592' },
      slanted: { length: 10890, sha256: 'db3bafffe02b54f649eb5b2bfdff998e3c682648758f9a92af18e12d48e7f3f2' },
      empty: { length: 4104, sha256: 'ee6803bab6db7c6d198ceb1bf5b89877106fc2d73ad234f46fe4253598e26c23' },
    });
  });
});
