import { scaleBand } from 'd3-scale';
import type { Score } from '../../domain/matrix';
import { bracketColor, PALETTES, scoreBrackets, scoreColorScale, textColorOn, type PaletteId, type ScoreBracket } from '../color-scales';
import { estimateTextWidth, longestWordWidth, wrapText } from '../text-measure';

/** A row as the heatmap shows it. */
export interface HeatmapRowInput {
  readonly key: string;
  /** Short id drawn in bold before the name ("D-2"); absent for custom rows. */
  readonly id?: string;
  readonly name: string;
  /** 1 for a service shown under its expanded category. */
  readonly depth?: 0 | 1;
  /** Whether the row can expand (a rolled-up category), and whether it is expanded. */
  readonly expandable?: boolean;
  readonly expanded?: boolean;
  /** The row's place in the unsorted data: the DOM keeps rows in this order (see Heatmap). */
  readonly sourceIndex?: number;
}

/** A column as the heatmap shows it. */
export interface HeatmapColumnInput {
  readonly key: string;
  readonly name: string;
}

/** What to draw: rows × columns of scores, and how to colour them. */
export interface HeatmapInput {
  readonly rows: readonly HeatmapRowInput[];
  readonly columns: readonly HeatmapColumnInput[];
  /** values[row][column]. */
  readonly values: readonly (readonly Score[])[];
  readonly palette: PaletteId;
  /** Continuous ramp (default) or score brackets. */
  readonly colorMode?: 'continuous' | 'brackets';
  /** Lower bounds of the brackets after 0, e.g. [1, 4, 7, 10]. */
  readonly brackets?: readonly number[];
  /** Scored cells below this are faded (0 = none). */
  readonly threshold?: number;
  /** Marginal bars: per row and per column values, and what they are. */
  readonly rowMarginals?: readonly HeatmapMarginal[];
  readonly columnMarginals?: readonly HeatmapMarginal[];
  readonly theme?: 'light' | 'dark';
  /** Lines drawn under the legend (roll-up rule, threshold, source), wrapped to the chart's width. */
  readonly captions?: readonly string[];
  /** The legend's words for blank cells, so the next swatch is placed after them. */
  readonly legendBlankLabel?: string;
}

/** A row's or column's total or maximum over its known cells; unknown cells are counted, never read as 0. */
export interface HeatmapMarginal {
  /** null when no cell is known. */
  readonly value: number | null;
  /** How many cells were unknown and left out. */
  readonly unknown: number;
}

/** Sizes in px; the defaults are chosen to be legible when projected. */
export interface HeatmapOptions {
  readonly cellWidth?: number;
  readonly cellHeight?: number;
  readonly fontSize?: number;
  readonly maxRowLabelWidth?: number;
  /**
   * 'slanted': each column heading on one line at −45° over columns only as wide as their numbers
   * (slides, where wrapped headings made the chart too wide to fill the screen); default 'wrapped'.
   */
  readonly columnLabels?: 'wrapped' | 'slanted';
}

/** One drawn cell. */
export interface HeatmapCell {
  readonly row: number;
  readonly col: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** 'blank' = not involved (no number), 'unknown' = hatched. */
  readonly kind: 'score' | 'blank' | 'unknown';
  readonly score: Score;
  readonly fill: string;
  readonly textColor: string;
  /** The number printed in the cell ("" for blank, "?" for unknown). */
  readonly text: string;
  /** Below the threshold: drawn faded. */
  readonly faded: boolean;
}

/** A wrapped label and where its first line's baseline sits. */
export interface HeatmapLabel {
  readonly key: string;
  readonly id?: string;
  readonly lines: string[];
  readonly full: string;
  readonly x: number;
  readonly y: number;
  /** Row labels: the band's top and height, for focus rings and hit areas. */
  readonly top: number;
  readonly height: number;
  readonly depth: 0 | 1;
  readonly expandable: boolean;
  readonly expanded: boolean;
  /** Row labels: the row's place in the unsorted data. */
  readonly sourceIndex: number;
}

/** A marginal bar: a row's or column's total or maximum. */
export interface MarginalBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly value: number | null;
  readonly unknown: number;
  /** "12", "12+" (some cells unknown, so at least 12) or "?" (no known cell). */
  readonly text: string;
  /** Where the value label goes. */
  readonly textX: number;
  readonly textY: number;
}

/** Everything needed to draw the heatmap: no further computation in the component. */
export interface HeatmapLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly cells: HeatmapCell[];
  readonly rowLabels: HeatmapLabel[];
  readonly columnLabels: HeatmapLabel[];
  /** 0 for level, wrapped column headings; −45 for slanted ones (each at its x, y, rotated about it). */
  readonly columnLabelAngle: 0 | -45;
  /** x of row ids (left-aligned). */
  readonly rowIdX: number;
  readonly gridX: number;
  readonly gridY: number;
  readonly gridWidth: number;
  readonly gridHeight: number;
  readonly rowBars: MarginalBar[];
  readonly columnBars: MarginalBar[];
  readonly legend: HeatmapLegend;
  readonly blankFill: string;
  readonly unknownFill: string;
  /** Page and text colours of the theme, written into the SVG so exports look the same. */
  readonly background: string;
  readonly foreground: string;
  /** Caption lines, already wrapped, with their baselines. */
  readonly captions: { text: string; y: number }[];
}

/** A colour ramp with ticks (continuous) or swatches (brackets), plus blank and unknown swatches. */
export interface HeatmapLegend {
  readonly x: number;
  readonly y: number;
  readonly mode: 'continuous' | 'brackets';
  readonly rampWidth: number;
  readonly rampHeight: number;
  readonly stops: { offset: number; color: string }[];
  readonly ticks: { x: number; label: string }[];
  readonly swatches: { x: number; width: number; color: string; label: string }[];
  readonly paletteName: string;
  readonly blankSwatch: { x: number; fill: string };
  readonly unknownSwatch: { x: number };
}

export const BLANK_FILL = '#f3f4f6';
export const BLANK_FILL_DARK = '#1f2937';
export const UNKNOWN_FILL = '#e5e7eb';
const PAD = 12;
const INDENT = 18;
const MARGIN_BAR = 110;
/** Longest slanted column heading, in ems (the NCSC's 19-character Japanese name fits); longer ones end in "…" (the whole name is in a <title>). */
const SLANT_EMS = 22;

/** Computes the geometry and colours of a heatmap. Pure: same input, same layout. */
export function layoutHeatmap(input: HeatmapInput, options: HeatmapOptions = {}): HeatmapLayout {
  const fontSize = options.fontSize ?? 15;
  const lineHeight = Math.round(fontSize * 1.25);
  const maxRowLabelWidth = options.maxRowLabelWidth ?? 300;
  const dark = input.theme === 'dark';
  const blankFill = dark ? BLANK_FILL_DARK : BLANK_FILL;
  const mode = input.colorMode ?? 'continuous';
  const brackets: ScoreBracket[] = mode === 'brackets' ? scoreBrackets(input.palette, input.brackets ?? [1, 4, 7, 10], dark) : [];
  const ramp = scoreColorScale(input.palette, dark);
  const color = mode === 'brackets' ? (s: number) => bracketColor(brackets, s) : ramp;
  const threshold = input.threshold ?? 0;

  // Columns are at least as wide as their longest word, so no name is broken mid-word, and wide
  // enough for every header to fit in four lines, so long Japanese names are never cut.
  // Slanted headings need no width: the columns only have to hold "10".
  const slanted = options.columnLabels === 'slanted';
  const baseWidth = slanted
    ? Math.ceil(Math.max(options.cellWidth ?? 92, estimateTextWidth('10', fontSize, true) + 18))
    : Math.ceil(Math.max(options.cellWidth ?? 92, ...input.columns.map((c) => longestWordWidth(c.name, fontSize, true) + 12)));
  const cellWidth = slanted ? baseWidth : Math.max(baseWidth, ...input.columns.map((c) => widthToFit(c.name, baseWidth, fontSize, 4)));
  const idWidth = Math.max(0, ...input.rows.map((r) => (r.id ? estimateTextWidth(r.id, fontSize, true) + (r.depth ? INDENT : 0) : 0)));
  const markerWidth = input.rows.some((r) => r.expandable) ? 18 : 0;
  const labelX = PAD + markerWidth + idWidth + (idWidth > 0 ? 10 : 0);
  const wrappedRows = input.rows.map((r) => wrapText(r.name, maxRowLabelWidth - (r.depth ? INDENT : 0), fontSize, 3));
  const nameWidth = Math.min(maxRowLabelWidth, Math.max(40, ...wrappedRows.map((w, i) => (input.rows[i]!.depth ? INDENT : 0) + Math.max(0, ...w.lines.map((l) => estimateTextWidth(l, fontSize))))));
  const maxRowLines = Math.max(1, ...wrappedRows.map((w) => w.lines.length));
  const cellHeight = Math.max(options.cellHeight ?? 44, maxRowLines * lineHeight + 10);

  const wrappedCols = input.columns.map((c) => (slanted ? wrapText(c.name, fontSize * SLANT_EMS, fontSize, 1, true) : wrapText(c.name, cellWidth - 10, fontSize, 4, true)));
  const maxColLines = Math.max(1, ...wrappedCols.map((w) => w.lines.length));
  // How far a slanted heading reaches up (and right) from its column.
  const slantReach = slanted ? Math.ceil(Math.max(0, ...wrappedCols.map((w) => estimateTextWidth(w.lines[0] ?? '', fontSize, true))) * Math.SQRT1_2) : 0;

  const gridX = Math.ceil(labelX + nameWidth + PAD);
  const gridY = slanted ? PAD + slantReach + Math.round(fontSize * 0.9) : PAD + maxColLines * lineHeight + 10;
  const gridWidth = input.columns.length * cellWidth;
  const gridHeight = input.rows.length * cellHeight;
  const x = scaleBand<number>().domain(input.columns.map((_, i) => i)).range([gridX, gridX + gridWidth]).paddingInner(0.04);
  const y = scaleBand<number>().domain(input.rows.map((_, i) => i)).range([gridY, gridY + gridHeight]).paddingInner(0.06);

  // Colour parsing dominates the layout's cost, and a matrix holds few distinct scores: cache them.
  const painted = new Map<number, { fill: string; textColor: string }>();
  const paint = (score: number) => {
    let p = painted.get(score);
    if (!p) {
      const fill = color(score);
      painted.set(score, (p = { fill, textColor: textColorOn(fill) }));
    }
    return p;
  };
  // Band positions are read once per row and column, not per cell: a 64 × 40 grid has 2,560 cells.
  const xs = input.columns.map((_, c) => x(c)!);
  const ys = input.rows.map((_, r) => y(r)!);
  const bw = x.bandwidth();
  const bh = y.bandwidth();
  const cells: HeatmapCell[] = [];
  const unknownText = '#111827';
  const blankText = dark ? '#f9fafb' : '#111827';
  for (let r = 0; r < input.rows.length; r++) {
    const rowValues = input.values[r];
    const y0 = ys[r]!;
    for (let c = 0; c < input.columns.length; c++) {
      const score = rowValues?.[c] ?? null;
      const x0 = xs[c]!;
      // Literal objects, not spreads: this loop runs 2,560 times for a 64 × 40 matrix.
      if (score === 'unknown') cells.push({ row: r, col: c, x: x0, y: y0, width: bw, height: bh, score, kind: 'unknown', fill: UNKNOWN_FILL, textColor: unknownText, text: '?', faded: false });
      else if (score === null) cells.push({ row: r, col: c, x: x0, y: y0, width: bw, height: bh, score, kind: 'blank', fill: blankFill, textColor: blankText, text: '', faded: threshold > 0 });
      else {
        const p = paint(score);
        cells.push({ row: r, col: c, x: x0, y: y0, width: bw, height: bh, score, kind: 'score', fill: p.fill, textColor: p.textColor, text: formatCellNumber(score), faded: score < threshold });
      }
    }
  }

  const rowLabels = input.rows.map((r, i): HeatmapLabel => {
    const lines = wrappedRows[i]!.lines;
    const indent = r.depth ? INDENT : 0;
    const top = y(i)! + (y.bandwidth() - lines.length * lineHeight) / 2;
    return {
      key: r.key,
      ...(r.id ? { id: r.id } : {}),
      lines,
      full: r.id ? `${r.id} ${r.name}` : r.name,
      x: labelX + indent,
      y: top + lineHeight * 0.78,
      top: y(i)!,
      height: y.bandwidth(),
      depth: r.depth ?? 0,
      expandable: r.expandable ?? false,
      expanded: r.expanded ?? false,
      sourceIndex: r.sourceIndex ?? i,
    };
  });
  const columnLabels = input.columns.map((c, i): HeatmapLabel => {
    const lines = wrappedCols[i]!.lines;
    const cx = x(i)! + x.bandwidth() / 2;
    // A slanted heading starts just above its column's middle and rises to the right.
    const ly = slanted ? gridY - 8 : gridY - 10 - (lines.length - 1) * lineHeight - lineHeight * 0.22;
    return { key: c.key, lines, full: c.name, x: slanted ? cx - fontSize * 0.3 : cx, y: ly, top: PAD, height: gridY - PAD, depth: 0, expandable: false, expanded: false, sourceIndex: i };
  });

  // Marginal bars: row values to the right of the grid, column values below it, each scaled to its own maximum.
  const rowMax = marginalMax(input.rowMarginals);
  const rowBars = (input.rowMarginals ?? []).map((m, i): MarginalBar => {
    const w = rowMax > 0 && m.value !== null ? (m.value / rowMax) * MARGIN_BAR : 0;
    const bx = gridX + gridWidth + PAD;
    return { x: bx, y: y(i)! + y.bandwidth() * 0.25, width: w, height: y.bandwidth() * 0.5, value: m.value, unknown: m.unknown, text: formatMarginal(m), textX: bx + w + 6, textY: y(i)! + y.bandwidth() / 2 };
  });
  const colMax = marginalMax(input.columnMarginals);
  const colBarTop = gridY + gridHeight + 8;
  const colBarHeight = input.columnMarginals && input.columnMarginals.length > 0 ? 44 : 0;
  const columnBars = (input.columnMarginals ?? []).map((m, i): MarginalBar => {
    const h = colMax > 0 && m.value !== null ? (m.value / colMax) * (colBarHeight - 18) : 0;
    return { x: x(i)! + x.bandwidth() * 0.2, y: colBarTop, width: x.bandwidth() * 0.6, height: h, value: m.value, unknown: m.unknown, text: formatMarginal(m), textX: x(i)! + x.bandwidth() / 2, textY: colBarTop + h + 15 };
  });

  const legendY = colBarTop + colBarHeight + 28;
  const legendX = gridX;
  const rampWidth = Math.min(320, Math.max(220, gridWidth * 0.5));
  const stops = Array.from({ length: 11 }, (_, i) => ({ offset: i / 10, color: ramp(i) }));
  const ticks = mode === 'continuous' ? [0, 2, 4, 6, 8, 10].map((v) => ({ x: legendX + (v / 10) * rampWidth, label: String(v) })) : [];
  const swatchWidth = brackets.length > 0 ? rampWidth / brackets.length : 0;
  const swatches = brackets.map((b, i) => ({ x: legendX + i * swatchWidth, width: swatchWidth, color: b.color, label: b.label }));
  const swatchX = legendX + rampWidth + 32;
  const rightEdge = Math.max(gridX + gridWidth + (rowBars.length > 0 ? PAD + MARGIN_BAR + 48 : 0) + PAD, gridX + gridWidth - cellWidth / 2 + slantReach + PAD);
  const width = Math.max(rightEdge, swatchX + 360);
  const captionSize = fontSize * 0.85;
  const captionLines = (input.captions ?? []).flatMap((c) => wrapText(c, width - 2 * PAD, captionSize, 4).lines);
  const captionTop = legendY + 18 + 30;
  const captions = captionLines.map((text, i) => ({ text, y: captionTop + captionSize + i * Math.round(captionSize * 1.3) }));
  const height = legendY + 18 + 24 + PAD + captionLines.length * Math.round(captionSize * 1.3) + (captionLines.length ? 8 : 0);
  return {
    width,
    height,
    fontSize,
    lineHeight,
    cells,
    rowLabels,
    columnLabels,
    columnLabelAngle: slanted ? -45 : 0,
    rowIdX: PAD + markerWidth,
    gridX,
    gridY,
    gridWidth,
    gridHeight,
    rowBars,
    columnBars,
    blankFill,
    unknownFill: UNKNOWN_FILL,
    captions,
    background: dark ? '#111827' : '#ffffff',
    foreground: dark ? '#f9fafb' : '#111827',
    legend: {
      x: legendX,
      y: legendY,
      mode,
      rampWidth,
      rampHeight: 18,
      stops,
      ticks,
      swatches,
      paletteName: PALETTES[input.palette].nameEn,
      blankSwatch: { x: swatchX, fill: blankFill },
      unknownSwatch: { x: swatchX + 28 + estimateTextWidth(input.legendBlankLabel ?? 'blank = not involved', fontSize * 0.9) + 24 },
    },
  };
}

/** Scores print as given, with at most one decimal: 7, 2.5. */
export function formatCellNumber(score: number): string {
  return Number.isInteger(score) ? String(score) : String(Math.round(score * 10) / 10);
}

/** A marginal's label: "?" when nothing is known, a trailing "+" when unknown cells may add to it. */
export function formatMarginal(m: HeatmapMarginal): string {
  if (m.value === null) return '?';
  return m.unknown > 0 ? `${formatCellNumber(m.value)}+` : formatCellNumber(m.value);
}

function marginalMax(ms: readonly HeatmapMarginal[] | undefined): number {
  let max = 0;
  for (const m of ms ?? []) if (m.value !== null && m.value > max) max = m.value;
  return max;
}

/** The narrowest column width (from `from`, in 4 px steps, at most 320) at which a header wraps into `lines` lines uncut. */
function widthToFit(name: string, from: number, fontSize: number, lines: number): number {
  for (let w = from; w < 320; w += 4) if (!wrapText(name, w - 10, fontSize, lines, true).truncated) return w;
  return 320;
}
