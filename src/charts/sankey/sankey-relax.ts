// The relaxation of d3-sankey 0.12.3 (BSD-3-Clause, Mike Bostock), ported step for step: nodes
// stacked evenly, then moved towards the centre of their links, right to left and left to right,
// with collisions pushed apart. See sankey-flows.ts for why it is ported.

/** A placed node (in input order). */
export interface PlacedFlowNode {
  readonly id: string;
  readonly column: number;
  readonly rank: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  value: number;
  layer: number;
  depth: number;
  /** Its links, each list top to bottom at this node. */
  readonly sourceLinks: PlacedFlowLink[];
  readonly targetLinks: PlacedFlowLink[];
}

/** A placed link: `width` px thick, centred at y0 on its source and y1 on its target. */
export interface PlacedFlowLink {
  readonly id: string;
  readonly index: number;
  readonly source: PlacedFlowNode;
  readonly target: PlacedFlowNode;
  readonly value: number;
  width: number;
  y0: number;
  y1: number;
}

/** Sorts a node's outgoing links by their target's top (then index), in place, by insertion. */
export function sortByTarget(links: PlacedFlowLink[]): void {
  for (let i = 1; i < links.length; i++) {
    const l = links[i]!;
    const y = l.target.y0;
    let j = i - 1;
    for (; j >= 0; j--) {
      const o = links[j]!;
      const oy = o.target.y0;
      if (oy < y || (oy === y && o.index < l.index)) break;
      links[j + 1] = o;
    }
    links[j + 1] = l;
  }
}

/** Sorts a node's incoming links by their source's top (then index), in place, by insertion. */
export function sortBySource(links: PlacedFlowLink[]): void {
  for (let i = 1; i < links.length; i++) {
    const l = links[i]!;
    const y = l.source.y0;
    let j = i - 1;
    for (; j >= 0; j--) {
      const o = links[j]!;
      const oy = o.source.y0;
      if (oy < y || (oy === y && o.index < l.index)) break;
      links[j + 1] = o;
    }
    links[j + 1] = l;
  }
}

/** The plot's top and bottom and the gap between nodes, px. */
export type Relax = { readonly y0: number; readonly y1: number; readonly py: number };

// d3-array's min: NaN (a column whose nodes carry nothing) is skipped.
export function initializeBreadths(columns: readonly PlacedFlowNode[][], { y0, y1, py }: Relax): void {
  let ky: number | undefined;
  for (const c of columns) {
    const k = (y1 - y0 - (c.length - 1) * py) / c.reduce((s, n) => (n.value ? s + n.value : s), 0);
    if (ky === undefined ? k >= k : ky > k) ky = k;
  }
  for (const nodes of columns) {
    let y = y0;
    for (const node of nodes) {
      node.y0 = y;
      node.y1 = y + node.value * ky!;
      y = node.y1 + py;
      for (const link of node.sourceLinks) link.width = link.value * ky!;
    }
    y = (y1 - y + py) / (nodes.length + 1);
    for (let i = 0; i < nodes.length; ++i) {
      const node = nodes[i]!;
      node.y0 += y * (i + 1);
      node.y1 += y * (i + 1);
    }
    for (const node of nodes) {
      sortByTarget(node.sourceLinks);
      sortBySource(node.targetLinks);
    }
  }
}

// Moves each node towards the weighted centre of its incoming links.
export function relaxLeftToRight(columns: readonly PlacedFlowNode[][], alpha: number, beta: number, r: Relax): void {
  for (let i = 1, n = columns.length; i < n; ++i) {
    const column = columns[i]!;
    for (const target of column) {
      let y = 0;
      let w = 0;
      for (const { source, value } of target.targetLinks) {
        const v = value * (target.layer - source.layer);
        y += targetTop(source, target, r.py) * v;
        w += v;
      }
      if (!(w > 0)) continue;
      const dy = (y / w - target.y0) * alpha;
      target.y0 += dy;
      target.y1 += dy;
      reorderNodeLinks(target);
    }
    resolveCollisions(column, beta, r);
  }
}

// Moves each node towards the weighted centre of its outgoing links.
export function relaxRightToLeft(columns: readonly PlacedFlowNode[][], alpha: number, beta: number, r: Relax): void {
  for (let n = columns.length, i = n - 2; i >= 0; --i) {
    const column = columns[i]!;
    for (const source of column) {
      let y = 0;
      let w = 0;
      for (const { target, value } of source.sourceLinks) {
        const v = value * (target.layer - source.layer);
        y += sourceTop(source, target, r.py) * v;
        w += v;
      }
      if (!(w > 0)) continue;
      const dy = (y / w - source.y0) * alpha;
      source.y0 += dy;
      source.y1 += dy;
      reorderNodeLinks(source);
    }
    resolveCollisions(column, beta, r);
  }
}

function resolveCollisions(nodes: readonly PlacedFlowNode[], alpha: number, { y0, y1, py }: Relax): void {
  const i = nodes.length >> 1;
  const subject = nodes[i]!;
  pushUp(nodes, subject.y0 - py, i - 1, alpha, py);
  pushDown(nodes, subject.y1 + py, i + 1, alpha, py);
  pushUp(nodes, y1, nodes.length - 1, alpha, py);
  pushDown(nodes, y0, 0, alpha, py);
}

// Pushes overlapping nodes down, from i on.
function pushDown(nodes: readonly PlacedFlowNode[], y: number, i: number, alpha: number, py: number): void {
  for (; i < nodes.length; ++i) {
    const node = nodes[i]!;
    const dy = (y - node.y0) * alpha;
    if (dy > 1e-6) {
      node.y0 += dy;
      node.y1 += dy;
    }
    y = node.y1 + py;
  }
}

// Pushes overlapping nodes up, from i back.
function pushUp(nodes: readonly PlacedFlowNode[], y: number, i: number, alpha: number, py: number): void {
  for (; i >= 0; --i) {
    const node = nodes[i]!;
    const dy = (node.y1 - y) * alpha;
    if (dy > 1e-6) {
      node.y0 -= dy;
      node.y1 -= dy;
    }
    y = node.y0 - py;
  }
}

// A node moved: its neighbours' link lists are put back in order of where their other ends are.
function reorderNodeLinks({ sourceLinks, targetLinks }: PlacedFlowNode): void {
  for (const { source } of targetLinks) sortByTarget(source.sourceLinks);
  for (const { target } of sourceLinks) sortBySource(target.targetLinks);
}

// The target.y0 that would make the link from source to target straight.
function targetTop(source: PlacedFlowNode, target: PlacedFlowNode, py: number): number {
  let y = source.y0 - ((source.sourceLinks.length - 1) * py) / 2;
  for (const { target: node, width } of source.sourceLinks) {
    if (node === target) break;
    y += width + py;
  }
  for (const { source: node, width } of target.targetLinks) {
    if (node === source) break;
    y -= width;
  }
  return y;
}

// The source.y0 that would make the link from source to target straight.
function sourceTop(source: PlacedFlowNode, target: PlacedFlowNode, py: number): number {
  let y = target.y0 - ((target.targetLinks.length - 1) * py) / 2;
  for (const { source: node, width } of target.targetLinks) {
    if (node === source) break;
    y += width + py;
  }
  for (const { target: node, width } of source.sourceLinks) {
    if (node === target) break;
    y -= width;
  }
  return y;
}
