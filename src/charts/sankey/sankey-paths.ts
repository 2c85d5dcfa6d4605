// What hovering or focusing an item lights up, and where the arrow keys go from it. Both are
// computed from a finished layout, so interaction never re-runs the layout.

/** The parts of a layout that interaction needs. */
export interface SankeyGraphShape {
  readonly columns: readonly (readonly string[])[];
  readonly links: readonly {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly y0: number;
    readonly y1: number;
  }[];
}

/** Adjacency and keyboard lanes of a layout; build once per layout. */
export interface SankeyIndex {
  readonly out: ReadonlyMap<string, readonly string[]>;
  readonly in: ReadonlyMap<string, readonly string[]>;
  readonly ends: ReadonlyMap<string, readonly [string, string]>;
  /** Column 0's nodes, the links leaving column 0, column 1's nodes, …: what Up/Down walk through. */
  readonly lanes: readonly (readonly string[])[];
  readonly place: ReadonlyMap<string, readonly [lane: number, index: number]>;
}

/** Indexes a layout's links by node and arranges every item in keyboard lanes. */
export function indexSankey(shape: SankeyGraphShape): SankeyIndex {
  const out = new Map<string, string[]>();
  const inn = new Map<string, string[]>();
  const ends = new Map<string, readonly [string, string]>();
  const columnOf = new Map<string, number>();
  const rankOf = new Map<string, number>();
  shape.columns.forEach((col, c) => col.forEach((id, i) => (columnOf.set(id, c), rankOf.set(id, i))));
  const linkLanes: { id: string; key: [number, number] }[][] = shape.columns.map(() => []);
  for (const l of shape.links) {
    (out.get(l.source) ?? out.set(l.source, []).get(l.source)!).push(l.id);
    (inn.get(l.target) ?? inn.set(l.target, []).get(l.target)!).push(l.id);
    ends.set(l.id, [l.source, l.target]);
    linkLanes[columnOf.get(l.source) ?? 0]!.push({ id: l.id, key: [rankOf.get(l.source) ?? 0, l.y0] });
  }
  // Right/Left from a node go to its topmost link on that side.
  const y = new Map(shape.links.map((l) => [l.id, [l.y0, l.y1] as const]));
  for (const list of out.values()) list.sort((a, b) => y.get(a)![0] - y.get(b)![0]);
  for (const list of inn.values()) list.sort((a, b) => y.get(a)![1] - y.get(b)![1]);
  const lanes: string[][] = [];
  shape.columns.forEach((col, c) => {
    lanes.push([...col]);
    if (c < shape.columns.length - 1)
      lanes.push(linkLanes[c]!.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]).map((l) => l.id));
  });
  const place = new Map<string, [number, number]>();
  lanes.forEach((lane, li) => lane.forEach((id, i) => place.set(id, [li, i])));
  return { out, in: inn, ends, lanes, place };
}

/**
 * Ids of every node and link on a path through an item: for a node, all flow into and out of it
 * followed to both ends; for a link, the link, its two nodes, and the flow beyond them.
 */
export function pathsThrough(index: SankeyIndex, id: string): Set<string> {
  const hit = new Set<string>([id]);
  const walk = (node: string, dir: 'out' | 'in') => {
    for (const link of index[dir].get(node) ?? []) {
      if (hit.has(link)) continue;
      hit.add(link);
      const next = index.ends.get(link)![dir === 'out' ? 1 : 0];
      hit.add(next);
      walk(next, dir);
    }
  };
  const linkEnds = index.ends.get(id);
  if (linkEnds) {
    hit.add(linkEnds[0]).add(linkEnds[1]);
    walk(linkEnds[1], 'out');
    walk(linkEnds[0], 'in');
  } else {
    walk(id, 'out');
    walk(id, 'in');
  }
  return hit;
}

/**
 * The item focus moves to on a key: Up/Down (and Home/End) within a lane; Right from a node to its
 * first outgoing link, from a link to its target; Left the mirror image. Undefined: the key is not ours.
 */
export function moveFocus(index: SankeyIndex, current: string, key: string): string | undefined {
  const at = index.place.get(current);
  if (!at) return index.lanes[0]?.[0];
  const [lane, i] = at;
  const items = index.lanes[lane]!;
  switch (key) {
    case 'ArrowDown':
      return items[Math.min(items.length - 1, i + 1)];
    case 'ArrowUp':
      return items[Math.max(0, i - 1)];
    case 'Home':
      return items[0];
    case 'End':
      return items[items.length - 1];
    case 'ArrowRight':
    case 'ArrowLeft': {
      const forward = key === 'ArrowRight';
      const ends = index.ends.get(current);
      if (ends) return ends[forward ? 1 : 0];
      const links = index[forward ? 'out' : 'in'].get(current);
      if (links?.length) return links[0];
      // A node without flow on that side: the nearest item, by rank, in the next lane that has any.
      for (let l = lane + (forward ? 1 : -1); l >= 0 && l < index.lanes.length; l += forward ? 1 : -1) {
        const next = index.lanes[l]!;
        if (next.length)
          return next[Math.min(next.length - 1, Math.round((i / Math.max(1, items.length - 1)) * (next.length - 1)))];
      }
      return current;
    }
    default:
      return undefined;
  }
}
