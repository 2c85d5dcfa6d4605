import { describe, expect, it } from 'vitest';
import { layoutGridFrame } from '../../src/charts/compare/grid-frame';
import { layoutHeatmap } from '../../src/charts/heatmap/heatmap-layout';

// A slide that keys its rows under the chart draws them by id alone (idOnly): the header keeps the whole name.
const rows = [
  { key: 'a', id: 'A', name: 'Strategic management of CDC', idOnly: true },
  { key: 'b', id: 'B', name: 'Real-time analysis', idOnly: true },
];
const columns = [{ key: 'ncsc', name: 'NCSC' }];

describe('rows drawn by id alone', () => {
  it('draw no name lines in a comparison grid, keep their whole name and sit on the band’s middle line', () => {
    const frame = layoutGridFrame(rows, columns, 1, { fontSize: 18, cellHeight: 40, rowPad: 4 });
    const named = layoutGridFrame(
      rows.map(({ idOnly: _, ...r }) => r),
      columns,
      1,
      { fontSize: 18, cellHeight: 40, rowPad: 4 },
    );
    expect(frame.rowLabels.map((l) => [l.lines, l.full])).toEqual([
      [[], 'A Strategic management of CDC'],
      [[], 'B Real-time analysis'],
    ]);
    // One-line names sit where an id alone does; the grid starts further left without them.
    expect(frame.rowLabels[0]!.y).toBe(named.rowLabels[0]!.y);
    expect(frame.panels[0]!.x).toBeLessThan(named.panels[0]!.x);
  });

  it('draw no name lines in a heatmap and keep their whole name', () => {
    const input = { rows, columns, values: [[10], [null]], palette: 'projector' as const };
    const layout = layoutHeatmap(input, { fontSize: 18, cellHeight: 40, rowPad: 4 });
    expect(layout.rowLabels.map((l) => [l.lines, l.full])).toEqual([
      [[], 'A Strategic management of CDC'],
      [[], 'B Real-time analysis'],
    ]);
  });
});
