import { describe, expect, it } from 'vitest';
import { differenceColor, layoutDifference, type DifferenceInput } from '../../src/charts/compare/difference-layout';
import { layoutGridFrame } from '../../src/charts/compare/grid-frame';
import { formatSigned } from '../../src/charts/compare/legend';
import { layoutMetricBars, SERIES_COLORS } from '../../src/charts/compare/metric-bars-layout';
import { layoutSmallMultiples, type SmallMultiplesInput } from '../../src/charts/compare/small-multiples-layout';
import { relativeLuminance, scoreColorScale } from '../../src/charts/color-scales';
import { estimateTextWidth } from '../../src/charts/text-measure';
import { alignMatrices, diffMatrices } from '../../src/domain/compare';
import type { RoleMatrix } from '../../src/domain/matrix';
import { importCsvText } from '../../src/io/csv-import';

function wide(country: string, text: string): RoleMatrix {
  const m = importCsvText(text, { fileName: `${country}.csv` }).matrices[0];
  if (!m) throw new Error(`${country} did not import`);
  return { ...m, id: country };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const rows = [
  { key: 'A', id: 'A', name: 'Strategic management of CDC' },
  { key: 'B', id: 'B', name: 'Real-time analysis' },
];
const columns = [
  { key: 'ncsc', name: 'NCSC' },
  { key: 'psirt', name: 'PSIRT' },
];

describe('layoutGridFrame', () => {
  it('lines panels up row by row and column by column', () => {
    const f = layoutGridFrame(rows, columns, 3, {
      cellWidth: 40,
      cellHeight: 38,
      columnLabels: 'rotated',
      panelGap: 20,
    });
    expect(f.panels).toHaveLength(3);
    expect(f.panels[1]!.x - f.panels[0]!.x).toBe(2 * 40 + 20);
    expect(f.panels[2]!.x - f.panels[1]!.x).toBe(2 * 40 + 20);
    expect(f.rowY).toEqual([f.gridY + 1.5, f.gridY + 38 + 1.5]);
    expect(f.columnX).toEqual([1.5, 41.5]);
    // Row labels are drawn once, left of the first panel.
    expect(f.rowLabels).toHaveLength(2);
    expect(Math.max(...f.rowLabels.map((l) => l.x + estimateTextWidth(l.lines[0]!, f.fontSize)))).toBeLessThanOrEqual(
      f.panels[0]!.x,
    );
    expect(f.columnLabelAngle).toBe(-45);
    // Slanted labels reach past the last panel; the frame's right edge includes them.
    expect(f.right).toBeGreaterThan(f.panels[2]!.x + f.panelWidth);
  });
  it('cuts a long rotated label with "…" and keeps the whole name', () => {
    const f = layoutGridFrame(rows, [{ key: 'x', name: 'ナショナルサイバーセキュリティセンター' }], 1, {
      columnLabels: 'rotated',
      fontSize: 14,
      maxColumnLabelWidth: 120,
    });
    const label = f.panels[0]!.columnLabels[0]!;
    expect(label.lines).toHaveLength(1);
    expect(label.lines[0]).toMatch(/…$/);
    expect(label.full).toBe('ナショナルサイバーセキュリティセンター');
  });
  it('widens level (wrapped) columns to their longest word', () => {
    const f = layoutGridFrame(rows, [{ key: 'x', name: 'Internationalisation' }], 1, { cellWidth: 40, fontSize: 15 });
    expect(f.cellWidth + 3).toBeGreaterThanOrEqual(estimateTextWidth('Internationalisation', 15, true) + 12);
    expect(f.columnLabelAngle).toBe(0);
  });
});

describe('layoutSmallMultiples', () => {
  const kenya = wide('Kenya', 'Service,NCSC,PSIRT\nA,10,\nB,NA,2.5\n');
  const ghana = wide('Ghana', 'Service,NCSC,ISAC\nA,4,0\n');
  const aligned = alignMatrices([kenya, ghana]);
  const input: SmallMultiplesInput = {
    rows: aligned.rows.map((r) => ({ key: r.key, id: r.key, name: r.label })),
    columns: aligned.stakeholders.map((s) => ({ key: s.key, name: s.name })),
    panels: aligned.countries.map((c) => ({ key: c.matrix.id, title: c.matrix.country, values: c.cells })),
    palette: 'ylgnbu',
    legend: {
      caption: 'Score 0–10',
      blank: 'blank = not involved',
      unknown: '? = unknown',
      absent: 'dashed = not in this table',
    },
  };
  const layout = layoutSmallMultiples(input);
  const at = (panel: number, row: number, col: number) =>
    layout.cells.find((c) => c.panel === panel && c.row === row && c.col === col)!;

  it('draws every panel on the union grid: 2 panels × 2 rows × 3 columns', () => {
    expect(layout.cells).toHaveLength(12);
    expect(layout.panelTitles.map((p) => p.title)).toEqual(['Kenya', 'Ghana']);
  });
  it('keeps blank, unknown, 0 and absent apart', () => {
    expect([at(0, 0, 0), at(0, 0, 1), at(0, 0, 2)].map((c) => [c.kind, c.text])).toEqual([
      ['score', '10'],
      ['blank', ''],
      ['absent', ''],
    ]);
    expect([at(0, 1, 0), at(0, 1, 1)].map((c) => [c.kind, c.text])).toEqual([
      ['unknown', '?'],
      ['score', '2.5'],
    ]);
    // Ghana has no row B and no PSIRT; its explicit 0 for ISAC is a score, printed as 0.
    expect([at(1, 1, 0).kind, at(1, 0, 1).kind, at(1, 0, 2).kind, at(1, 0, 2).text]).toEqual([
      'absent',
      'absent',
      'score',
      '0',
    ]);
    expect(at(0, 0, 2).fill).toBe('none');
  });
  it('colours every panel on one shared scale', () => {
    const color = scoreColorScale('ylgnbu');
    expect(at(0, 0, 0).fill).toBe(color(10));
    expect(at(1, 0, 0).fill).toBe(color(4));
    expect(layout.legend.stops[10]!.color).toBe(color(10));
  });
  it('aligns the same row and column at the same y and offset in every panel', () => {
    const [p0, p1] = [at(0, 0, 0), at(1, 0, 0)];
    expect(p0.y).toBe(p1.y);
    expect(round(p1.x - p0.x)).toBe(round(layout.frame.panels[1]!.x - layout.frame.panels[0]!.x));
  });
  it('places the legend swatches without overlap, below the grid', () => {
    const [blank, unknown, absent] = layout.legend.swatches;
    expect(blank!.textX + estimateTextWidth('blank = not involved', layout.frame.fontSize * 0.95)).toBeLessThan(
      unknown!.x,
    );
    expect(unknown!.textX + estimateTextWidth('? = unknown', layout.frame.fontSize * 0.95)).toBeLessThan(absent!.x);
    expect(layout.legend.y).toBeGreaterThan(layout.frame.gridY + layout.frame.gridHeight);
    expect(layout.width).toBeGreaterThanOrEqual(Math.ceil(absent!.textX));
  });
  it('gives a stable geometry on fixed data (rounded)', () => {
    expect({
      width: layout.width,
      height: layout.height,
      first: [at(0, 0, 0).x, at(0, 0, 0).y, at(0, 0, 0).width].map(round),
    }).toMatchInlineSnapshot(`
      {
        "first": [
          87.5,
          107.5,
          37,
        ],
        "height": 270,
        "width": 821,
      }
    `);
  });
});

describe('layoutDifference', () => {
  const asIs = wide('As is', 'Service,NCSC,PSIRT\nA,10,\nB,NA,4\nC,,\n');
  const toBe = wide('To be', 'Service,NCSC,ISAC,PSIRT\nA,6,5,\nB,8,,7\nC,,,\n');
  const diff = diffMatrices(toBe, asIs);
  const input: DifferenceInput = {
    rows: diff.rows.map((r) => ({ key: r.key, id: r.key, name: r.label })),
    columns: diff.stakeholders.map((s) => ({ key: s.key, name: s.name })),
    cells: diff.cells,
    legend: {
      caption: 'To be − As is',
      aHigher: 'To be higher →',
      bHigher: '← As is higher',
      blank: 'neither',
      unknown: '? = unknown',
      absent: 'absent',
    },
  };
  const layout = layoutDifference(input);
  const at = (row: number, col: number) => layout.cells.find((c) => c.row === row && c.col === col)!;

  it('prints signed differences and marks unknown and absent cells without a number', () => {
    // Columns: NCSC, PSIRT, ISAC (standard order).
    expect(diff.stakeholders.map((s) => s.key)).toEqual(['ncsc', 'psirt', 'isac']);
    expect([at(0, 0).text, at(0, 0).kind]).toEqual(['\u22124', 'diff']);
    expect([at(1, 0).text, at(1, 0).kind]).toEqual(['?', 'unknown']);
    expect([at(1, 1).text, at(1, 1).kind]).toEqual(['+3', 'diff']);
    expect([at(0, 2).text, at(0, 2).kind]).toEqual(['', 'absent']);
    expect([at(2, 0).text, at(2, 0).kind]).toEqual(['', 'blank']);
  });
  it('colours A higher orange, B higher purple, equal near-white, symmetrically', () => {
    const plus = differenceColor(10);
    const minus = differenceColor(-10);
    expect(plus).toBe('#7f3b08');
    expect(minus).toBe('#2d004b');
    expect(relativeLuminance(differenceColor(0))).toBeGreaterThan(0.8);
    expect(Math.abs(relativeLuminance(differenceColor(5)) - relativeLuminance(differenceColor(-5)))).toBeLessThan(0.15);
    expect(at(1, 1).fill).toBe(differenceColor(3));
  });
  it('states the direction under the two ends of the ramp, never overlapping', () => {
    const { aHigher, bHigher, x, rampWidth } = layout.legend;
    expect(bHigher).toEqual({ x, text: '← As is higher' });
    expect(aHigher.text).toBe('To be higher →');
    expect(round(aHigher.x + estimateTextWidth('To be higher →', layout.frame.fontSize * 0.95, true))).toBe(
      round(x + rampWidth),
    );
    expect(aHigher.x).toBeGreaterThan(
      bHigher.x + estimateTextWidth('← As is higher', layout.frame.fontSize * 0.95, true),
    );
    expect(layout.legend.ticks.map((t) => t.label)).toEqual(['\u221210', '\u22125', '0', '+5', '+10']);
  });
  it('widens the ramp for long country names', () => {
    const long = layoutDifference({
      ...input,
      legend: {
        ...input.legend,
        aHigher: 'United Kingdom of Great Britain higher →',
        bHigher: '← Democratic Republic of the Congo higher',
      },
    });
    expect(long.legend.rampWidth).toBeGreaterThan(320);
    expect(long.legend.aHigher.x).toBeGreaterThan(
      long.legend.bHigher.x +
        estimateTextWidth('← Democratic Republic of the Congo higher', long.frame.fontSize * 0.95, true),
    );
  });
});

describe('formatSigned', () => {
  it('uses a true minus sign and a plus', () => {
    expect([formatSigned(3), formatSigned(-2.5), formatSigned(0), formatSigned(1.25)]).toEqual([
      '+3',
      '\u22122.5',
      '0',
      '+1.3',
    ]);
  });
});

describe('layoutMetricBars', () => {
  const layout = layoutMetricBars(
    {
      series: [
        { key: 'jp', label: 'Japan' },
        { key: 'sg', label: 'Singapore' },
      ],
      metrics: [
        { key: 'ncscShare', title: 'NCSC share', max: 1, values: [0.25, 0.5], texts: ['25 %', '50 %'] },
        { key: 'otherShare', title: 'Other share', max: 1, values: [undefined, 0], texts: ['—', '0 %'] },
      ],
    },
    { panelWidth: 300, panelsPerRow: 1 },
  );
  it('draws bars proportional to the value over the metric maximum', () => {
    const [jp, sg] = layout.panels[0]!.bars;
    expect(round(sg!.width / jp!.width)).toBe(2);
    expect(jp!.x).toBe(sg!.x);
    expect([jp!.color, sg!.color]).toEqual([SERIES_COLORS[0], SERIES_COLORS[1]]);
  });
  it('draws no bar for an undefined value but prints its text', () => {
    const [none, zero] = layout.panels[1]!.bars;
    expect([none!.width, none!.text, none!.value]).toEqual([0, '—', undefined]);
    expect([zero!.width, zero!.text, zero!.value]).toEqual([0, '0 %', 0]);
  });
  it('stacks panels one per row when asked', () => {
    expect(layout.panels[1]!.y).toBeGreaterThan(layout.panels[0]!.y + layout.panels[0]!.height);
    expect(layout.panels[1]!.x).toBe(layout.panels[0]!.x);
  });
});
