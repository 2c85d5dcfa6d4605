import { scaleBand } from 'd3-scale';
import type { Score } from '../../domain/matrix';
import { PALETTES, scoreColorScale, textColorOn, type PaletteId } from '../color-scales';
import { estimateTextWidth, longestWordWidth, wrapText } from '../text-measure';

/** A row as the heatmap shows it. */
export interface HeatmapRowInput {
  readonly key: string;
  /** Short id drawn in bold before the name ("D-2"); absent for custom rows. */
  readonly id?: string;
  readonly name: string;
}

/** A column as the heatmap shows it. */
export interface HeatmapColumnInput {
  readonly key: string;
  readonly name: string;
}

/** What to draw: rows × columns of scores. */
export interface HeatmapInput {
  readonly rows: readonly HeatmapRowInput[];
  readonly columns: readonly HeatmapColumnInput[];
  /** values[row][column]. */
  readonly values: readonly (readonly Score[])[];
  readonly palette: PaletteId;
}

/** Sizes in px; the defaults are chosen to be legible when projected. */
export interface HeatmapOptions {
  readonly cellWidth?: number;
  readonly cellHeight?: number;
  readonly fontSize?: number;
  readonly maxRowLabelWidth?: number;
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
}

/** A wrapped label and where its first line's baseline sits. */
export interface HeatmapLabel {
  readonly key: string;
  readonly id?: string;
  readonly lines: string[];
  readonly full: string;
  readonly x: number;
  readonly y: number;
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
  /** x of row ids, x of row names (both left-aligned). */
  readonly rowIdX: number;
  readonly gridX: number;
  readonly gridY: number;
  readonly gridWidth: number;
  readonly gridHeight: number;
  readonly legend: HeatmapLegend;
}

/** A colour ramp with ticks, plus swatches for blank and unknown. */
export interface HeatmapLegend {
  readonly x: number;
  readonly y: number;
  readonly rampWidth: number;
  readonly rampHeight: number;
  readonly stops: { offset: number; color: string }[];
  readonly ticks: { x: number; label: string }[];
  readonly paletteName: string;
  readonly blankSwatch: { x: number; fill: string };
  readonly unknownSwatch: { x: number };
}

export const BLANK_FILL = '#f3f4f6';
export const UNKNOWN_FILL = '#e5e7eb';
const PAD = 12;

/** Computes the geometry and colours of a heatmap. Pure: same input, same layout. */
export function layoutHeatmap(input: HeatmapInput, options: HeatmapOptions = {}): HeatmapLayout {
  const fontSize = options.fontSize ?? 15;
  const lineHeight = Math.round(fontSize * 1.25);
  // Columns are at least as wide as their longest word, so no name is broken mid-word.
  const cellWidth = Math.ceil(Math.max(options.cellWidth ?? 92, ...input.columns.map((c) => longestWordWidth(c.name, fontSize, true) + 12)));
  const maxRowLabelWidth = options.maxRowLabelWidth ?? 300;
  const color = scoreColorScale(input.palette);

  const idWidth = Math.max(0, ...input.rows.map((r) => (r.id ? estimateTextWidth(r.id, fontSize, true) : 0)));
  const idGap = idWidth > 0 ? 10 : 0;
  const wrappedRows = input.rows.map((r) => wrapText(r.name, maxRowLabelWidth, fontSize, 3));
  const nameWidth = Math.min(maxRowLabelWidth, Math.max(40, ...wrappedRows.flatMap((w) => w.lines.map((l) => estimateTextWidth(l, fontSize)))));
  const maxRowLines = Math.max(1, ...wrappedRows.map((w) => w.lines.length));
  const cellHeight = Math.max(options.cellHeight ?? 44, maxRowLines * lineHeight + 10);

  const wrappedCols = input.columns.map((c) => wrapText(c.name, cellWidth - 10, fontSize, 3, true));
  const maxColLines = Math.max(1, ...wrappedCols.map((w) => w.lines.length));

  const gridX = Math.ceil(PAD + idWidth + idGap + nameWidth + PAD);
  const gridY = PAD + maxColLines * lineHeight + 10;
  const gridWidth = input.columns.length * cellWidth;
  const gridHeight = input.rows.length * cellHeight;
  const x = scaleBand<number>().domain(input.columns.map((_, i) => i)).range([gridX, gridX + gridWidth]).paddingInner(0.04);
  const y = scaleBand<number>().domain(input.rows.map((_, i) => i)).range([gridY, gridY + gridHeight]).paddingInner(0.06);

  const cells: HeatmapCell[] = [];
  input.rows.forEach((_, r) => {
    input.columns.forEach((_, c) => {
      const score = input.values[r]?.[c] ?? null;
      const base = { row: r, col: c, x: x(c)!, y: y(r)!, width: x.bandwidth(), height: y.bandwidth(), score };
      if (score === 'unknown') cells.push({ ...base, kind: 'unknown', fill: UNKNOWN_FILL, textColor: '#111827', text: '?' });
      else if (score === null) cells.push({ ...base, kind: 'blank', fill: BLANK_FILL, textColor: '#111827', text: '' });
      else {
        const fill = color(score);
        cells.push({ ...base, kind: 'score', fill, textColor: textColorOn(fill), text: formatCellNumber(score) });
      }
    });
  });

  const rowLabels = input.rows.map((r, i): HeatmapLabel => {
    const lines = wrappedRows[i]!.lines;
    const top = y(i)! + (y.bandwidth() - lines.length * lineHeight) / 2;
    return { key: r.key, ...(r.id ? { id: r.id } : {}), lines, full: r.id ? `${r.id} ${r.name}` : r.name, x: PAD + idWidth + idGap, y: top + lineHeight * 0.78 };
  });
  const columnLabels = input.columns.map((c, i): HeatmapLabel => {
    const lines = wrappedCols[i]!.lines;
    return { key: c.key, lines, full: c.name, x: x(i)! + x.bandwidth() / 2, y: gridY - 10 - (lines.length - 1) * lineHeight - lineHeight * 0.22 };
  });

  const legendY = gridY + gridHeight + 24;
  const rampWidth = Math.min(320, Math.max(200, gridWidth * 0.5));
  const legendX = gridX;
  const stops = Array.from({ length: 11 }, (_, i) => ({ offset: i / 10, color: color(i) }));
  const ticks = [0, 2, 4, 6, 8, 10].map((v) => ({ x: legendX + (v / 10) * rampWidth, label: String(v) }));
  const swatchX = legendX + rampWidth + 32;
  const width = Math.max(gridX + gridWidth + PAD, swatchX + 360);
  const height = legendY + 18 + 24 + PAD;
  return {
    width,
    height,
    fontSize,
    lineHeight,
    cells,
    rowLabels,
    columnLabels,
    rowIdX: PAD,
    gridX,
    gridY,
    gridWidth,
    gridHeight,
    legend: {
      x: legendX,
      y: legendY,
      rampWidth,
      rampHeight: 18,
      stops,
      ticks,
      paletteName: PALETTES[input.palette].nameEn,
      blankSwatch: { x: swatchX, fill: BLANK_FILL },
      unknownSwatch: { x: swatchX + 190 },
    },
  };
}

/** Scores print as given, with at most one decimal: 7, 2.5. */
export function formatCellNumber(score: number): string {
  return Number.isInteger(score) ? String(score) : String(Math.round(score * 10) / 10);
}
