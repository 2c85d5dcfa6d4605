import { describe, expect, it } from 'vitest';
import { matrixToSankeyInput } from '../../src/charts/sankey/matrix-sankey';
import { wordSplits } from '../../src/charts/sankey/sankey-labels';
import { fitPxPerUnit, layoutSankey, type SankeyLayout } from '../../src/charts/sankey/sankey-layout';
import type { SankeyInput, SankeyOptions, SankeySize } from '../../src/charts/sankey/sankey-types';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { opts, services64, SMALL, wordsFor } from './sankey-fixture';

const r3 = (v: number) => Math.round(v * 1000) / 1000;
const lay = (o: SankeyOptions = opts(), size: SankeySize = { width: 800, pxPerUnit: 4 }, input: SankeyInput = SMALL) =>
  layoutSankey(input, o, size, wordsFor(input, o));

type Box = { x0: number; x1: number; y0: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Problems with a layout's labels: outside the viewBox, over another label, or over another column's node. */
function labelProblems(l: SankeyLayout): string[] {
  const problems: string[] = [];
  for (const n of l.nodes) {
    const b = n.label.box;
    if (b.x0 < 0 || b.x1 > l.width || b.y0 < 0 || b.y1 > l.height)
      problems.push(`${n.id} outside ${JSON.stringify(b)}`);
    for (const m of l.nodes) {
      if (m.id <= n.id) continue;
      if (overlaps(b, m.label.box)) problems.push(`${n.id} label over ${m.id} label`);
    }
    for (const m of l.nodes)
      if (m.column !== n.column && overlaps(b, m)) problems.push(`${n.id} label over node ${m.id}`);
  }
  for (const h of l.headings) if (h.y < 0 || h.x < 0 || h.x > l.width) problems.push(`heading ${h.label} outside`);
  for (const i of l.legend.items) if (i.swatchX < 0 || i.x > l.width) problems.push(`legend ${i.label} outside`);
  return problems;
}

describe('layoutSankey on fixed data', () => {
  it('draws each link exactly pxPerUnit × its score wide and each node as tall as its flow', () => {
    const l = lay();
    expect(l.pxPerUnit).toBe(4);
    expect(l.links.map((k) => [k.id, r3(k.width)])).toEqual([
      ['l:A|ncsc', 40],
      ['l:A|psirt', 20],
      ['l:B|academia', 16],
      ['l:C|ncsc', 8],
      ['l:C|psirt', 32],
      ['l:C|academia', 24],
    ]);
    expect(l.nodes.map((n) => [n.id, r3(n.y1 - n.y0)])).toEqual([
      ['r:A', 60],
      ['r:B', 16],
      ['r:C', 64],
      ['s:ncsc', 48],
      ['s:psirt', 52],
      ['s:academia', 40],
    ]);
    // a node's links stack without gaps inside it
    const a = l.nodes.find((n) => n.id === 'r:A')!;
    const out = l.links.filter((k) => k.source === 'r:A');
    expect(r3(Math.min(...out.map((k) => k.y0 - k.width / 2)))).toBe(r3(a.y0));
    expect(r3(Math.max(...out.map((k) => k.y0 + k.width / 2)))).toBe(r3(a.y1));
  });

  it('keeps its geometry (rounded to 3 decimals)', () => {
    const l = lay();
    const nodes = l.nodes.map((n) => `${n.id} ${r3(n.x0)},${r3(n.y0)} ${r3(n.x1)},${r3(n.y1)}`);
    expect({ width: l.width, height: l.height, plot: Object.values(l.plot).map(r3), nodes }).toMatchInlineSnapshot(`
      {
        "height": 429,
        "nodes": [
          "r:A 208.149,75.6 222.149,135.6",
          "r:B 208.149,145.6 222.149,161.6",
          "r:C 208.149,171.6 222.149,235.6",
          "s:ncsc 660.031,75.6 674.031,123.6",
          "s:psirt 660.031,133.6 674.031,185.6",
          "s:academia 660.031,195.6 674.031,235.6",
        ],
        "plot": [
          208.149,
          75.6,
          674.031,
          235.6,
        ],
        "width": 800,
      }
    `);
  });

  it('draws nothing for 0, blank and unknown, and states the unknown under the chart', () => {
    const l = lay();
    expect(l.links.some((k) => k.id === 'l:B|ncsc' || k.id === 'l:A|academia' || k.id === 'l:B|psirt')).toBe(false);
    expect(l.summary.unknownCells).toEqual(['B Real-time analysis → PSIRT']);
    expect(l.notes.lines.join(' ')).toContain(
      '1 unknown cell is not drawn (never counted as 0): B Real-time analysis → PSIRT.',
    );
    expect(l.notes.lines.join(' ')).toContain('6 flows drawn; 2 cells blank or 0 (not involved) draw nothing.');
  });

  it('draws no notes when told (a side-by-side slide says them in its caption) and ends at its labels', () => {
    const quiet = lay(opts(), { width: 800, pxPerUnit: 4, legend: false, notes: false });
    const noted = lay(opts(), { width: 800, pxPerUnit: 4, legend: false });
    expect(quiet.notes.lines).toEqual([]);
    expect(noted.notes.lines.length).toBeGreaterThan(0);
    const labelBottom = Math.max(quiet.plot.y1, ...quiet.nodes.map((n) => n.label.box.y1));
    expect(quiet.height).toBe(Math.ceil(labelBottom + 16));
    expect(noted.height).toBeGreaterThan(quiet.height + 2 * noted.notes.lineHeight);
  });

  it('gives two charts the same px per unit when given the same pxPerUnit', () => {
    const half: SankeyInput = {
      ...SMALL,
      values: SMALL.values.map((row) => row.map((v) => (typeof v === 'number' ? v / 2 : v))),
    };
    const size = {
      width: 600,
      pxPerUnit: Math.min(
        fitPxPerUnit(SMALL, opts(), { width: 600 }, wordsFor(SMALL, opts())),
        fitPxPerUnit(half, opts(), { width: 600 }, wordsFor(half, opts())),
      ),
    };
    const a = lay(opts(), size);
    const b = lay(opts(), size, half);
    for (const l of [a, b]) for (const k of l.links) expect(r3(k.width / k.raw)).toBe(r3(size.pxPerUnit));
    expect(r3(a.links[0]!.width)).toBe(r3(2 * b.links[0]!.width));
  });

  it('fits the scale to the plot height when none is given', () => {
    const l = lay(opts(), { width: 800, plotHeight: 400 });
    // the tallest column (A, B, C: 35 units with 2 gaps of 10 px) fills the 400 px
    expect(r3(l.pxPerUnit)).toBe(r3(380 / 35));
    expect(r3(l.plot.y1 - l.plot.y0)).toBe(400);
  });

  it('places left labels left of their nodes, right labels right of theirs, inside the viewBox', () => {
    const l = lay();
    expect(labelProblems(l)).toEqual([]);
    for (const n of l.nodes) {
      if (n.column === 0) expect(n.label.box.x1).toBeLessThanOrEqual(n.x0);
      else expect(n.label.box.x0).toBeGreaterThanOrEqual(n.x1);
    }
    expect(l.nodes.find((n) => n.id === 'r:C')!.label).toMatchObject({
      lines: ['C Deep analysis'],
      total: '16',
      anchor: 'end',
    });
  });

  it('orders nodes top to bottom in the requested order', () => {
    const byFlow = lay(opts({ order: 'flow' }));
    const lefts = byFlow.nodes.filter((n) => n.column === 0);
    expect(lefts.map((n) => n.id)).toEqual(['r:C', 'r:A', 'r:B']);
    expect(lefts.map((n) => n.y0)).toEqual([...lefts.map((n) => n.y0)].sort((x, y) => x - y));
  });

  it('lays out every option without overlapping labels', () => {
    for (const direction of ['forward', 'reverse'] as const)
      for (const showSectors of [false, true])
        for (const normalise of [false, true]) {
          const o = opts({ direction, showSectors, normalise, order: 'flow' });
          const l = lay(o, { width: 700 });
          expect(labelProblems(l), JSON.stringify(o)).toEqual([]);
          expect(l.columns).toHaveLength(showSectors ? 3 : 2);
        }
  });

  it('draws an empty chart when nothing scores above the minimum', () => {
    const l = lay(opts({ minScore: 10.5 }));
    expect(l.links).toEqual([]);
    expect(l.nodes).toHaveLength(6);
    expect(l.notes.lines.join(' ')).toContain('Nothing to draw');
  });
});

describe('labels on real and large matrices', () => {
  const matrices = loadBundledMatrices();
  it.each(
    matrices.flatMap((m) =>
      (['en', 'ja'] as const).flatMap((lang) =>
        [false, true].map((showSectors) => [m.country, lang, showSectors] as const),
      ),
    ),
  )('%s (%s, sectors %s): every label inside, none overlapping, none cut', (country, lang, showSectors) => {
    const input = matrixToSankeyInput(
      matrices.find((m) => m.country === country)!,
      lang,
    );
    for (const width of [660, 693, 1100]) {
      const l = lay(opts({ showSectors }), { width }, input);
      expect(labelProblems(l)).toEqual([]);
      expect(l.nodes.flatMap((n) => n.label.lines).filter((line) => line.endsWith('…'))).toEqual([]);
      expect(
        l.nodes.filter((n) => wordSplits(n.name, n.label.lines) > 0).map((n) => n.label.lines.join(' / ')),
      ).toEqual([]);
    }
  });

  it('wraps the longest Japanese stakeholder name onto two even lines', () => {
    const input = matrixToSankeyInput(matrices[0]!, 'ja');
    const ncsc = lay(opts(), { width: 660 }, input).nodes.find((n) => n.id === 's:ncsc')!;
    expect(ncsc.label.lines.join('')).toBe('ナショナルサイバーセキュリティセンター');
    expect(ncsc.label.lines.length).toBe(2);
  });

  it('lays out 64 services × 10 stakeholders in both languages and directions', () => {
    for (const lang of ['en', 'ja'] as const)
      for (const direction of ['forward', 'reverse'] as const) {
        const input = services64(lang);
        const l = lay(opts({ direction, showSectors: true }), { width: 1100 }, input);
        expect(l.nodes.filter((n) => n.kind === 'row')).toHaveLength(64);
        expect(labelProblems(l)).toEqual([]);
        expect(l.summary.unknown).toBeGreaterThan(0);
        for (const k of l.links.filter((x) => x.shareOfRow !== undefined))
          expect(r3(k.width / k.raw)).toBe(r3(l.pxPerUnit));
      }
  });
});
