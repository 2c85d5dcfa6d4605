// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Heatmap } from '../../src/charts/heatmap/Heatmap';
import { heatmapText } from '../../src/charts/heatmap/heatmap-model';
import { layoutHeatmap } from '../../src/charts/heatmap/heatmap-layout';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-types';

// A sort moves rows, never redraws them: each row is placed by its group's transform, and a row whose
// contents did not change is not rendered again (2,560 cells at 64 × 40).
const N_ROWS = 30;
const rows = Array.from({ length: N_ROWS }, (_, i) => ({
  key: `r${i}`,
  id: `R${i}`,
  name: i % 3 ? `Service ${i}` : `A service with a name long enough to wrap onto two lines ${i}`,
  sourceIndex: i,
}));
const values = rows.map((_, i) => Array.from({ length: 8 }, (_, c) => (i * 7 + c * 3) % 11));
const input = (order: readonly number[], palette: HeatmapInput['palette'] = 'ylgnbu'): HeatmapInput => ({
  rows: order.map((i) => rows[i]!),
  columns: Array.from({ length: 8 }, (_, c) => ({ key: `c${c}`, name: `Stakeholder ${c}` })),
  values: order.map((i) => values[i]!),
  palette,
});

describe('heatmap sort', () => {
  it('changes only the rows’ place (transform, aria-rowindex), nothing inside them', async () => {
    const unsorted = rows.map((_, i) => i);
    const sorted = [...unsorted].sort((a, b) => ((b * 5) % N_ROWS) - ((a * 5) % N_ROWS));
    const { container, rerender } = render(<Heatmap data={input(unsorted)} title="T" />);
    const changed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        changed.push(el.getAttribute?.('role') === 'row' ? `row ${r.attributeName}` : `${el.nodeName} ${r.type}`);
      }
    });
    observer.observe(container.querySelector('.heatmap-rows')!, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
    rerender(<Heatmap data={input(sorted)} title="T" />);
    await Promise.resolve();
    observer.disconnect();
    expect(new Set(changed)).toEqual(new Set(['row transform', 'row aria-rowindex']));
    // The visual order follows the sort: the row drawn first is the one sorted first.
    const first = container.querySelector('[aria-rowindex="2"] [role="rowheader"]');
    expect(first?.getAttribute('aria-label')).toBe(`R${sorted[0]} ${rows[sorted[0]!]!.name}`);
  });

  it('a palette switch draws no row again, and every cell shows the new palette', () => {
    const order = rows.map((_, i) => i);
    // As the app draws it: the text names the palette, so it changes too. A row drawn again names its cells again.
    let described = 0;
    const describeCell = (row: string, column: string, value: string) => (described++, `${row}, ${column}: ${value}`);
    const text = (p: HeatmapInput['palette']) => ({ ...heatmapText('en', p), describeCell });
    const { container, rerender } = render(<Heatmap data={input(order)} title="T" text={text('ylgnbu')} />);
    expect(described).toBe(N_ROWS * 8);
    const drawn = () =>
      [...container.querySelectorAll('.heatmap-cell')].map((g) => [
        g.querySelector('rect')!.getAttribute('fill'),
        g.querySelector('text')?.getAttribute('fill') ?? null,
      ]);
    const expected = (p: HeatmapInput['palette']) =>
      layoutHeatmap(input(order, p)).cells.map((c) => [
        c.fill,
        c.text ? (c.textColor === '#000000' ? null : c.textColor) : null,
      ]);
    expect(drawn()).toEqual(expected('ylgnbu'));
    for (const p of ['projector', 'viridis', 'ylgnbu'] as const) {
      rerender(<Heatmap data={input(order, p)} title="T" text={text(p)} />);
      expect(drawn(), p).toEqual(expected(p));
    }
    expect(described).toBe(N_ROWS * 8);
    // A row drawn again for another reason (its name) draws the palette shown, not the one it was first drawn in.
    const original = rows[0]!;
    rows[0] = { ...original, name: 'Renamed' };
    rerender(<Heatmap data={input(order, 'ylgnbu')} title="T" text={text('ylgnbu')} />);
    expect(drawn()).toEqual(expected('ylgnbu'));
    expect(described).toBe(N_ROWS * 8 + 8);
    rows[0] = original;
  });
});
