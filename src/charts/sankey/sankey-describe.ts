import type { SankeyLayout } from './sankey-layout';
import type { SankeyInput, SankeyOptions, SankeySummary, SankeyWords } from './sankey-types';

/** Words the Sankey chart draws and announces; src/i18n/sankey-messages.ts translates them. */
export interface SankeyText {
  readonly headingCategories: string;
  readonly headingServices: string;
  readonly headingRows: string;
  readonly headingStakeholders: string;
  readonly headingSectors: string;
  readonly legendCategory: string;
  readonly legendStakeholder: string;
  readonly legendSector: string;
  readonly customRows: string;
  readonly scaleBarRaw: string;
  readonly scaleBarNormalised: string;
  readonly noteRaw: string;
  readonly noteNormalised: string;
  readonly noteDrawn: (drawn: number, notInvolved: number) => string;
  readonly noteBelowMin: (cells: number, min: string) => string;
  readonly noteUnknown: (cells: number, list: string, more: number) => string;
  readonly nothingDrawn: string;
  readonly nodeKind: string;
  readonly flowKind: string;
  readonly flowTitle: (from: string, to: string) => string;
  readonly score: (score: string) => string;
  readonly shareOfRow: (percent: string, row: string) => string;
  readonly sumOfScores: (sum: string, cells: number) => string;
  readonly weight: (value: string) => string;
  readonly unknownCells: (cells: number) => string;
  readonly sector: (name: string) => string;
  readonly keyboardHelp: string;
}

/** What a hovered or focused item says: a heading and its figures. */
export interface SankeyItemText {
  readonly title: string;
  readonly lines: readonly string[];
  /** The whole as one sentence, for aria-label. */
  readonly label: string;
}

/** 7 → "7", 2.5 → "2.5", 23.684 → "23.7": at most one decimal, no locale surprises. */
export function formatFigure(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** The words the layout measures, for a title, input and options. */
export function sankeyWords(text: SankeyText, title: string, input: SankeyInput, options: SankeyOptions): SankeyWords {
  const ids = input.rows.map((r) => r.id).filter((id): id is string => id !== undefined);
  const rowHeading =
    ids.length === 0
      ? text.headingRows
      : ids.some((id) => id.includes('-'))
        ? text.headingServices
        : text.headingCategories;
  const headings = options.showSectors
    ? [rowHeading, text.headingStakeholders, text.headingSectors]
    : [rowHeading, text.headingStakeholders];
  return {
    title,
    columnHeadings: options.direction === 'reverse' ? headings.reverse() : headings,
    legendHeadings: { category: text.legendCategory, stakeholder: text.legendStakeholder, sector: text.legendSector },
    customRows: text.customRows,
    scaleBar: options.normalise ? text.scaleBarNormalised : text.scaleBarRaw,
    notes: (s: SankeySummary) => sankeyNotes(text, s, options),
    formatTotal: formatFigure,
  };
}

/** The sentences under the chart: what width means and what was left out, unknowns by name. */
export function sankeyNotes(text: SankeyText, s: SankeySummary, options: SankeyOptions): string[] {
  // A blank width note (a slide that says it once for two charts) is left out.
  const widths = options.normalise ? text.noteNormalised : text.noteRaw;
  const notes = [...(widths ? [widths] : []), text.noteDrawn(s.drawn, s.notInvolved)];
  if (s.drawn === 0) notes.push(text.nothingDrawn);
  if (options.minScore > 0) notes.push(text.noteBelowMin(s.belowMin, formatFigure(options.minScore)));
  if (s.unknown > 0)
    notes.push(text.noteUnknown(s.unknown, s.unknownCells.slice(0, 6).join(', '), Math.max(0, s.unknown - 6)));
  return notes;
}

/** The heading and figures of every node and link of a layout, keyed by id. */
export function describeSankey(
  layout: SankeyLayout,
  input: SankeyInput,
  options: SankeyOptions,
  text: SankeyText,
): Map<string, SankeyItemText> {
  const out = new Map<string, SankeyItemText>();
  const node = new Map(layout.nodes.map((n) => [n.id, n]));
  const sectorOf = new Map(input.stakeholders.map((s) => [s.key, input.sectorNames[s.sector]]));
  const item = (kind: string, title: string, lines: string[]): SankeyItemText => ({
    title,
    lines,
    label: `${kind}: ${title}. ${lines.join('. ')}`,
  });
  for (const n of layout.nodes) {
    const lines = options.normalise
      ? [text.weight(formatFigure(n.value)), text.sumOfScores(formatFigure(n.raw), n.cells)]
      : [text.sumOfScores(formatFigure(n.raw), n.cells)];
    if (n.kind === 'stakeholder') lines.push(text.sector(sectorOf.get(n.key) ?? ''));
    if (n.unknown > 0) lines.push(text.unknownCells(n.unknown));
    out.set(n.id, item(text.nodeKind, n.name, lines));
  }
  for (const l of layout.links) {
    const title = text.flowTitle(node.get(l.source)?.name ?? l.source, node.get(l.target)?.name ?? l.target);
    const rowName = l.rowKey === undefined ? undefined : node.get(`r:${l.rowKey}`)?.name;
    const lines =
      l.shareOfRow === undefined || rowName === undefined
        ? [
            ...(options.normalise ? [text.weight(formatFigure(l.value))] : []),
            text.sumOfScores(formatFigure(l.raw), node.get(`s:${l.stakeholderKey}`)?.cells ?? 0),
          ]
        : [text.score(formatFigure(l.raw)), text.shareOfRow(formatFigure(l.shareOfRow * 100), rowName)];
    out.set(l.id, item(text.flowKind, title, lines));
  }
  return out;
}
