// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Heatmap } from '../../src/charts/heatmap/Heatmap';
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
const input = (order: readonly number[]): HeatmapInput => ({
  rows: order.map((i) => rows[i]!),
  columns: Array.from({ length: 8 }, (_, c) => ({ key: `c${c}`, name: `Stakeholder ${c}` })),
  values: order.map((i) => values[i]!),
  palette: 'ylgnbu',
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
});
