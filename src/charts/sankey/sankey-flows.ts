// d3-sankey 0.12.3's layout (BSD-3-Clause, Mike Bostock), ported for the one way this app calls it:
// nodes aligned to a given column and kept in a given order. The arithmetic is d3-sankey's, step for
// step, so every number comes out the same (tests/charts/sankey-flows.test.ts checks it against
// d3-sankey). What differs is speed: after moving a node, d3-sankey re-sorts every neighbour's links
// with Array#sort and a comparator (a 64 × 40 chart spent most of its layout there and in collecting
// the garbage); here they are put back in order by insertion, which is linear on the nearly sorted
// lists relaxation leaves. The order is total (position, then index), so the result is the same.

import {
  initializeBreadths,
  relaxLeftToRight,
  relaxRightToLeft,
  type PlacedFlowLink,
  type PlacedFlowNode,
} from './sankey-relax';

/** A node as the layout sees it: its column, and its place in that column's order. */
export interface FlowNode {
  readonly id: string;
  readonly column: number;
  readonly rank: number;
}

/** A link between two node ids, `value` units thick. */
export interface FlowLink {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly value: number;
}

/** What the layout is given, in px: the box the nodes fill, their width and the gap between them. */
export interface FlowExtent {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly nodeWidth: number;
  readonly nodePadding: number;
}

/** Nodes and links placed; `columns` holds the nodes per layer, top to bottom. */
export interface FlowPlacement {
  readonly nodes: readonly PlacedFlowNode[];
  readonly links: readonly PlacedFlowLink[];
  readonly columns: readonly PlacedFlowNode[][];
}

/**
 * Places nodes and links as d3-sankey does with `nodeAlign(d => d.column)` and `nodeSort` by column
 * then rank: link nodes → node values → layers → initial breadths → six relaxations → link breadths.
 */
export function layoutFlows(
  nodeInput: readonly FlowNode[],
  linkInput: readonly FlowLink[],
  extent: FlowExtent,
  iterations = 6,
): FlowPlacement {
  const { nodes, links } = linkNodes(nodeInput, linkInput);
  for (const node of nodes) node.value = Math.max(sumValues(node.sourceLinks), sumValues(node.targetLinks));
  computeDepths(nodes);
  const columns = computeLayers(nodes, extent);
  const py = Math.min(extent.nodePadding, (extent.y1 - extent.y0) / (Math.max(...columns.map((c) => c.length)) - 1));
  const relax = { y0: extent.y0, y1: extent.y1, py };
  initializeBreadths(columns, relax);
  for (let i = 0; i < iterations; ++i) {
    const alpha = Math.pow(0.99, i);
    const beta = Math.max(1 - alpha, (i + 1) / iterations);
    relaxRightToLeft(columns, alpha, beta, relax);
    relaxLeftToRight(columns, alpha, beta, relax);
  }
  computeLinkBreadths(nodes);
  return { nodes, links, columns };
}

/** Re-stacks the links at each node in the order of their lists (d3-sankey's `update`). */
export function computeLinkBreadths(nodes: readonly PlacedFlowNode[]): void {
  for (const node of nodes) {
    let y0 = node.y0;
    let y1 = y0;
    for (const link of node.sourceLinks) {
      link.y0 = y0 + link.width / 2;
      y0 += link.width;
    }
    for (const link of node.targetLinks) {
      link.y1 = y1 + link.width / 2;
      y1 += link.width;
    }
  }
}

// Positions start as -0, a double (0 would be a small integer): the objects keep one shape as
// the layout writes fractional pixels into them, instead of V8 migrating each of them on the first write.
const UNSET = -0;

function linkNodes(nodeInput: readonly FlowNode[], linkInput: readonly FlowLink[]) {
  const nodes = nodeInput.map((n): PlacedFlowNode => ({
    id: n.id,
    column: n.column,
    rank: n.rank,
    x0: UNSET,
    x1: UNSET,
    y0: UNSET,
    y1: UNSET,
    value: UNSET,
    layer: 0,
    depth: 0,
    sourceLinks: [],
    targetLinks: [],
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const find = (id: string) => {
    const node = byId.get(id);
    if (!node) throw new Error(`missing node: ${id}`);
    return node;
  };
  const links = linkInput.map((l, index): PlacedFlowLink => {
    const placed = {
      id: l.id,
      index,
      source: find(l.source),
      target: find(l.target),
      value: l.value,
      width: UNSET,
      y0: UNSET,
      y1: UNSET,
    };
    placed.source.sourceLinks.push(placed);
    placed.target.targetLinks.push(placed);
    return placed;
  });
  return { nodes, links };
}

// d3-array's sum: skips what is not a number.
function sumValues(links: readonly PlacedFlowLink[]): number {
  let s = 0;
  for (const l of links) if (l.value) s += l.value;
  return s;
}

// Depth is the longest path from a first node; d3-sankey counts layers from it.
function computeDepths(nodes: readonly PlacedFlowNode[]): void {
  let current = new Set(nodes);
  let x = 0;
  while (current.size) {
    const next = new Set<PlacedFlowNode>();
    for (const node of current) {
      node.depth = x;
      for (const { target } of node.sourceLinks) next.add(target);
    }
    if (++x > nodes.length) throw new Error('circular link');
    current = next;
  }
}

function computeLayers(nodes: readonly PlacedFlowNode[], { x0, x1, nodeWidth }: FlowExtent): PlacedFlowNode[][] {
  const x = Math.max(...nodes.map((d) => d.depth)) + 1;
  const kx = (x1 - x0 - nodeWidth) / (x - 1);
  const columns: PlacedFlowNode[][] = Array.from({ length: x }, () => []);
  for (const node of nodes) {
    const i = Math.max(0, Math.min(x - 1, Math.floor(node.column)));
    node.layer = i;
    node.x0 = x0 + i * kx;
    node.x1 = node.x0 + nodeWidth;
    columns[i]!.push(node);
  }
  // Array#sort is stable: equal ranks keep the input's order, as in d3-sankey.
  for (const column of columns) column.sort((a, b) => a.column - b.column || a.rank - b.rank);
  return columns.filter((c) => c.length > 0);
}

/** A link's centre line, as d3-sankey's sankeyLinkHorizontal draws it (d3-path's number format). */
export function linkPath(l: PlacedFlowLink): string {
  const x0 = l.source.x1;
  const x1 = l.target.x0;
  const xm = (x0 + x1) / 2;
  return `M${x0},${l.y0}C${xm},${l.y0},${xm},${l.y1},${x1},${l.y1}`;
}
