import { createHash } from 'node:crypto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DifferenceHeatmap } from '../../src/charts/compare/DifferenceHeatmap';
import type { DifferenceInput } from '../../src/charts/compare/difference-layout';
import type { GridColumnInput, GridRowInput } from '../../src/charts/compare/grid-frame';
import { MetricBars } from '../../src/charts/compare/MetricBars';
import type { MetricBarsInput } from '../../src/charts/compare/metric-bars-layout';
import { SmallMultiples } from '../../src/charts/compare/SmallMultiples';
import type { SmallMultiplesInput } from '../../src/charts/compare/small-multiples-layout';

// Whole-markup snapshots on fixed data: the exported SVG files are the product, so any change to
// them, however small, should be a deliberate one. The hash keeps the expectation short; the
// structural checks below say roughly what broke when it does not match.

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// Rows with and without ids, a name long enough to wrap, and a Japanese one; columns with a name
// that wraps when level and is cut when slanted.
const rows: GridRowInput[] = [
  { key: 'A', id: 'A', name: 'Strategic management of cyber defence capabilities across sectors' },
  { key: 'B', id: 'B-2', name: 'Real-time analysis' },
  { key: 'custom-1', name: 'インシデント対応の調整' },
];
const columns: GridColumnInput[] = [
  { key: 'ncsc', name: 'NCSC' },
  { key: 'psirt', name: 'Product security incident response team' },
  { key: 'isac', name: 'ナショナルサイバーセキュリティセンター' },
];

const smallMultiples: SmallMultiplesInput = {
  rows,
  columns,
  panels: [
    { key: 'jp', title: 'Japan', values: [[10, null, 'absent'], ['unknown', 2.5, 0], [7]] },
    {
      key: 'sg',
      title: 'Singapore',
      values: [
        [4, 0, 3],
        ['absent', 'absent', 'absent'],
      ],
    },
  ],
  palette: 'ylgnbu',
  legend: {
    caption: 'Score 0–10 (YlGnBu)',
    blank: 'blank = not involved',
    unknown: '? = unknown',
    absent: 'dashed = not in this table',
  },
};

const difference: DifferenceInput = {
  rows,
  columns,
  cells: [
    [
      { kind: 'diff', a: 10, b: 4, value: 6 },
      { kind: 'diff', a: 0, b: 0, value: 0 },
      { kind: 'absent', side: 'a' },
    ],
    [
      { kind: 'unknown', side: 'a' },
      { kind: 'diff', a: 2.5, b: 5, value: -2.5 },
      { kind: 'diff', a: 3, b: 3, value: 0 },
    ],
  ],
  legend: {
    caption: 'Japan − Singapore (blank = 0)',
    bHigher: '← Singapore higher',
    aHigher: 'Japan higher →',
    blank: 'neither',
    unknown: '? = unknown',
    absent: 'absent',
  },
};

function renderSmallMultiples(): string {
  return renderToStaticMarkup(
    createElement(SmallMultiples, {
      data: smallMultiples,
      title: 'Japan and Singapore',
      describeCell: (panel, row, column, value) => `${panel}: ${row}, ${column}: ${String(value)}`,
    }),
  );
}

function renderDifference(): string {
  return renderToStaticMarkup(
    createElement(DifferenceHeatmap, {
      data: difference,
      title: 'Japan − Singapore',
      describeCell: (row, column, cell) => `${row}, ${column}: ${cell.kind}`,
    }),
  );
}

describe('SmallMultiples markup', () => {
  const svg = renderSmallMultiples();
  it('draws the labels once per row and once per column per panel', () => {
    expect(svg.match(/<g class="row-labels"/g)).toHaveLength(1);
    expect(svg).toContain('<text x="12" y="');
    expect(svg.match(/transform="rotate\(-45 /g)).toHaveLength(2 * columns.length);
  });
  it('renders the same SVG as before, byte for byte', () => {
    expect({ length: svg.length, sha256: sha256(svg) }).toEqual({
      length: 10383,
      sha256: '845c17f73e395cfca7053442a86baad36d6e7d49c10a984c7990de90db9c7cec',
    });
  });
});

describe('DifferenceHeatmap markup', () => {
  const svg = renderDifference();
  it('draws level, wrapped column labels', () => {
    expect(svg).toContain('<g class="column-labels" text-anchor="middle"');
    expect(svg).not.toContain('rotate(-45');
  });
  it('renders the same SVG as before, byte for byte', () => {
    // Changed deliberately: Japanese headings now wrap between words (ナショナル / サイバー / セキュリテ…).
    expect({ length: svg.length, sha256: sha256(svg) }).toEqual({
      length: 7822,
      sha256: 'b70777f0959b92b2128baea318111b5d26cb9fa272910d269194eed283910098',
    });
    expect([...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1])).toContain('サイバー');
  });
});

const metricBars: MetricBarsInput = {
  series: [
    { key: 'jp', label: 'Japan' },
    { key: 'sg', label: 'シンガポール' },
  ],
  metrics: [
    { key: 'coverage', title: 'Coverage', max: 1, values: [0.75, undefined], texts: ['75%', '—'] },
    { key: 'meanHhi', title: 'Mean concentration (HHI)', max: 1, values: [0.31, 0.5], texts: ['0.31', '0.50'] },
  ],
};

describe('MetricBars markup', () => {
  const svg = renderToStaticMarkup(createElement(MetricBars, { data: metricBars, title: 'Metrics' }));
  it('draws one panel per metric and no bar for an undefined value', () => {
    expect(svg.match(/class="metric-panel"/g)).toHaveLength(2);
    expect(svg).toContain('aria-label="シンガポール: —"');
  });
  it('renders the same SVG as before, byte for byte', () => {
    expect({ length: svg.length, sha256: sha256(svg) }).toEqual({
      length: 2312,
      sha256: 'a036f7b86636d54222a7eaf22c5ee0feab82a1b2497599e28bd5f30ee408b32c',
    });
  });
});
