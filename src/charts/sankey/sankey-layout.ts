import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { SECTOR_GROUPS, type SectorGroup } from '../../domain/stakeholders';
import { CATEGORY_IDS, type CategoryId } from '../../domain/taxonomy-x1060';
import { estimateTextWidth, wrapText } from '../text-measure';
import { buildSankeyGraph, type GraphLink, type GraphNode, type SankeyGraph } from './sankey-graph';
import { dodgeLabels, stackHeight, wrapBalanced } from './sankey-labels';
import { layoutLegend, type LegendEntry, type SankeyLegendLayout } from './sankey-legend';
import type { SankeyInput, SankeyOptions, SankeySize, SankeySummary, SankeyWords } from './sankey-types';

/** A node's label: wrapped name lines and its total, both beside the node. */
export interface SankeyNodeLabel {
  readonly lines: readonly string[];
  readonly anchor: 'start' | 'end';
  /** x of the name lines (at the anchor) and baseline of the first line. */
  readonly x: number;
  readonly y: number;
  readonly total: string;
  /** x of the total's right edge (it is always right-aligned, like a table's numbers). */
  readonly totalX: number;
  /** Bounds of name and total together. */
  readonly box: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
  /** Drawn from the node to a label that had to move away from it. */
  readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  /** Middle-column labels sit over links and get a white halo. */
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

/** Everything needed to draw the chart: no further computation in the component. */
export interface SankeyLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly title: { readonly lines: readonly string[]; readonly x: number; readonly y: number; readonly fontSize: number; readonly lineHeight: number };
  readonly headings: readonly { readonly label: string; readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' | 'end' }[];
  readonly plot: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
  /** Column by column, top to bottom. */
  readonly nodes: readonly SankeyNodeLayout[];
  readonly columns: readonly (readonly string[])[];
  readonly links: readonly SankeyLinkLayout[];
  readonly legend: SankeyLegendLayout;
  readonly notes: { readonly lines: readonly string[]; readonly x: number; readonly y: number; readonly lineHeight: number; readonly fontSize: number };
  /** px of width per unit of flow: equal across charts given the same size.pxPerUnit. */
  readonly pxPerUnit: number;
  readonly summary: SankeySummary;
}

const MARGIN = 16;
const NODE_WIDTH = 14;
const GUTTER = 12;
const TOTAL_GAP = 6;
const BASE_PAD = 10;
const LABEL_GAP = 4;

/** The px per flow unit that fills `plotHeight` with this chart's tallest column. */
export function fitPxPerUnit(input: SankeyInput, options: SankeyOptions, size: SankeySize = {}): number {
  return fitGraph(buildSankeyGraph(input, options), size.plotHeight ?? 560);
}

function fitGraph(graph: SankeyGraph, plotHeight: number): number {
  const fits = graph.columns
    .map((c) => ({ n: c.length, total: c.reduce((a, n) => a + n.value, 0) }))
    .filter((c) => c.total > 0)
    .map((c) => Math.max(plotHeight * 0.4, plotHeight - (c.n - 1) * BASE_PAD) / c.total);
  return fits.length ? Math.min(...fits) : 1;
}

/** Computes the geometry of a Sankey diagram. Pure: hands d3-sankey fresh objects every time. */
export function layoutSankey(input: SankeyInput, options: SankeyOptions, size: SankeySize, words: SankeyWords): SankeyLayout {
  const graph = buildSankeyGraph(input, options);
  const width = size.width ?? 960;
  const fontSize = size.fontSize ?? 14;
  const lineHeight = Math.round(fontSize * 1.3);
  const maxLabelWidth = size.maxLabelWidth ?? 220;
  const k = size.pxPerUnit ?? fitGraph(graph, size.plotHeight ?? 560);
  const cols = graph.columns;
  const last = cols.length - 1;

  const titleFont = Math.round(fontSize * 1.3);
  const titleLines = wrapText(words.title, width - 2 * MARGIN, titleFont, 2, true).lines;
  const headingY = MARGIN + titleLines.length * Math.round(titleFont * 1.25) + 12 + lineHeight * 0.7;
  const plotTop = headingY + 12;

  // Horizontal budget: outer labels first (they own the margins), then the middle column's, which
  // sit over the links between the middle and last columns.
  const totals = cols.map((c) => c.map((n) => words.formatTotal(n.value)));
  const totalW = totals.map((t) => Math.max(0, ...t.map((s) => estimateTextWidth(s, fontSize, true))));
  const wanted = cols.map((c) => Math.min(maxLabelWidth, Math.max(0, ...c.map((n) => estimateTextWidth(n.name, fontSize)))));
  const maxLines = cols.map((c) => (c.length > 16 ? 2 : 3));
  const minFlow = cols.length === 3 ? 2 * (GUTTER + totalW[1]! + TOTAL_GAP + Math.min(wanted[1]!, 140) + 40) + 3 * NODE_WIDTH : 180;
  const outerRoom = (width - 2 * MARGIN - minFlow) / 2;
  const budget = cols.map((_, c) => Math.max(60, Math.min(wanted[c]!, outerRoom - GUTTER - TOTAL_GAP - totalW[c]!)));
  const wrap = (c: number, budgetC: number) => cols[c]!.map((n) => wrapBalanced(n.name, budgetC, fontSize, maxLines[c]!, wrapText));
  const lines = cols.map((_, c) => wrap(c, budget[c]!));
  const nameW = lines.map((ls) => Math.max(0, ...ls.flat().map((l) => estimateTextWidth(l, fontSize))));
  const leftBlock = GUTTER + totalW[0]! + TOTAL_GAP + nameW[0]!;
  const rightBlock = GUTTER + totalW[last]! + TOTAL_GAP + nameW[last]!;
  const plotX0 = MARGIN + leftBlock;
  const plotX1 = width - MARGIN - rightBlock;
  if (cols.length === 3) {
    const gap = (plotX1 - plotX0 - 3 * NODE_WIDTH) / 2;
    budget[1] = Math.max(60, Math.min(wanted[1]!, gap - GUTTER - TOTAL_GAP - totalW[1]! - 24));
    lines[1] = wrap(1, budget[1]);
  }

  // Vertical budget: tall enough for the flows at k px per unit and for every column's labels.
  const heights = lines.map((ls) => ls.map((l) => l.length * lineHeight));
  const sums = cols.map((c) => c.reduce((a, n) => a + n.value, 0));
  const flowH = Math.max(...cols.map((c, i) => k * sums[i]! + (c.length - 1) * BASE_PAD));
  const plotH = Math.max(flowH, ...heights.map((h) => stackHeight(h, LABEL_GAP)), 2 * lineHeight);
  // The padding that keeps ky at exactly k in the tightest column (d3-sankey takes the min over columns).
  const pads = cols.map((c, i) => (c.length > 1 ? (plotH - k * sums[i]!) / (c.length - 1) : Infinity));
  const py = Math.min(...pads) === Infinity ? BASE_PAD : Math.min(...pads);

  const placed = graph.links.length > 0 ? runSankey(graph, [plotX0, plotTop, plotX1, plotTop + plotH], py) : emptyPlacement(graph, [plotX0, plotTop, plotX1], py);
  const nodes: SankeyNodeLayout[] = [];
  let labelBottom = plotTop + plotH;
  cols.forEach((col, c) => {
    const geo = col.map((n) => placed.nodes.get(n.id)!);
    const tops = dodgeLabels(geo.map((g, i) => ({ center: (g.y0 + g.y1) / 2, height: heights[c]![i]! })), plotTop, plotTop + plotH, LABEL_GAP);
    col.forEach((n, i) => {
      const g = geo[i]!;
      const ls = lines[c]![i]!;
      const top = tops[i]!;
      const bottom = top + heights[c]![i]!;
      labelBottom = Math.max(labelBottom, bottom);
      const center = (g.y0 + g.y1) / 2;
      const moved = Math.abs((top + bottom) / 2 - center) > 1.5;
      const widest = Math.max(...ls.map((l) => estimateTextWidth(l, fontSize)));
      const y = top + lineHeight / 2 + fontSize * 0.35;
      let label: SankeyNodeLabel;
      if (c === 0 && cols.length > 1) {
        const totalX = g.x0 - GUTTER;
        const x = totalX - totalW[c]! - TOTAL_GAP;
        label = { lines: ls, anchor: 'end', x, y, total: totals[c]![i]!, totalX, box: { x0: x - widest, x1: totalX, y0: top, y1: bottom }, halo: false,
          ...(moved ? { leader: { x1: g.x0 - 1, y1: center, x2: g.x0 - GUTTER + 2, y2: (top + bottom) / 2 } } : {}) };
      } else {
        const totalX = g.x1 + GUTTER + totalW[c]!;
        const x = totalX + TOTAL_GAP;
        label = { lines: ls, anchor: 'start', x, y, total: totals[c]![i]!, totalX, box: { x0: g.x1 + GUTTER, x1: x + widest, y0: top, y1: bottom }, halo: c !== last,
          ...(moved ? { leader: { x1: g.x1 + 1, y1: center, x2: g.x1 + GUTTER - 2, y2: (top + bottom) / 2 } } : {}) };
      }
      nodes.push({ ...n, ...g, label });
    });
  });

  const links = graph.links.map((l): SankeyLinkLayout => placed.links.get(l.id)!);
  const headings = cols.map((_, c) => {
    const label = words.columnHeadings[c] ?? '';
    const w = estimateTextWidth(label, fontSize, true);
    const x = c === 0 ? placed.columnX[0]! + NODE_WIDTH : c === last ? placed.columnX[c]! : placed.columnX[c]! + NODE_WIDTH / 2;
    const anchor = c === 0 ? ('end' as const) : c === last ? ('start' as const) : ('middle' as const);
    const clamped = anchor === 'end' ? Math.max(x, MARGIN + w) : anchor === 'start' ? Math.min(x, width - MARGIN - w) : x;
    return { label, x: clamped, y: headingY, anchor };
  });

  const entries: LegendEntry[] = legendEntries(graph, input, words);
  const legend = layoutLegend(entries, words.legendHeadings, words.scaleBar, k, { x0: MARGIN, x1: width - MARGIN, top: labelBottom + 24, fontSize: fontSize * 0.9, lineHeight });
  const noteFont = fontSize * 0.9;
  const noteLines = words.notes(graph.summary).flatMap((n) => wrapText(n, width - 2 * MARGIN, noteFont, 4).lines);
  const notesY = legend.bottom + 4 + noteFont;
  return {
    width,
    height: Math.ceil(notesY + Math.max(0, noteLines.length - 1) * lineHeight + MARGIN),
    fontSize,
    lineHeight,
    title: { lines: titleLines, x: MARGIN, y: MARGIN + titleFont, fontSize: titleFont, lineHeight: Math.round(titleFont * 1.25) },
    headings,
    plot: { x0: plotX0, y0: plotTop, x1: plotX1, y1: plotTop + plotH },
    nodes,
    columns: cols.map((c) => c.map((n) => n.id)),
    links,
    legend,
    notes: { lines: noteLines, x: MARGIN, y: notesY, lineHeight, fontSize: noteFont },
    pxPerUnit: k,
    summary: graph.summary,
  };
}

type Box = { x0: number; x1: number; y0: number; y1: number };
type Placement = { nodes: Map<string, Box>; links: Map<string, SankeyLinkLayout>; columnX: number[] };

function runSankey(graph: SankeyGraph, [x0, y0, x1, y1]: number[], py: number): Placement {
  type N = { id: string; column: number; rank: number };
  type L = { id: string };
  const nodes: N[] = graph.columns.flat().map((n) => ({ id: n.id, column: n.column, rank: n.rank }));
  const links = graph.links.map((l) => ({ id: l.id, source: l.source, target: l.target, value: l.value }));
  const result = sankey<N, L>()
    .nodeId((d) => d.id)
    .nodeAlign((d) => d.column)
    .nodeSort((a, b) => a.column - b.column || a.rank - b.rank)
    .nodeWidth(NODE_WIDTH)
    .nodePadding(py)
    .extent([[x0!, y0!], [x1!, y1!]])({ nodes, links });
  const path = sankeyLinkHorizontal<N, L>();
  const byId = new Map(graph.links.map((l) => [l.id, l]));
  const columnX: number[] = [];
  for (const n of result.nodes) columnX[n.column] = n.x0!;
  return {
    nodes: new Map(result.nodes.map((n: SankeyNode<N, L>) => [n.id, { x0: n.x0!, x1: n.x1!, y0: n.y0!, y1: n.y1! }])),
    links: new Map(
      result.links.map((l: SankeyLink<N, L>) => [l.id, { ...byId.get(l.id)!, width: l.width!, y0: l.y0!, y1: l.y1!, path: path(l) ?? '' }]),
    ),
    columnX,
  };
}

// With nothing to draw, d3-sankey cannot tell the columns apart; the empty nodes are stacked by hand.
function emptyPlacement(graph: SankeyGraph, [x0, y0, x1]: number[], py: number): Placement {
  const n = graph.columns.length;
  const columnX = graph.columns.map((_, c) => x0! + (c * (x1! - x0! - NODE_WIDTH)) / Math.max(1, n - 1));
  const nodes = new Map<string, Box>();
  graph.columns.forEach((col, c) => col.forEach((node, i) => nodes.set(node.id, { x0: columnX[c]!, x1: columnX[c]! + NODE_WIDTH, y0: y0! + i * py, y1: y0! + i * py })));
  return { nodes, links: new Map(), columnX };
}

function legendEntries(graph: SankeyGraph, input: SankeyInput, words: SankeyWords): LegendEntry[] {
  const seen = new Map<string, LegendEntry>();
  const names: Record<string, (key: string) => string> = {
    category: (key) => (key === 'custom' ? words.customRows : `${key} ${input.categoryNames[key] ?? ''}`.trim()),
    stakeholder: (key) => input.stakeholders.find((s) => s.key === key)?.name ?? key,
    sector: (key) => input.sectorNames[key as SectorGroup] ?? key,
  };
  for (const n of graph.columns.flat()) {
    const id = `${n.legend.group}:${n.legend.key}`;
    if (!seen.has(id)) seen.set(id, { ...n.legend, label: names[n.legend.group]!(n.legend.key) });
  }
  // Legends keep a fixed order whatever the node order, so two charts' legends line up.
  const order = (e: LegendEntry) =>
    e.group === 'category' ? (e.key === 'custom' ? 99 : CATEGORY_IDS.indexOf(e.key as CategoryId)) : e.group === 'sector' ? SECTOR_GROUPS.indexOf(e.key as SectorGroup) : input.stakeholders.findIndex((s) => s.key === e.key);
  return [...seen.values()].sort((a, b) => order(a) - order(b));
}
