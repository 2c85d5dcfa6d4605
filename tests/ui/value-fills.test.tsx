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
    const rects = [...doc.querySelectorAll('.heatmap-cell > rect')].map((r) => r.getAttribute('fill'));
    const frame = layoutHeatmap(data);
    // Cells are drawn row by row in the data's order; the unknown ones are hatched.
    const hatch: unknown = expect.stringMatching(/^url\(#/);
    expect(rects).toEqual(frame.cells.map((c) => (c.kind === 'unknown' ? hatch : c.fill)));
    const inks = [...doc.querySelectorAll('.heatmap-cell > text')].map((t) => t.getAttribute('fill') ?? '#000000');
    expect(inks).toEqual(frame.cells.filter((c) => c.text).map((c) => c.textColor));
  });

  it('are the files written before value classes, byte for byte, less what only the live page needs', () => {
    // Value classes left the files as they were (dfe4ac5: ylgnbu eeef5871…, projector d3092e5c…, greys 3914ddf8…).
    // Then export-strip.ts dropped roles, aria-*, tabindex and unreferenced ids: these are those files with
    // stripLiveAttributes applied, byte for byte (checked once against the files of dfe4ac5).
    expect(
      Object.fromEntries(
        (['ylgnbu', 'projector', 'greys'] as const).map((p) => [
          p,
          sha256(exported(input(p, p === 'greys' ? 'dark' : undefined))),
        ]),
      ),
    ).toEqual({
      ylgnbu: 'e0fffe3d24982f645e9ed5c5a1cbee2229a546633b84c9fb92ee16c124d067a2',
      projector: '58ef6671e8330d6ff9dc2c38b2177ffbdf8332a7f99b79f8de0cc02ba53bd9d9',
      greys: 'c8f6e10b4c4e329e153c51077c5a79f82dda12a1ac689763cdde9cbc808fe32a',
    });
  });
});
