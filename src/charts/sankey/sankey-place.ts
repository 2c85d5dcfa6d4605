import { estimateTextWidth } from '../text-measure';
import { GUTTER, LABEL_GAP, NODE_WIDTH, TOTAL_GAP, type SankeyFrame } from './sankey-frame';
import type { GraphLink, GraphNode } from './sankey-graph';
import { dodgeLabels } from './sankey-labels';
import { computeLinkBreadths, layoutFlows, linkPath } from './sankey-flows';
import { sortBySource, sortByTarget, type PlacedFlowLink } from './sankey-relax';

/** A node's label: wrapped name lines and its total, both beside the node. */
export interface SankeyNodeLabel {
  readonly lines: readonly string[];
  readonly anchor: 'start' | 'end';
  /** x of the name lines (at the anchor) and baseline of the first line. */
  readonly x: number;
  readonly y: number;
  readonly total: string;
  /** x of the total's right edge (totals are right-aligned, like a table's numbers). */
  readonly totalX: number;
  /** Bounds of name and total together. */
  readonly box: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
  /** Drawn from the node to a label that had to move away from it. */
  readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  /** Middle-column labels sit over links and get a halo. */
  readonly halo: boolean;
}

/** A placed node. */
export interface SankeyNodeLayout extends GraphNode {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly label: SankeyNodeLabel;
}

/** A placed link: a stroked horizontal curve `width` px thick. */
export interface SankeyLinkLayout extends GraphLink {
  readonly width: number;
  /** Centre of the link at its source and at its target. */
  readonly y0: number;
  readonly y1: number;
  readonly path: string;
}

type Box = { x0: number; x1: number; y0: number; y1: number };

/** Node boxes, links and column x positions, from d3-sankey (or stacked by hand when nothing flows). */
export interface Placement {
  readonly nodes: ReadonlyMap<string, Box>;
  readonly links: ReadonlyMap<string, SankeyLinkLayout>;
  readonly columnX: readonly number[];
}

/** Places nodes and links (d3-sankey's layout, sankey-flows.ts) from the frame's graph, which it leaves as it is. */
export function placeFlows(frame: SankeyFrame): Placement {
  const { graph, plot, py } = frame;
  if (graph.links.length === 0) return stackEmpty(frame);
  const result = layoutFlows(graph.columns.flat(), graph.links, { ...plot, nodeWidth: NODE_WIDTH, nodePadding: py });
  // d3-sankey orders a node's links before its last collision pass moves the nodes, which can
  // leave links crossing at their ends; order them by where the other end finally is, then re-stack.
  for (const n of result.nodes) {
    sortByTarget(n.sourceLinks);
    sortBySource(n.targetLinks);
  }
  computeLinkBreadths(result.nodes);
  const columnX: number[] = [];
  for (const n of result.nodes) columnX[n.column] = n.x0;
  return {
    nodes: new Map(result.nodes.map((n) => [n.id, { x0: n.x0, x1: n.x1, y0: n.y0, y1: n.y1 }])),
    links: new Map(result.links.map((l) => [l.id, placedLink(graph.links[l.index]!, l)])),
    columnX,
  };
}

// Written out rather than spread: spreading 1,113 graph links (numbers of mixed kinds) took V8's slow
// path, ≈ 8 ms at 64 × 40 on the bench machine. The same fields in the same order either way.
function placedLink(g: GraphLink, l: PlacedFlowLink): SankeyLinkLayout {
  const { id, source, target, stage, value, raw, stakeholderKey, sector, color } = g;
  const path = linkPath(l);
  if (g.rowKey === undefined && g.shareOfRow === undefined)
    return {
      id,
      source,
      target,
      stage,
      value,
      raw,
      stakeholderKey,
      sector,
      color,
      width: l.width,
      y0: l.y0,
      y1: l.y1,
      path,
    };
  const { shareOfRow, rowKey } = g;
  return {
    id,
    source,
    target,
    stage,
    value,
    raw,
    shareOfRow,
    rowKey,
    stakeholderKey,
    sector,
    color,
    width: l.width,
    y0: l.y0,
    y1: l.y1,
    path,
  };
}

// With nothing to draw, d3-sankey cannot tell the columns apart; the empty nodes are stacked by hand.
function stackEmpty({ graph, plot, py }: SankeyFrame): Placement {
  const n = graph.columns.length;
  const columnX = graph.columns.map((_, c) => plot.x0 + (c * (plot.x1 - plot.x0 - NODE_WIDTH)) / Math.max(1, n - 1));
  const nodes = new Map<string, Box>();
  graph.columns.forEach((col, c) =>
    col.forEach((node, i) =>
      nodes.set(node.id, { x0: columnX[c]!, x1: columnX[c]! + NODE_WIDTH, y0: plot.y0 + i * py, y1: plot.y0 + i * py }),
    ),
  );
  return { nodes, links: new Map(), columnX };
}

/**
 * Places every node's label beside it: the first column's to its left, the others' to the right,
 * pushed apart within the plot where nodes are thinner than their labels (with a leader line).
 */
export function placeNodes(frame: SankeyFrame, placed: Placement): SankeyNodeLayout[] {
  const { graph, plot, lines, heights, totals, totalWidths, fontSize, lineHeight } = frame;
  const last = graph.columns.length - 1;
  return graph.columns.flatMap((col, c) => {
    const boxes = col.map((n) => placed.nodes.get(n.id)!);
    const tops = dodgeLabels(
      boxes.map((g, i) => ({ center: (g.y0 + g.y1) / 2, height: heights[c]![i]! })),
      plot.y0,
      plot.y1,
      LABEL_GAP,
    );
    return col.map((n, i): SankeyNodeLayout => {
      const g = boxes[i]!;
      const ls = lines[c]![i]!;
      const top = tops[i]!;
      const bottom = top + heights[c]![i]!;
      const mid = (top + bottom) / 2;
      const center = (g.y0 + g.y1) / 2;
      const moved = Math.abs(mid - center) > 1.5;
      const widest = Math.max(...ls.map((l) => estimateTextWidth(l, fontSize)));
      const y = top + lineHeight / 2 + fontSize * 0.35;
      const total = totals[c]![i]!;
      if (c === 0) {
        const totalX = g.x0 - GUTTER;
        const x = totalX - totalWidths[c]! - TOTAL_GAP;
        const leader = moved ? { leader: { x1: g.x0 - 1, y1: center, x2: g.x0 - GUTTER + 2, y2: mid } } : {};
        return {
          ...n,
          ...g,
          label: {
            lines: ls,
            anchor: 'end',
            x,
            y,
            total,
            totalX,
            box: { x0: x - widest, x1: totalX, y0: top, y1: bottom },
            halo: false,
            ...leader,
          },
        };
      }
      const totalX = g.x1 + GUTTER + totalWidths[c]!;
      const x = totalX + TOTAL_GAP;
      const leader = moved ? { leader: { x1: g.x1 + 1, y1: center, x2: g.x1 + GUTTER - 2, y2: mid } } : {};
      return {
        ...n,
        ...g,
        label: {
          lines: ls,
          anchor: 'start',
          x,
          y,
          total,
          totalX,
          box: { x0: g.x1 + GUTTER, x1: x + widest, y0: top, y1: bottom },
          halo: c !== last,
          ...leader,
        },
      };
    });
  });
}
