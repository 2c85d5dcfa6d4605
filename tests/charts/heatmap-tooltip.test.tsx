// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Heatmap } from '../../src/charts/heatmap/Heatmap';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-types';

const make = (country: string, cols: number): HeatmapInput => ({
  rows: [{ key: 'A', id: 'A', name: 'Strategic management' }],
  columns: Array.from({ length: cols }, (_, i) => ({ key: `c${i}`, name: `Stakeholder ${i}` })),
  values: [Array.from({ length: cols }, (_, i) => i)],
  palette: 'ylgnbu',
  captions: [country],
});

describe('heatmap tooltip', () => {
  it('opens on the cell under the pointer and closes when the data change under it (another country)', () => {
    const tooltip = (r: number, c: number) => `row ${r}, column ${c}`;
    const a = make('A', 10);
    const { container, rerender } = render(<Heatmap data={a} title="A" tooltip={tooltip} />);
    const cells = container.querySelectorAll('[role="gridcell"]');
    fireEvent.pointerOver(cells[9]!);
    expect(screen.getByRole('tooltip').textContent).toBe('row 0, column 9');
    // Same data again (a re-render): the tooltip stays.
    rerender(<Heatmap data={a} title="A" tooltip={tooltip} />);
    expect(screen.getByRole('tooltip').textContent).toBe('row 0, column 9');
    // Another country with fewer columns: column 9 no longer exists, and no empty tooltip is left behind.
    rerender(<Heatmap data={make('B', 3)} title="B" tooltip={tooltip} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('follows the keyboard focus when new data arrive under the focused cell (saved work read after the first screen)', () => {
    const tooltip = (r: number, c: number) => `row ${r}, column ${c}`;
    const { container, rerender } = render(<Heatmap data={make('A', 10)} title="A" tooltip={tooltip} />);
    // The grid's one tab stop is its first cell; the arrow keys move it, as a keyboard user does.
    const stop = container.querySelector<SVGGElement>('[tabindex="0"]')!;
    expect(stop).toBe(container.querySelector('[role="gridcell"]'));
    act(() => stop.focus());
    fireEvent.keyDown(stop, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(container.querySelectorAll('[role="gridcell"]')[2]);
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(screen.getByRole('tooltip').textContent).toBe('row 0, column 2');
    // The same country again, as new objects: the focused cell still shows its tooltip.
    rerender(<Heatmap data={make('A', 10)} title="A" tooltip={tooltip} />);
    expect(document.activeElement?.getAttribute('role')).toBe('gridcell');
    expect(screen.getByRole('tooltip').textContent).toBe('row 0, column 2');
    // Fewer columns: the focused cell is gone with its tooltip.
    rerender(<Heatmap data={make('B', 1)} title="B" tooltip={tooltip} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
