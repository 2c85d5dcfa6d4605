import { interpolatePuOr } from 'd3-scale-chromatic';
import { rgb } from 'd3-color';
import type { DiffCell } from '../../domain/compare';
import { MAX_SCORE } from '../../domain/matrix';
import type { CellBox } from '../chart-theme';
import { textColorOn } from '../color-scales';
import { estimateTextWidth } from '../text-measure';
import {
  gridCellBox,
  layoutGridFrame,
  PAD,
  type GridColumnInput,
  type GridFrame,
  type GridFrameSize,
  type GridRowInput,
} from './grid-frame';
import { placeRamp } from '../ramp-legend';
import { formatSigned, legendSwatches, MARKED_CELLS, stackSwatches, type CompareLegend } from './legend';

/** A − B on an aligned grid, with the words the legend needs. */
export interface DifferenceInput {
  readonly rows: readonly GridRowInput[];
  readonly columns: readonly GridColumnInput[];
  /** cells[row][column] from diffMatrices. */
  readonly cells: readonly (readonly DiffCell[])[];
  readonly legend: {
    /** e.g. "Japan − Singapore (blank = 0)". */
    readonly caption: string;
    /** e.g. "← Singapore higher". */
    readonly bHigher: string;
    /** e.g. "Japan higher →". */
    readonly aHigher: string;
    readonly blank: string;
    readonly unknown: string;
    readonly absent: string;
  };
}

/** One drawn cell of the difference. */
export interface DifferenceCell extends CellBox {
  readonly row: number;
  readonly col: number;
  /** 'diff' has a value; 'blank' = neither side involved; the others are marked, not computed. */
  readonly kind: 'diff' | 'blank' | 'unknown' | 'absent';
  readonly cell: DiffCell;
  readonly fill: string;
  readonly textColor: string;
  readonly text: string;
}

/** Everything the difference heatmap draws. */
export interface DifferenceLayout {
  readonly width: number;
  readonly height: number;
  readonly frame: GridFrame;
  readonly cells: readonly DifferenceCell[];
  readonly legend: CompareLegend & {
    /** The legend's words' size: 0.95 of the chart's font, or a slide's legendScale of it. */
    readonly fontSize: number;
    readonly bHigher: { readonly x: number; readonly text: string };
    readonly aHigher: { readonly x: number; readonly text: string };
  };
}

/**
 * Diverging colour of A − B (−10…+10): purple where B is higher, orange where A is, near-white at 0.
 * PuOr is a ColorBrewer scheme that stays apart for the common colour-vision deficiencies.
 */
export function differenceColor(value: number): string {
  const t = 0.5 + Math.max(-MAX_SCORE, Math.min(MAX_SCORE, value)) / (2 * MAX_SCORE);
  return rgb(interpolatePuOr(t)).formatHex();
}

/** Lays out the difference heatmap A − B. Pure. */
export function layoutDifference(input: DifferenceInput, size: GridFrameSize = {}): DifferenceLayout {
  const frame = layoutGridFrame(input.rows, input.columns, 1, { fontSize: 15, cellWidth: 92, cellHeight: 44, ...size });
  const cells: DifferenceCell[] = [];
  input.rows.forEach((_, r) => {
    input.columns.forEach((_, c) => {
      const cell = input.cells[r]?.[c] ?? { kind: 'absent', side: 'both' };
      const base = { row: r, col: c, ...gridCellBox(frame, 0, r, c), cell };
      if (cell.kind === 'absent') cells.push({ ...base, ...MARKED_CELLS.absent });
      else if (cell.kind === 'unknown') cells.push({ ...base, ...MARKED_CELLS.unknown });
      else if (cell.a === 0 && cell.b === 0) cells.push({ ...base, ...MARKED_CELLS.blank });
      else {
        const fill = differenceColor(cell.value);
        cells.push({ ...base, kind: 'diff', fill, textColor: textColorOn(fill), text: formatSigned(cell.value) });
      }
    });
  });

  const { legend, right, bottom } = placeDifferenceLegend(input.legend, frame, size);
  return { width: Math.ceil(right + PAD), height: Math.ceil(bottom + PAD), frame, cells, legend };
}

/**
 * The diverging ramp with which side is higher under its ends, then the keys of blank, unknown and
 * absent cells: under the grid, the keys right of the ramp; or beside the grid (a wide slide), one a line.
 */
function placeDifferenceLegend(
  words: DifferenceInput['legend'],
  frame: GridFrame,
  { legend: placement = 'below', legendScale = 0.95 }: GridFrameSize,
): { legend: DifferenceLayout['legend']; right: number; bottom: number } {
  const fontSize = frame.fontSize * legendScale;
  const beside = placement === 'beside';
  const stacked = placement === 'stacked';
  const gridBottom = frame.gridY + frame.gridHeight;
  // Stacked from the left edge: the "−10" under the ramp's left end reaches half its width before it.
  const legendX = beside
    ? frame.panels[0]!.x + frame.panelWidth + 2 * fontSize
    : stacked
      ? PAD + fontSize
      : frame.panels[0]!.x;
  const legendY = beside ? frame.gridY + fontSize + 8 : gridBottom + 22 + fontSize;
  const aWidth = estimateTextWidth(words.aHigher, fontSize, true);
  const bWidth = estimateTextWidth(words.bHigher, fontSize, true);
  // The two direction labels sit under the ramp's two ends; the ramp widens so they never meet.
  const rampWidth = Math.max(320, aWidth + bWidth + 24);
  const ramp = placeRamp(
    legendX,
    legendY,
    rampWidth,
    { from: -MAX_SCORE, to: MAX_SCORE, color: differenceColor, stopCount: 21 },
    [-10, -5, 0, 5, 10],
    formatSigned,
  );
  const keys = [
    { kind: 'blank' as const, label: words.blank },
    { kind: 'unknown' as const, label: words.unknown },
    { kind: 'absent' as const, label: words.absent },
  ];
  // Beside: the keys start a line under the direction labels (drawn at the ramp's foot + 42).
  const step = Math.max(ramp.rampHeight, fontSize * 1.25) + 10;
  const swatches = beside
    ? stackSwatches(legendX, legendY + ramp.rampHeight + 42 + fontSize, step, keys)
    : stacked
      ? stackSwatches(legendX + rampWidth + 2 * fontSize, legendY - fontSize, step, keys)
      : legendSwatches(legendX + rampWidth + 32, fontSize, keys);
  const right = Math.max(
    frame.right,
    legendX + estimateTextWidth(words.caption, fontSize, true),
    // The "+10" under the ramp's right end reaches half its width past it.
    legendX + rampWidth + fontSize,
    ...swatches.map((k) => k.textX + estimateTextWidth(k.label, fontSize)),
  );
  const bottom = beside
    ? Math.max(gridBottom, swatches.at(-1)!.y! + ramp.rampHeight)
    : Math.max(legendY + 18 + 44, stacked ? swatches.at(-1)!.y! + ramp.rampHeight : 0);
  return {
    legend: {
      ...ramp,
      fontSize,
      caption: words.caption,
      bHigher: { x: legendX, text: words.bHigher },
      aHigher: { x: legendX + rampWidth - aWidth, text: words.aHigher },
      swatches,
    },
    right,
    bottom,
  };
}
