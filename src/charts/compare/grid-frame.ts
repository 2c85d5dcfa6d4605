// The geometry shared by the comparison grids: row labels once on the left, then one or more
// panels of the same columns side by side, so that every panel lines up row by row and column by
// column. Colours are left to the layouts that use it.
import type { CellBox, ChartColumnInput } from '../chart-theme';
import { estimateTextWidth, longestWordWidth, wrapText } from '../text-measure';

/** A row as a comparison grid shows it. */
export interface GridRowInput {
  readonly key: string;
  /** Short id drawn in bold before the name ("D-2"); absent for custom rows. */
  readonly id?: string;
  readonly name: string;
  /** Drawn by its id alone (a slide that keys its rows under the chart); the name stays its accessible name. */
  readonly idOnly?: boolean;
}

/** A column as a comparison grid shows it. */
export type GridColumnInput = ChartColumnInput;

/** Sizes in px; defaults suit a projector. */
export interface GridFrameSize {
  readonly cellWidth?: number;
  readonly cellHeight?: number;
  readonly fontSize?: number;
  readonly maxRowLabelWidth?: number;
  /** 'wrapped' writes column names level above their column (wide cells); 'rotated' slants them at 45° (narrow cells). */
  readonly columnLabels?: 'wrapped' | 'rotated';
  /** Longest a rotated column label may be before it is cut with "…". */
  readonly maxColumnLabelWidth?: number;
  /** Room a row band keeps round its name's lines, px: 10 unless given (a slide's less, so its rows fit the screen). */
  readonly rowPad?: number;
  readonly panelGap?: number;
  /** y where the frame starts (below the chart's own title). */
  readonly top?: number;
  /** Whether each panel has a title line above its column labels. */
  readonly panelTitles?: boolean;
  /**
   * Where the chart's legend goes: under the grid (default), beside it, one key a line (wide slides), or
   * under it with the keys one a line right of the ramp (slides whose one-line legend is wider than the grid);
   * 'corner' (small multiples): above the row names, keys one a line, where they leave room, else under the grid.
   */
  readonly legend?: 'below' | 'beside' | 'stacked' | 'corner';
  /** The difference legend's words as a share of fontSize: 0.95 unless given (a slide's 1, the room's minimum). */
  readonly legendScale?: number;
  /** The legend's type as a share of the labels' (small multiples; default 0.95, a slide's 1: the room's minimum). */
  readonly smallScale?: number;
  /** Laid out with no band for the title (a slide, whose heading names the chart): the title stays in the SVG as its accessible name. */
  readonly untitled?: boolean;
}

/** A label with its wrapped lines and where its first line sits. */
export interface GridLabel {
  readonly key: string;
  readonly id?: string;
  readonly lines: readonly string[];
  /** The whole text, for a tooltip when the lines were cut. */
  readonly full: string;
  readonly x: number;
  readonly y: number;
}

/** One panel: its left edge, its title's baseline and its column labels. */
export interface GridPanelFrame {
  readonly x: number;
  readonly titleY: number;
  readonly columnLabels: readonly GridLabel[];
}

/** Where everything of a grid goes; cells are at (columnX[c] + panel.x, rowY[r]). */
export interface GridFrame {
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly rowIdX: number;
  readonly rowLabels: readonly GridLabel[];
  readonly panels: readonly GridPanelFrame[];
  /** Column offsets within a panel, and the drawn cell size. */
  readonly columnX: readonly number[];
  readonly rowY: readonly number[];
  readonly cellWidth: number;
  readonly cellHeight: number;
  /** Rotation of the column labels in degrees (0 or −45). */
  readonly columnLabelAngle: number;
  readonly gridY: number;
  readonly gridHeight: number;
  readonly panelWidth: number;
  /** The right edge of everything drawn so far (grid and slanted labels). */
  readonly right: number;
}

export const PAD = 12;
const GAP = 3;

/**
 * Lays out row labels and `panelCount` aligned panels of the given columns. Pure. The recipe:
 * sizeRowBand → sizeColumnBand → placePanels → placeRowLabels.
 */
export function layoutGridFrame(
  rows: readonly GridRowInput[],
  columns: readonly GridColumnInput[],
  panelCount: number,
  size: GridFrameSize = {},
): GridFrame {
  const fontSize = size.fontSize ?? 15;
  const text = { fontSize, lineHeight: Math.round(fontSize * 1.25), rotated: size.columnLabels === 'rotated' };
  const rowBand = sizeRowBand(rows, size, text);
  const colBand = sizeColumnBand(columns, size, text);
  const top = size.top ?? 0;
  const titleBand = size.panelTitles ? Math.round(fontSize * 1.3) + 12 : 0;
  const gridY = top + PAD + titleBand + colBand.labelBand;
  const { cellWidth } = colBand;
  const { cellHeight } = rowBand;
  const panelGap = size.panelGap ?? 28;
  const panelWidth = columns.length * cellWidth;
  const grid = { gridX: rowBand.gridX, gridY, top, panelWidth, panelGap, cellWidth };
  const lastPanelRight = grid.gridX + panelCount * panelWidth + Math.max(0, panelCount - 1) * panelGap;
  return {
    fontSize,
    lineHeight: text.lineHeight,
    rowIdX: PAD,
    rowLabels: placeRowLabels(rows, rowBand, gridY, text),
    panels: placePanels(columns, colBand.wrapped, panelCount, grid, text),
    columnX: columns.map((_, i) => i * cellWidth + GAP / 2),
    rowY: rows.map((_, i) => gridY + i * cellHeight + GAP / 2),
    cellWidth: cellWidth - GAP,
    cellHeight: cellHeight - GAP,
    columnLabelAngle: text.rotated ? -45 : 0,
    gridY,
    gridHeight: rows.length * cellHeight,
    panelWidth,
    right: text.rotated ? lastPanelRight + Math.ceil(colBand.longestRotated * SLANT) : lastPanelRight,
  };
}

/** The font size, line height and label direction every step of the grid works with. */
interface GridText {
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly rotated: boolean;
}
type Wrapped = ReturnType<typeof wrapText>;
const SLANT = Math.SQRT1_2;

/** The row labels' band on the left: their wrapped lines, and so the rows' height and where the grid begins. */
function sizeRowBand(rows: readonly GridRowInput[], size: GridFrameSize, { fontSize, lineHeight }: GridText) {
  const maxRowLabelWidth = size.maxRowLabelWidth ?? 300;
  const idWidth = Math.max(0, ...rows.map((r) => (r.id ? estimateTextWidth(r.id, fontSize, true) : 0)));
  const wrapped = rows.map((r) => wrapText(r.idOnly ? '' : r.name, maxRowLabelWidth, fontSize, 3));
  const nameWidth = Math.min(
    maxRowLabelWidth,
    Math.max(40, ...wrapped.flatMap((w) => w.lines.map((l) => estimateTextWidth(l, fontSize)))),
  );
  const maxRowLines = Math.max(1, ...wrapped.map((w) => w.lines.length));
  const cellHeight = Math.max(size.cellHeight ?? 44, maxRowLines * lineHeight + (size.rowPad ?? 10));
  const labelX = PAD + idWidth + (idWidth > 0 ? 10 : 0);
  return { wrapped, cellHeight, labelX, gridX: Math.ceil(labelX + nameWidth + PAD) };
}

/** The column labels' band above the grid: the columns' width, their wrapped (or slanted) labels and the band's height. */
function sizeColumnBand(columns: readonly GridColumnInput[], size: GridFrameSize, t: GridText) {
  const { fontSize, lineHeight, rotated } = t;
  // Level labels need columns as wide as their longest word, so no name is broken mid-word.
  const cellWidth = Math.ceil(
    rotated
      ? (size.cellWidth ?? 40)
      : Math.max(size.cellWidth ?? 92, ...columns.map((c) => longestWordWidth(c.name, fontSize, true) + 12)),
  );
  // Slanted labels take the room they need (up to 400 px) so long names, Japanese ones included, are not cut.
  const maxColumnLabelWidth =
    size.maxColumnLabelWidth ??
    Math.min(400, Math.max(60, ...columns.map((c) => estimateTextWidth(c.name, fontSize, true) + 4)));
  const wrapped = columns.map((c) =>
    rotated
      ? wrapText(c.name, maxColumnLabelWidth, fontSize, 1, true)
      : wrapText(c.name, cellWidth - 10, fontSize, 3, true),
  );
  const maxColLines = Math.max(1, ...wrapped.map((w) => w.lines.length));
  const longestRotated = Math.max(0, ...wrapped.map((w) => estimateTextWidth(w.lines[0] ?? '', fontSize, true)));
  const labelBand = rotated ? Math.ceil(longestRotated * SLANT + fontSize) + 8 : maxColLines * lineHeight + 10;
  return { cellWidth, wrapped, longestRotated, labelBand };
}

/** Each panel's left edge, title line and column labels (level above the column, or slanted from its foot). */
function placePanels(
  columns: readonly GridColumnInput[],
  wrapped: readonly Wrapped[],
  panelCount: number,
  grid: { gridX: number; gridY: number; top: number; panelWidth: number; panelGap: number; cellWidth: number },
  { fontSize, lineHeight, rotated }: GridText,
): GridPanelFrame[] {
  const { gridX, gridY, cellWidth } = grid;
  return Array.from({ length: panelCount }, (_, p): GridPanelFrame => {
    const x = gridX + p * (grid.panelWidth + grid.panelGap);
    const columnLabels = columns.map((c, i): GridLabel => {
      const lines = wrapped[i]!.lines;
      const cx = x + i * cellWidth + cellWidth / 2;
      const y = rotated ? gridY - 8 : gridY - 10 - (lines.length - 1) * lineHeight - lineHeight * 0.22;
      return { key: c.key, lines, full: c.name, x: rotated ? cx - fontSize * 0.3 : cx, y };
    });
    return { x, titleY: grid.top + PAD + fontSize * 1.1, columnLabels };
  });
}

/** Each row's label, its lines centred in the row. */
function placeRowLabels(
  rows: readonly GridRowInput[],
  band: { wrapped: readonly Wrapped[]; cellHeight: number; labelX: number },
  gridY: number,
  { lineHeight }: GridText,
): GridLabel[] {
  return rows.map((r, i): GridLabel => {
    const lines = band.wrapped[i]!.lines;
    // A row named by its id alone (a slide's keyed rows) has no name lines: its id sits on the band's middle line.
    const n = Math.max(1, lines.length);
    const y = gridY + i * band.cellHeight + (band.cellHeight - n * lineHeight) / 2 + lineHeight * 0.78;
    return {
      key: r.key,
      ...(r.id ? { id: r.id } : {}),
      lines,
      full: r.id ? `${r.id} ${r.name}` : r.name,
      x: band.labelX,
      y,
    };
  });
}

/** The drawn box of cell (row, col) in panel `panel`, inset by the gap between cells. */
export function gridCellBox(frame: GridFrame, panel: number, row: number, col: number): CellBox {
  return {
    x: frame.panels[panel]!.x + frame.columnX[col]!,
    y: frame.rowY[row]!,
    width: frame.cellWidth,
    height: frame.cellHeight,
  };
}

/** The smallest text a comparison chart in the page may be shrunk to, in CSS pixels. */
export const MIN_READABLE_PX = 10;

/**
 * The narrowest a chart `width` wide, its words `fontSize`, is shown in the page (compare.css): fitted to its
 * column down to this, and scrolling sideways in a narrower one (a phone drew the side-by-side chart at 0.23
 * of its size, its words 3–4 px).
 */
export function minReadableWidth(width: number, fontSize: number): number {
  return Math.round(width * Math.min(1, MIN_READABLE_PX / fontSize));
}
