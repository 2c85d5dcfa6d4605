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
    // Changed deliberately twice: the font stack is now the one every chart writes (CHART_FONT); then (#15/#18)
    // what every cell's number shares (anchor, weight, size, ink) moved to the rows' group, `dy` into `y`, and
    // the cells lost their `data-*`, `tabindex`, `y="0"` and `opacity="1"`. The second time the three charts
    // were rasterised in Chromium before and after: the same pixels, to the byte.
    expect(got).toEqual({
      wrapped: { length: 10234, sha256: '50381013886cfeec88f64f2067164dda0e025a4561739aaff3afe9068ed63528' },
      slanted: { length: 9996, sha256: '303ce9f12dad7aa0f1247036fdf3a9c5a356a9bfd298f36f55c5911c166f90f3' },
      empty: { length: 4175, sha256: 'd39210491d1351992d9f1c54fa1bfea4fb6eb0108dcaf2c4a9d6f1cace2ed434' },
    });
  });
});
