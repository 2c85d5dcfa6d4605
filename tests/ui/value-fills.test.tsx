// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { Heatmap } from '../../src/charts/heatmap/Heatmap';
import { layoutHeatmap } from '../../src/charts/heatmap/heatmap-layout';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-types';
import { serializeSvg } from '../../src/ui/export-image';

afterEach(cleanup);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const input = (palette: HeatmapInput['palette'], theme?: 'dark'): HeatmapInput => ({
  rows: [
    { key: 'a', id: 'A', name: 'Prevention', sourceIndex: 0 },
    { key: 'b', id: 'B', name: 'Operation', sourceIndex: 1 },
    { key: 'c', name: 'Custom row', sourceIndex: 2 },
  ],
  columns: [
    { key: 'ncsc', name: 'NCSC' },
    { key: 'csirt', name: 'National CSIRTs' },
    { key: 'soc', name: 'SOCs' },
    { key: 'isac', name: 'ISACs' },
  ],
  values: [
    [9, null, 2.5, 0],
    ['unknown', 0, 10, 7],
    [null, 4, 'unknown', 6.333333333333333],
  ],
  palette,
  threshold: 3,
  ...(theme ? { theme } : {}),
});

function exported(data: HeatmapInput): string {
  const { container } = render(<Heatmap data={data} title="T" />);
  const svg = serializeSvg(container.querySelector('svg')!);
  if (process.env.VALUE_FILLS_DUMP) writeFileSync(`${process.env.VALUE_FILLS_DUMP}/${data.palette}.svg`, svg);
  cleanup();
  return svg;
}

describe('exported heatmap fills', () => {
  it('carry every cell’s fill and ink as attributes, with no value class or custom property left', () => {
    const data = input('projector');
    const svg = exported(data);
    expect(svg).not.toMatch(/vc-\d|--v[ci]-|var\(/);
    const doc = document.createElement('div');
    doc.innerHTML = svg.replace(/^<\?xml[^>]*>/, '');
    const rects = [...doc.querySelectorAll('[role=gridcell] > rect')].map((r) => r.getAttribute('fill'));
    const frame = layoutHeatmap(data);
    // Cells are drawn row by row in the data's order; the unknown ones are hatched.
    const hatch: unknown = expect.stringMatching(/^url\(#/);
    expect(rects).toEqual(frame.cells.map((c) => (c.kind === 'unknown' ? hatch : c.fill)));
    const inks = [...doc.querySelectorAll('[role=gridcell] > text')].map((t) => t.getAttribute('fill') ?? '#000000');
    expect(inks).toEqual(frame.cells.filter((c) => c.text).map((c) => c.textColor));
  });

  it('are the files written before value classes, byte for byte', () => {
    // The hashes of serializeSvg's output before the cells took their colours from classes (commit dfe4ac5).
    expect(
      Object.fromEntries(
        (['ylgnbu', 'projector', 'greys'] as const).map((p) => [
          p,
          sha256(exported(input(p, p === 'greys' ? 'dark' : undefined))),
        ]),
      ),
    ).toEqual({
      ylgnbu: 'eeef587156ecf9face72e049f1aa8bf39e1feb3622bf76ab6e260f1f750fd96c',
      projector: 'd3092e5ce1d0a34b011e0fe0199d0b2a22da8ba3174521a260fab81d3ee6fe59',
      greys: '3914ddf86e41f2e428dfa62ee7d63895305d7c0985082c8186d58a689dbb2de4',
    });
  });
});
