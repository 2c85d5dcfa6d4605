import { scaleBand } from 'd3-scale';
import { estimateTextWidth, longestWordWidth, wrapText } from '../text-measure';
import type { HeatmapInput, HeatmapSize } from './heatmap-types';

// The heatmap recipe's first step (see heatmap-layout.ts): how big the grid is and where its bands go.

// Sizes in px.
/** Margin round the chart and gap between its parts. */
export const PAD = 12;
/** Services are indented this far under their category; the expand marker takes as much room. */
export const INDENT = 18;
const MARKER = INDENT;
/** Longest slanted column heading, in ems (the NCSC's 19-character Japanese name fits); longer ones end in "…" (the whole name is in a <title>). */
const SLANT_EMS = 22;

/** The grid's size and where its bands are, with the wrapped labels that decided them. */
export interface Grid {
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly slanted: boolean;
  readonly cellWidth: number;
  readonly labelX: number;
  readonly rowIdX: number;
  readonly wrappedRows: readonly ReturnType<typeof wrapText>[];
  readonly wrappedCols: readonly ReturnType<typeof wrapText>[];
  /** How far a slanted heading reaches up (and right) from its column. */
  readonly slantReach: number;
  readonly gridX: number;
  readonly gridY: number;
  readonly gridWidth: number;
  readonly gridHeight: number;
  /** Band starts of each column and row, and the drawn cell size inside a band. */
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly bandWidth: number;
  readonly bandHeight: number;
}

/**
 * Columns are at least as wide as their longest word, so no name is broken mid-word, and wide
 * enough for every header to fit in four lines, so long Japanese names are never cut. Slanted
 * headings need no width: the columns only have to hold "10".
 */
export function sizeGrid(input: HeatmapInput, size: HeatmapSize): Grid {
  const fontSize = size.fontSize ?? 15;
  const lineHeight = Math.round(fontSize * 1.25);
  const maxRowLabelWidth = size.maxRowLabelWidth ?? 300;
  const slanted = size.columnLabels === 'slanted';
  const minWidth = size.cellWidth ?? 92;
  const baseWidth = slanted
    ? Math.ceil(Math.max(minWidth, estimateTextWidth('10', fontSize, true) + 18))
    : Math.ceil(Math.max(minWidth, ...input.columns.map((c) => longestWordWidth(c.name, fontSize, true) + 12)));
  const cellWidth = slanted
    ? baseWidth
    : Math.max(baseWidth, ...input.columns.map((c) => widthToFit(c.name, baseWidth, fontSize, 4)));

  const indent = (depth: number | undefined) => (depth ? INDENT : 0);
  const idWidth = Math.max(
    0,
    ...input.rows.map((r) => (r.id ? estimateTextWidth(r.id, fontSize, true) + indent(r.depth) : 0)),
  );
  const rowIdX = PAD + (input.rows.some((r) => r.expandable) ? MARKER : 0);
  const labelX = rowIdX + idWidth + (idWidth > 0 ? 10 : 0);
  const wrappedRows = input.rows.map((r) =>
    wrapText(r.idOnly ? '' : r.name, maxRowLabelWidth - indent(r.depth), fontSize, 3),
  );
  const nameWidth = Math.min(
    maxRowLabelWidth,
    Math.max(
      40,
      ...wrappedRows.map(
        (w, i) => indent(input.rows[i]!.depth) + Math.max(0, ...w.lines.map((l) => estimateTextWidth(l, fontSize))),
      ),
    ),
  );
  const maxRowLines = Math.max(1, ...wrappedRows.map((w) => w.lines.length));
  const cellHeight = Math.max(size.cellHeight ?? 44, maxRowLines * lineHeight + (size.rowPad ?? 10));

  const wrappedCols = input.columns.map((c) =>
    slanted
      ? wrapText(c.name, fontSize * SLANT_EMS, fontSize, 1, true)
      : wrapText(c.name, cellWidth - 10, fontSize, 4, true),
  );
  const maxColLines = Math.max(1, ...wrappedCols.map((w) => w.lines.length));
  const slantReach = slanted
    ? Math.ceil(
        Math.max(0, ...wrappedCols.map((w) => estimateTextWidth(w.lines[0] ?? '', fontSize, true))) * Math.SQRT1_2,
      )
    : 0;

  const gridX = Math.ceil(labelX + nameWidth + PAD);
  const gridY = slanted ? PAD + slantReach + Math.round(fontSize * 0.9) : PAD + maxColLines * lineHeight + 10;
  const gridWidth = input.columns.length * cellWidth;
  const gridHeight = input.rows.length * cellHeight;
  const x = scaleBand<number>()
    .domain(input.columns.map((_, i) => i))
    .range([gridX, gridX + gridWidth])
    .paddingInner(0.04);
  const y = scaleBand<number>()
    .domain(input.rows.map((_, i) => i))
    .range([gridY, gridY + gridHeight])
    .paddingInner(0.06);
  // Band positions are read once per row and column, not per cell: a 64 × 40 grid has 2,560 cells.
  const xs = input.columns.map((_, c) => x(c)!);
  const ys = input.rows.map((_, r) => y(r)!);
  return {
    fontSize,
    lineHeight,
    slanted,
    cellWidth,
    labelX,
    rowIdX,
    wrappedRows,
    wrappedCols,
    slantReach,
    gridX,
    gridY,
    gridWidth,
    gridHeight,
    xs,
    ys,
    bandWidth: x.bandwidth(),
    bandHeight: y.bandwidth(),
  };
}

/** The narrowest column width (from `from`, in 4 px steps, at most 320) at which a header wraps into `lines` lines uncut. */
function widthToFit(name: string, from: number, fontSize: number, lines: number): number {
  for (let w = from; w < 320; w += 4) if (!wrapText(name, w - 10, fontSize, lines, true).truncated) return w;
  return 320;
}

/** Where the legend's unknown key ends: its words ("? = unknown", the longer language's) from `x`, its swatch's right. */
export function unknownKeyEnd(x: number, fontSize: number): number {
  return x + 6 + estimateTextWidth('? = unknown', fontSize) + PAD;
}
