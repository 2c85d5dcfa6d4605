import { estimateTextWidth, longestWordWidth, wrapText } from '../text-measure';
import { buildSankeyGraph, type SankeyGraph } from './sankey-graph';
import { stackHeight, wrapBalanced } from './sankey-labels';
import type { SankeyInput, SankeyOptions, SankeySize, SankeyWords } from './sankey-types';

export const MARGIN = 16;
export const NODE_WIDTH = 14;
/** Between a node and its label's total (leader lines are drawn in it). */
export const GUTTER = 12;
export const TOTAL_GAP = 6;
export const LABEL_GAP = 4;
const BASE_PAD = 10;

/** Label width given to the left, middle and right columns. */
type Alloc = { readonly left: number; readonly mid: number; readonly right: number };

/** The frame of a chart: sizes, wrapped labels, the scale and the plot's box, before d3-sankey runs. */
export interface SankeyFrame {
  readonly graph: SankeyGraph;
  readonly width: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly titleLines: readonly string[];
  readonly titleFont: number;
  readonly headingY: number;
  readonly plot: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
  /** Per column, per node: the wrapped name, its block height, its printed total. */
  readonly lines: readonly (readonly (readonly string[])[])[];
  readonly heights: readonly (readonly number[])[];
  readonly totals: readonly (readonly string[])[];
  readonly totalWidths: readonly number[];
  /** px per unit of flow. */
  readonly k: number;
  /** Node padding that makes d3-sankey's own scale come out at exactly k. */
  readonly py: number;
}

/**
 * Sizes a chart. Labels own the margins (outer columns) or sit over the links (middle column);
 * the plot is as tall as the flows at k px per unit and as every column's stacked labels. Without
 * size.pxPerUnit, k fills that height with the tallest column.
 */
export function frameSankey(
  input: SankeyInput,
  options: SankeyOptions,
  size: SankeySize,
  words: SankeyWords,
): SankeyFrame {
  const graph = buildSankeyGraph(input, options);
  const cols = graph.columns;
  const fontSize = size.fontSize ?? 14;
  const lineHeight = Math.round(fontSize * 1.3);
  const titleFont = Math.round(fontSize * 1.3);
  const totals = cols.map((c) => c.map((n) => words.formatTotal(n.value)));
  const totalWidths = totals.map((t) => Math.max(0, ...t.map((s) => estimateTextWidth(s, fontSize, true))));
  const bounds = labelWidthBounds(cols, fontSize, size.maxLabelWidth ?? 220);
  const { width, budget } = allocateWidth(cols, bounds, totalWidths, size.width ?? 960);
  const { lines, x0, x1 } = wrapLabels(cols, bounds, budget, totalWidths, width, fontSize);
  const titleLines = wrapText(words.title, width - 2 * MARGIN, titleFont, 2, true).lines;
  // A slide's heading names the chart: no band for its title, which stays as the accessible name.
  const titleBand = size.untitled ? 0 : titleLines.length * Math.round(titleFont * 1.25) + 12;
  const headingY = MARGIN + titleBand + lineHeight * 0.7;
  const plotTop = headingY + 12;
  const heights = lines.map((ls) => ls.map((l) => l.length * lineHeight));
  const { k, py, plotH } = scaleFlows(cols, heights, size, lineHeight);
  return {
    graph,
    width,
    fontSize,
    lineHeight,
    titleLines,
    titleFont,
    headingY,
    plot: { x0, y0: plotTop, x1, y1: plotTop + plotH },
    lines,
    heights,
    totals,
    totalWidths,
    k,
    py,
  };
}

type Columns = SankeyGraph['columns'];
/** Per column: how many lines a label may take, and the least, comfortable and wanted label widths. */
interface WidthBounds {
  readonly maxLines: readonly number[];
  readonly least: readonly number[];
  readonly comfort: readonly number[];
  readonly wanted: readonly number[];
}

function labelWidthBounds(cols: Columns, fontSize: number, maxLabelWidth: number): WidthBounds {
  const last = cols.length - 1;
  // Long lists (64 services) get wider labels rather than more lines, to keep the chart short.
  const maxLines = cols.map((c, i) => (i !== 0 && i !== last ? 3 : c.length > 16 ? 2 : 3));
  const full = cols.map((c) => Math.max(1, ...c.map((n) => estimateTextWidth(n.name, fontSize))));
  // The narrowest each column can be without cutting a name: the chart widens rather than cut one.
  const least = cols.map((c, i) =>
    Math.min(full[i]!, Math.max(40, ...c.map((n) => narrowestUncut(n.name, fontSize, maxLines[i]!)))),
  );
  const wanted = cols.map((c, i) =>
    Math.max(least[i]!, Math.min(c.length > 16 ? maxLabelWidth * 1.4 : maxLabelWidth, full[i]!)),
  );
  // Comfortable: two lines at most, and a short name (up to 100 px) kept on one.
  const comfortable = (name: string) =>
    Math.max(Math.min(100, estimateTextWidth(name, fontSize)), narrowestUncut(name, fontSize, 2));
  const comfort = cols.map((c, i) =>
    Math.max(least[i]!, Math.min(wanted[i]!, Math.max(...c.map((n) => comfortable(n.name))))),
  );
  return { maxLines, least, comfort, wanted };
}

/**
 * The chart's width and each column's label width. Width is handed out in stages: every column at
 * its least; the outer ones, then the middle one, comfortable; every column as wide as it wants.
 * The first stage that does not fit is interpolated.
 */
function allocateWidth(
  cols: Columns,
  { least, comfort, wanted }: WidthBounds,
  totalWidths: readonly number[],
  minWidth: number,
): { width: number; budget: number[] } {
  const last = cols.length - 1;
  const three = cols.length === 3;
  const fixed = 2 * MARGIN + 2 * (GUTTER + TOTAL_GAP) + totalWidths[0]! + totalWidths[last]! + cols.length * NODE_WIDTH;
  const flowRoom = (mid: number) => (three ? 2 * (GUTTER + TOTAL_GAP + totalWidths[1]! + mid + 24) : 160);
  const stages: Alloc[] = [
    { left: least[0]!, mid: three ? least[1]! : 0, right: least[last]! },
    { left: comfort[0]!, mid: three ? least[1]! : 0, right: comfort[last]! },
    { left: comfort[0]!, mid: three ? Math.min(comfort[1]!, 140) : 0, right: comfort[last]! },
    { left: wanted[0]!, mid: three ? Math.min(wanted[1]!, 140) : 0, right: wanted[last]! },
  ];
  const cost = (a: Alloc) => fixed + a.left + a.right + flowRoom(a.mid);
  const width = Math.max(minWidth, Math.ceil(cost(stages[0]!)));
  let alloc = stages[0]!;
  for (const to of stages.slice(1)) {
    const f = Math.max(0, Math.min(1, (width - cost(alloc)) / Math.max(1e-9, cost(to) - cost(alloc))));
    alloc = {
      left: alloc.left + (to.left - alloc.left) * f,
      mid: alloc.mid + (to.mid - alloc.mid) * f,
      right: alloc.right + (to.right - alloc.right) * f,
    };
    if (f < 1) break;
  }
  return { width, budget: cols.map((_, c) => (c === 0 ? alloc.left : c === last ? alloc.right : alloc.mid)) };
}

/** Wraps each label to its column's width; the plot lies between the outer labels, the middle one over the flows. */
function wrapLabels(
  cols: Columns,
  { maxLines, least, wanted }: WidthBounds,
  budget: number[],
  totalWidths: readonly number[],
  width: number,
  fontSize: number,
) {
  const last = cols.length - 1;
  const wrap = (c: number) => cols[c]!.map((n) => wrapBalanced(n.name, budget[c]!, fontSize, maxLines[c]!, wrapText));
  const lines = cols.map((_, c) => wrap(c));
  const nameWidth = (c: number) => Math.max(0, ...lines[c]!.flat().map((l) => estimateTextWidth(l, fontSize)));
  const x0 = MARGIN + GUTTER + totalWidths[0]! + TOTAL_GAP + nameWidth(0);
  const x1 = width - MARGIN - (GUTTER + totalWidths[last]! + TOTAL_GAP + nameWidth(last));
  if (cols.length === 3) {
    const gap = (x1 - x0 - 3 * NODE_WIDTH) / 2;
    budget[1] = Math.max(least[1]!, Math.min(wanted[1]!, gap - GUTTER - TOTAL_GAP - totalWidths[1]! - 24));
    lines[1] = wrap(1);
  }
  return { lines, x0, x1 };
}

/**
 * The scale (k px per unit of flow) and the plot's height: as tall as the flows and as every
 * column's stacked labels; without size.pxPerUnit, k fills that height with the tallest column.
 */
function scaleFlows(cols: Columns, heights: readonly (readonly number[])[], size: SankeySize, lineHeight: number) {
  const labelH = Math.max(2 * lineHeight, ...heights.map((h) => stackHeight(h, LABEL_GAP)));
  const sums = cols.map((c) => c.reduce((a, n) => a + n.value, 0));
  const fit = (h: number) => {
    const fits = cols.flatMap((c, i) =>
      sums[i]! > 0 ? [Math.max(h * 0.4, h - (c.length - 1) * BASE_PAD) / sums[i]!] : [],
    );
    return fits.length ? Math.min(...fits) : 1;
  };
  const k = size.pxPerUnit ?? fit(Math.max(size.plotHeight ?? 560, labelH));
  const flowH = Math.max(...cols.map((c, i) => k * sums[i]! + (c.length - 1) * BASE_PAD));
  const plotH = Math.max(flowH, labelH);
  // d3-sankey's scale is the min over columns of (height − padding) / total: choosing the padding
  // that makes the tightest column give exactly k keeps charts with the same k comparable.
  const pads = cols.flatMap((c, i) => (c.length > 1 ? [(plotH - k * sums[i]!) / (c.length - 1)] : []));
  return { k, py: pads.length ? Math.min(...pads) : BASE_PAD, plotH };
}

/** The px per unit that fits this chart at its size: give the smaller of two to both to compare them. */
export function fitPxPerUnit(input: SankeyInput, options: SankeyOptions, size: SankeySize, words: SankeyWords): number {
  return frameSankey(input, options, { ...size, pxPerUnit: undefined }, words).k;
}

/** The width a chart takes: size.width, or more when its names could not fit uncut in that. */
export function sankeyWidth(input: SankeyInput, options: SankeyOptions, size: SankeySize, words: SankeyWords): number {
  return frameSankey(input, options, size, words).width;
}

/** The narrowest width at which a name wraps into maxLines lines without being cut. */
function narrowestUncut(name: string, fontSize: number, maxLines: number): number {
  let lo = longestWordWidth(name, fontSize);
  let hi = Math.max(lo, estimateTextWidth(name, fontSize));
  if (!wrapText(name, lo, fontSize, maxLines).truncated) return lo;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrapText(name, mid, fontSize, maxLines).truncated) lo = mid;
    else hi = mid;
  }
  return hi;
}
