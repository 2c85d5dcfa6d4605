// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Heatmap } from '../../src/charts/heatmap/Heatmap';
import { heatmapText } from '../../src/charts/heatmap/heatmap-model';
import { layoutHeatmap } from '../../src/charts/heatmap/heatmap-layout';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-types';

// A sort moves rows, never redraws them: each row is placed by its group's transform, and a row whose
// contents did not change is not rendered again (2,560 cells at 64 × 40). A palette switch changes only
// custom properties on the rows' group: each cell carries the class of its score (heatmap-value-classes.ts).
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

/** What changes in the grid's rows while `change` runs: "row transform", "rect attributes" … */
async function changesIn(container: HTMLElement, change: () => void): Promise<string[]> {
  const changed: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      const what = el.getAttribute?.('role') === 'row' ? 'row' : (el.getAttribute?.('class') ?? el.nodeName);
      changed.push(`${what} ${r.attributeName ?? r.type}`);
    }
  });
  observer.observe(container.querySelector('.heatmap-rows')!, {
    subtree: true,
    attributes: true,
    childList: true,
    characterData: true,
  });
  change();
  await Promise.resolve();
  observer.disconnect();
  return changed;
}

describe('heatmap sort', () => {
  it('changes only the rows’ place (transform, aria-rowindex), nothing inside them', async () => {
    const unsorted = rows.map((_, i) => i);
    const sorted = [...unsorted].sort((a, b) => ((b * 5) % N_ROWS) - ((a * 5) % N_ROWS));
    const { container, rerender } = render(<Heatmap data={input(unsorted)} title="T" />);
    const changed = await changesIn(container, () => rerender(<Heatmap data={input(sorted)} title="T" />));
    expect(new Set(changed)).toEqual(new Set(['row transform', 'row aria-rowindex']));
    // The visual order follows the sort: the row drawn first is the one sorted first.
    const first = container.querySelector('[aria-rowindex="2"] [role="rowheader"]');
    expect(first?.getAttribute('aria-label')).toBe(`R${sorted[0]} ${rows[sorted[0]!]!.name}`);
  });

  it('a palette switch changes only the palette on the rows’ group: no row or cell is drawn again', async () => {
    const order = rows.map((_, i) => i);
    // As the app draws it: the text names the palette (the legend's words), so it changes too. A row drawn
    // again names its cells again: count those calls.
    let described = 0;
    const describeCell = (row: string, column: string, value: string) => (described++, `${row}, ${column}: ${value}`);
    const text = (p: HeatmapInput['palette']) => ({ ...heatmapText('en', p), describeCell });
    const { container, rerender } = render(<Heatmap data={input(order)} title="T" text={text('ylgnbu')} />);
    expect(described).toBe(N_ROWS * 8);
    const rowsGroup = container.querySelector<SVGGElement>('.heatmap-rows')!;
    const before = rowsGroup.style.getPropertyValue('--vc-7');
    const changed = await changesIn(container, () =>
      rerender(<Heatmap data={input(order, 'projector')} title="T" text={text('projector')} />),
    );
    expect(new Set(changed)).toEqual(new Set(['heatmap-rows style']));
    expect(described).toBe(N_ROWS * 8);
    // The palette did change: the class of score 7 (the eighth value drawn, 0–10) has the projector's colour.
    expect(before).toBe(layoutHeatmap(input(order)).cells.find((c) => c.score === 7)!.fill);
    expect(rowsGroup.style.getPropertyValue('--vc-7')).toBe(
      layoutHeatmap(input(order, 'projector')).cells.find((c) => c.score === 7)!.fill,
    );
    expect(container.querySelectorAll('.vc-7').length).toBe(values.flat().filter((v) => v === 7).length);
  });
});
