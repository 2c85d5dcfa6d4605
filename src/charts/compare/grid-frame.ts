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
  readonly panelGap?: number;
  /** y where the frame starts (below the chart's own title). */
  readonly top?: number;
  /** Whether each panel has a title line above its column labels. */
  readonly panelTitles?: boolean;
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

/** Lays out row labels and `panelCount` aligned panels of the given columns. Pure. */
export function layoutGridFrame(
  rows: readonly GridRowInput[],
  columns: readonly GridColumnInput[],
  panelCount: number,
  size: GridFrameSize = {},
): GridFrame {
  const fontSize = size.fontSize ?? 15;
  const lineHeight = Math.round(fontSize * 1.25);
  const rotated = size.columnLabels === 'rotated';
  const maxRowLabelWidth = size.maxRowLabelWidth ?? 300;
  const top = size.top ?? 0;
  const panelGap = size.panelGap ?? 28;
  // Level labels need columns as wide as their longest word, so no name is broken mid-word.
  const cellWidth = Math.ceil(
    rotated
      ? (size.cellWidth ?? 40)
      : Math.max(size.cellWidth ?? 92, ...columns.map((c) => longestWordWidth(c.name, fontSize, true) + 12)),
  );

  const idWidth = Math.max(0, ...rows.map((r) => (r.id ? estimateTextWidth(r.id, fontSize, true) : 0)));
  const wrappedRows = rows.map((r) => wrapText(r.name, maxRowLabelWidth, fontSize, 3));
  const nameWidth = Math.min(
    maxRowLabelWidth,
    Math.max(40, ...wrappedRows.flatMap((w) => w.lines.map((l) => estimateTextWidth(l, fontSize)))),
  );
  const maxRowLines = Math.max(1, ...wrappedRows.map((w) => w.lines.length));
  const cellHeight = Math.max(size.cellHeight ?? 44, maxRowLines * lineHeight + 10);
  const labelX = PAD + idWidth + (idWidth > 0 ? 10 : 0);
  const gridX = Math.ceil(labelX + nameWidth + PAD);

  // Slanted labels take the room they need (up to 400 px) so long names, Japanese ones included, are not cut.
  const maxColumnLabelWidth =
    size.maxColumnLabelWidth ??
    Math.min(400, Math.max(60, ...columns.map((c) => estimateTextWidth(c.name, fontSize, true) + 4)));
  const wrappedCols = columns.map((c) =>
    rotated
      ? wrapText(c.name, maxColumnLabelWidth, fontSize, 1, true)
      : wrapText(c.name, cellWidth - 10, fontSize, 3, true),
  );
  const maxColLines = Math.max(1, ...wrappedCols.map((w) => w.lines.length));
  const longestRotated = Math.max(0, ...wrappedCols.map((w) => estimateTextWidth(w.lines[0] ?? '', fontSize, true)));
  const slant = Math.SQRT1_2;
  const labelBand = rotated ? Math.ceil(longestRotated * slant + fontSize) + 8 : maxColLines * lineHeight + 10;
  const titleBand = size.panelTitles ? Math.round(fontSize * 1.3) + 12 : 0;
  const gridY = top + PAD + titleBand + labelBand;

  const panelWidth = columns.length * cellWidth;
  const columnX = columns.map((_, i) => i * cellWidth + GAP / 2);
  const rowY = rows.map((_, i) => gridY + i * cellHeight + GAP / 2);
  const gridHeight = rows.length * cellHeight;

  const panels = Array.from({ length: panelCount }, (_, p): GridPanelFrame => {
    const x = gridX + p * (panelWidth + panelGap);
    const columnLabels = columns.map((c, i): GridLabel => {
      const lines = wrappedCols[i]!.lines;
      const cx = x + i * cellWidth + cellWidth / 2;
      return rotated
        ? { key: c.key, lines, full: c.name, x: cx - fontSize * 0.3, y: gridY - 8 }
        : {
            key: c.key,
            lines,
            full: c.name,
            x: cx,
            y: gridY - 10 - (lines.length - 1) * lineHeight - lineHeight * 0.22,
          };
    });
    return { x, titleY: top + PAD + fontSize * 1.1, columnLabels };
  });

  const rowLabels = rows.map((r, i): GridLabel => {
    const lines = wrappedRows[i]!.lines;
    const y = gridY + i * cellHeight + (cellHeight - lines.length * lineHeight) / 2 + lineHeight * 0.78;
    return {
      key: r.key,
      ...(r.id ? { id: r.id } : {}),
      lines,
      full: r.id ? `${r.id} ${r.name}` : r.name,
      x: labelX,
      y,
    };
  });

  const lastPanelRight = gridX + panelCount * panelWidth + Math.max(0, panelCount - 1) * panelGap;
  const right = rotated ? lastPanelRight + Math.ceil(longestRotated * slant) : lastPanelRight;
  return {
    fontSize,
    lineHeight,
    rowIdX: PAD,
    rowLabels,
    panels,
    columnX,
    rowY,
    cellWidth: cellWidth - GAP,
    cellHeight: cellHeight - GAP,
    columnLabelAngle: rotated ? -45 : 0,
    gridY,
    gridHeight,
    panelWidth,
    right,
  };
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
