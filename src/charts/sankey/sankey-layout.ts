import { SECTOR_GROUPS, type SectorGroup } from '../../domain/stakeholders';
import { CATEGORY_IDS, type CategoryId } from '../../domain/taxonomy-x1060';
import { estimateTextWidth, wrapText } from '../text-measure';
import { frameSankey, MARGIN, NODE_WIDTH } from './sankey-frame';
import { buildSankeyGraph, type SankeyGraph } from './sankey-graph';
import { layoutLegend, type LegendEntry, type SankeyLegendLayout } from './sankey-legend';
import { placeFlows, placeNodes, type SankeyLinkLayout, type SankeyNodeLayout } from './sankey-place';
import type { SankeyInput, SankeyOptions, SankeySize, SankeySummary, SankeyWords } from './sankey-types';

export { fitPxPerUnit } from './sankey-frame';
export type { SankeyLinkLayout, SankeyNodeLabel, SankeyNodeLayout } from './sankey-place';

/** Everything needed to draw the chart: no further computation in the component. */
export interface SankeyLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly title: {
    readonly lines: readonly string[];
    readonly x: number;
    readonly y: number;
    readonly fontSize: number;
    readonly lineHeight: number;
  };
  readonly headings: readonly {
    readonly label: string;
    readonly x: number;
    readonly y: number;
    readonly anchor: 'start' | 'middle' | 'end';
  }[];
  readonly plot: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
  /** Column by column, top to bottom. */
  readonly nodes: readonly SankeyNodeLayout[];
  /** Node ids per column, top to bottom. */
  readonly columns: readonly (readonly string[])[];
  readonly links: readonly SankeyLinkLayout[];
  readonly legend: SankeyLegendLayout;
  readonly notes: {
    readonly lines: readonly string[];
    readonly x: number;
    readonly y: number;
    readonly lineHeight: number;
    readonly fontSize: number;
  };
  /** px of link width per unit of flow: the same in two charts given the same size.pxPerUnit. */
  readonly pxPerUnit: number;
  readonly summary: SankeySummary;
}

/**
 * Computes the geometry of a Sankey diagram: frame (sizes, labels, scale) → d3-sankey → labels
 * beside their nodes → headings, legend and notes. Pure: d3-sankey only ever sees fresh copies.
 */
export function layoutSankey(
  input: SankeyInput,
  options: SankeyOptions,
  size: SankeySize,
  words: SankeyWords,
): SankeyLayout {
  const frame = frameSankey(input, options, size, words);
  const { graph, width, fontSize, lineHeight, plot } = frame;
  const placed = placeFlows(frame);
  const nodes = placeNodes(frame, placed);
  const last = graph.columns.length - 1;

  const headings = graph.columns.map((_, c) => {
    const label = words.columnHeadings[c] ?? '';
    const w = estimateTextWidth(label, fontSize, true);
    const colX = placed.columnX[c]!;
    if (c === 0)
      return { label, x: Math.max(colX + NODE_WIDTH, MARGIN + w), y: frame.headingY, anchor: 'end' as const };
    if (c === last)
      return { label, x: Math.min(colX, width - MARGIN - w), y: frame.headingY, anchor: 'start' as const };
    return { label, x: colX + NODE_WIDTH / 2, y: frame.headingY, anchor: 'middle' as const };
  });

  const labelBottom = Math.max(plot.y1, ...nodes.map((n) => n.label.box.y1));
  const legend =
    size.legend === false
      ? noLegend(labelBottom + 12)
      : layoutLegend(legendEntries(graph, input, words), words.legendHeadings, words.scaleBar, frame.k, {
          x0: MARGIN,
          x1: width - MARGIN,
          top: labelBottom + 24,
          fontSize: fontSize * 0.9,
          lineHeight,
        });
  const noteFont = fontSize * 0.9;
  const notes = size.notes === false ? [] : words.notes(graph.summary);
  const noteLines = notes.flatMap((n) => wrapText(n, width - 2 * MARGIN, noteFont, 4).lines);
  const notesY = legend.bottom + 4 + noteFont;
  // Without notes or legend (a side-by-side slide says both once for its two charts), the chart ends at its labels.
  const bottom =
    noteLines.length > 0
      ? notesY + (noteLines.length - 1) * lineHeight
      : size.legend === false
        ? labelBottom
        : legend.bottom;
  return {
    width,
    height: Math.ceil(bottom + MARGIN),
    fontSize,
    lineHeight,
    title: {
      lines: frame.titleLines,
      x: MARGIN,
      y: MARGIN + frame.titleFont,
      fontSize: frame.titleFont,
      lineHeight: Math.round(frame.titleFont * 1.25),
    },
    headings,
    plot,
    nodes,
    columns: graph.columns.map((c) => c.map((n) => n.id)),
    links: graph.links.map((l) => placed.links.get(l.id)!),
    legend,
    notes: { lines: noteLines, x: MARGIN, y: notesY, lineHeight, fontSize: noteFont },
    pxPerUnit: frame.k,
    summary: graph.summary,
  };
}

/** No legend: nothing drawn, the notes start at `top`. */
function noLegend(top: number): SankeyLegendLayout {
  const scaleBar = { x: MARGIN, y: top, width: 0, height: 0, label: '', labelX: MARGIN, labelY: top };
  return { scaleBar, headings: [], items: [], swatch: 0, bottom: top };
}

/** A legend drawn on its own, `width` × `height` px. */
export interface PairLegendLayout extends SankeyLegendLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
}

/**
 * The one legend of two charts drawn side by side on one scale (a slide), `width` px wide under both: the
 * scale bar at their shared px per unit and the sector groups' colours. A category's or a stakeholder's own
 * colour is left out: each such node is drawn in it beside its name, which a swatch would only repeat (two
 * half-width legends of nine categories took a third of the slide).
 */
export function layoutPairLegend(
  charts: readonly { readonly input: SankeyInput; readonly words: SankeyWords }[],
  options: SankeyOptions,
  size: { readonly width: number; readonly fontSize: number; readonly pxPerUnit: number },
): PairLegendLayout {
  const entries = new Map<string, LegendEntry>();
  for (const { input, words } of charts)
    for (const e of legendEntries(buildSankeyGraph(input, options), input, words))
      if (e.group === 'sector' && !entries.has(e.key)) entries.set(e.key, e);
  const words = charts[0]!.words;
  const fontSize = size.fontSize * 0.9;
  const legend = layoutLegend([...entries.values()], words.legendHeadings, words.scaleBar, size.pxPerUnit, {
    x0: MARGIN,
    x1: size.width - MARGIN,
    top: 4,
    fontSize,
    lineHeight: Math.round(size.fontSize * 1.3),
    afterScaleBar: true,
  });
  return { ...legend, width: size.width, height: Math.ceil(legend.bottom), fontSize };
}

/** One legend entry per colour the nodes use, in a fixed order so that two charts' legends line up. */
function legendEntries(graph: SankeyGraph, input: SankeyInput, words: SankeyWords): LegendEntry[] {
  const seen = new Map<string, LegendEntry>();
  const names: Record<LegendEntry['group'], (key: string) => string> = {
    category: (key) => (key === 'custom' ? words.customRows : `${key} ${input.categoryNames[key] ?? ''}`.trim()),
    stakeholder: (key) => input.stakeholders.find((s) => s.key === key)?.name ?? key,
    sector: (key) => input.sectorNames[key as SectorGroup] ?? key,
  };
  for (const n of graph.columns.flat()) {
    const id = `${n.legend.group}:${n.legend.key}`;
    if (!seen.has(id)) seen.set(id, { ...n.legend, label: names[n.legend.group](n.legend.key) });
  }
  const order = (e: LegendEntry) =>
    e.group === 'category'
      ? e.key === 'custom'
        ? 99
        : CATEGORY_IDS.indexOf(e.key as CategoryId)
      : e.group === 'sector'
        ? SECTOR_GROUPS.indexOf(e.key as SectorGroup)
        : input.stakeholders.findIndex((s) => s.key === e.key);
  return [...seen.values()].sort((a, b) => order(a) - order(b));
}
