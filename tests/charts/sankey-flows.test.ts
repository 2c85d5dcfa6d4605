// The ported layout against d3-sankey itself, configured as the app configured it before the port:
// every node box, link width, link end and path must be the same number, not merely close.
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixToSankeyInput } from '../../src/charts/sankey/matrix-sankey';
import { frameSankey, NODE_WIDTH } from '../../src/charts/sankey/sankey-frame';
import { computeLinkBreadths, layoutFlows, linkPath, type FlowLink } from '../../src/charts/sankey/sankey-flows';
import { sortBySource, sortByTarget } from '../../src/charts/sankey/sankey-relax';
import type { SankeyInput, SankeyOptions } from '../../src/charts/sankey/sankey-types';
import { syntheticMatrix } from '../bench/bench-data';
import { opts, services64, SMALL, wordsFor } from './sankey-fixture';

type N = { id: string; column: number; rank: number };
type Box = { x0: number; x1: number; y0: number; y1: number };
type Graph = { nodes: N[]; links: FlowLink[]; box: Box; py: number };

/** d3-sankey 0.12.3 as sankey-place.ts called it, then its links re-ordered by final position. */
function reference({ nodes, links, box, py }: Graph) {
  const layout = sankey<N, { id: string }>()
    .nodeId((d) => d.id)
    .nodeAlign((d) => d.column)
    .nodeSort((a, b) => a.column - b.column || a.rank - b.rank)
    .nodeWidth(NODE_WIDTH)
    .nodePadding(py)
    .extent([
      [box.x0, box.y0],
      [box.x1, box.y1],
    ]);
  const result = layout({ nodes: nodes.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) });
  const y0 = (end: unknown) => (end as SankeyNode<N, { id: string }>).y0!;
  for (const n of result.nodes) {
    n.sourceLinks?.sort((a, b) => y0(a.target) - y0(b.target) || a.index! - b.index!);
    n.targetLinks?.sort((a, b) => y0(a.source) - y0(b.source) || a.index! - b.index!);
  }
  layout.update(result);
  const path = sankeyLinkHorizontal<N, { id: string }>();
  return {
    nodes: result.nodes.map((n) => [n.id, n.x0, n.x1, n.y0, n.y1]),
    links: result.links.map((l: SankeyLink<N, { id: string }>) => [l.id, l.width, l.y0, l.y1, path(l)]),
  };
}

/** The port, with the same final re-ordering (as sankey-place.ts does it). */
function ported({ nodes, links, box, py }: Graph) {
  const result = layoutFlows(nodes, links, { ...box, nodeWidth: NODE_WIDTH, nodePadding: py });
  for (const n of result.nodes) {
    sortByTarget(n.sourceLinks);
    sortBySource(n.targetLinks);
  }
  computeLinkBreadths(result.nodes);
  return {
    nodes: result.nodes.map((n) => [n.id, n.x0, n.x1, n.y0, n.y1]),
    links: result.links.map((l) => [l.id, l.width, l.y0, l.y1, linkPath(l)]),
  };
}

function fromFrame(input: SankeyInput, o: SankeyOptions, width: number): Graph {
  const f = frameSankey(input, o, { width }, wordsFor(input, o));
  return { nodes: f.graph.columns.flat(), links: [...f.graph.links], box: f.plot, py: f.py };
}

describe('layoutFlows (d3-sankey ported)', () => {
  it('places the charts the app draws exactly as d3-sankey did', () => {
    const bench = matrixToSankeyInput(syntheticMatrix('Bench', 40), 'en');
    const cases: Graph[] = [
      fromFrame(SMALL, opts(), 800),
      fromFrame(bench, opts(), 1100),
      fromFrame(bench, opts({ direction: 'reverse', showSectors: true, minScore: 5 }), 1100),
      fromFrame(services64('ja'), opts({ order: 'flow', normalise: true, showSectors: true }), 660),
      fromFrame(services64('en'), opts({ direction: 'reverse', colorBy: 'sector' }), 1100),
    ];
    for (const g of cases) expect(ported(g)).toEqual(reference(g));
  });

  it('places any two- or three-column graph exactly as d3-sankey does', () => {
    const graph = fc
      .record({
        sizes: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 3 }),
        cells: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 200, maxLength: 200 }),
        height: fc.integer({ min: 100, max: 900 }),
        py: fc.integer({ min: 0, max: 16 }),
      })
      .map(({ sizes, cells, height, py }): Graph => {
        const nodes = sizes.flatMap((n, column) =>
          Array.from({ length: n }, (_, rank) => ({ id: `${column}:${rank}`, column, rank })),
        );
        const links: FlowLink[] = [];
        let k = 0;
        for (let c = 0; c + 1 < sizes.length; c++)
          for (let a = 0; a < sizes[c]!; a++)
            for (let b = 0; b < sizes[c + 1]!; b++) {
              const value = cells[k++ % cells.length]!;
              if (value > 3) links.push({ id: `${c}:${a}>${b}`, source: `${c}:${a}`, target: `${c + 1}:${b}`, value });
            }
        return { nodes, links, box: { x0: 100, y0: 40, x1: 700, y1: 40 + height }, py };
      })
      .filter((g) => g.links.length > 0);
    fc.assert(
      fc.property(graph, (g) => {
        expect(ported(g)).toEqual(reference(g));
      }),
      { numRuns: 150 },
    );
  });
});
