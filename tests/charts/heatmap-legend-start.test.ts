import { describe, expect, it } from 'vitest';
import { layoutHeatmap } from '../../src/charts/heatmap/heatmap-layout';
import { PAD } from '../../src/charts/heatmap/heatmap-grid';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-types';

// Long row names push the grid right; the legend's keys under the grid then widened a 4:3 slide's chart.
const input: HeatmapInput = {
  rows: [{ key: 'F', id: 'F', name: 'Collection, analysis and evaluation of threat intelligence' }],
  columns: [
    { key: 'a', name: 'NCSC' },
    { key: 'b', name: 'PSIRT' },
  ],
  values: [[10, 5]],
  palette: 'projector',
};
const size = { fontSize: 24, maxRowLabelWidth: 720, cellWidth: 48, cellHeight: 34, smallScale: 1 } as const;

describe('heatmap legend at the start (slides)', () => {
  it('starts the legend under the row names, and the chart is narrower for it', () => {
    const under = layoutHeatmap(input, size);
    const start = layoutHeatmap(input, { ...size, legendAtStart: true });
    expect(under.legend.x).toBe(under.gridX);
    expect(start.legend.x).toBe(PAD);
    expect(start.legend.blankKey.x - start.legend.x).toBe(under.legend.blankKey.x - under.legend.x);
    expect(start.width).toBeLessThan(under.width - 100);
    expect(start.height).toBe(under.height);
  });
});
