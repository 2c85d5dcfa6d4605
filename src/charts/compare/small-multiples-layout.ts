import type { AlignedScore } from '../../domain/compare';
import type { CellBox } from '../chart-theme';
import { scoreColorScale, textColorOn, type PaletteId } from '../color-scales';
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
import { formatScore, legendSwatches, MARKED_CELLS, type CompareLegend } from './legend';

/** Countries on one grid: the union of their rows and stakeholders. */
export interface SmallMultiplesInput {
  readonly rows: readonly GridRowInput[];
  readonly columns: readonly GridColumnInput[];
  /** One panel per country, values[row][column] over the union ('absent' where it lacks them). */
  readonly panels: readonly {
    readonly key: string;
    readonly title: string;
    readonly values: readonly (readonly AlignedScore[])[];
  }[];
  readonly palette: PaletteId;
  /** Legend words (caption with the palette's name), measured here so the swatches never overlap in any language. */
  readonly legend: {
    readonly caption: string;
    readonly blank: string;
    readonly unknown: string;
    readonly absent: string;
  };
}

/** One drawn cell of one panel. */
export interface SmallMultipleCell extends CellBox {
  readonly panel: number;
  readonly row: number;
  readonly col: number;
  readonly kind: 'score' | 'blank' | 'unknown' | 'absent';
  readonly value: AlignedScore;
  readonly fill: string;
  readonly textColor: string;
  /** What the cell prints: the score, "?" for unknown, nothing for blank or absent. */
  readonly text: string;
}

/** Everything the small multiples draw, on one shared 0–10 scale. */
export interface SmallMultiplesLayout {
  readonly width: number;
  readonly height: number;
  readonly frame: GridFrame;
  readonly panelTitles: readonly {
    readonly key: string;
    readonly title: string;
    readonly x: number;
    readonly y: number;
  }[];
  readonly cells: readonly SmallMultipleCell[];
  readonly legend: CompareLegend;
}

/**
 * Lays out one heatmap per country side by side, aligned on the same rows and columns and coloured
 * on one shared 0–10 scale. Pure.
 */
export function layoutSmallMultiples(input: SmallMultiplesInput, size: GridFrameSize = {}): SmallMultiplesLayout {
  const frame = layoutGridFrame(input.rows, input.columns, input.panels.length, {
    fontSize: 14,
    cellWidth: 40,
    cellHeight: 38,
    maxRowLabelWidth: 230,
    columnLabels: 'rotated',
    panelTitles: true,
    panelGap: 26,
    ...size,
  });
  const color = scoreColorScale(input.palette);
  // Scores repeat: each is coloured and formatted once.
  const looks = new Map<number, { kind: 'score'; fill: string; textColor: string; text: string }>();
  const lookOf = (value: number) => {
    let look = looks.get(value);
    if (!look) {
      const fill = color(value);
      looks.set(value, (look = { kind: 'score', fill, textColor: textColorOn(fill), text: formatScore(value) }));
    }
    return look;
  };
  const cells: SmallMultipleCell[] = [];
  input.panels.forEach((panel, p) => {
    input.rows.forEach((_, r) => {
      input.columns.forEach((_, c) => {
        // null is a blank cell (not involved), so no ?? here: only a missing entry is absent.
        const given = panel.values[r]?.[c];
        const value: AlignedScore = given === undefined ? 'absent' : given;
        const base = { panel: p, row: r, col: c, ...gridCellBox(frame, p, r, c), value };
        if (value === 'absent') cells.push({ ...base, ...MARKED_CELLS.absent });
        else if (value === 'unknown') cells.push({ ...base, ...MARKED_CELLS.unknown });
        else if (value === null) cells.push({ ...base, ...MARKED_CELLS.blank });
        else cells.push({ ...base, ...lookOf(value) });
      });
    });
  });

  const fontSize = frame.fontSize * 0.95;
  const legendX = PAD;
  const legendY = frame.gridY + frame.gridHeight + 20 + fontSize;
  const rampWidth = 240;
  const ramp = placeRamp(legendX, legendY, rampWidth, { from: 0, to: 10, color, stopCount: 11 }, [0, 2, 4, 6, 8, 10]);
  const caption = input.legend.caption;
  const swatches = legendSwatches(legendX + rampWidth + 28, fontSize, [
    { kind: 'blank', label: input.legend.blank },
    { kind: 'unknown', label: input.legend.unknown },
    { kind: 'absent', label: input.legend.absent },
  ]);
  const legendRight = Math.max(
    legendX + estimateTextWidth(caption, fontSize, true),
    swatches.at(-1)!.textX + estimateTextWidth(swatches.at(-1)!.label, fontSize),
  );
  return {
    width: Math.ceil(Math.max(frame.right, legendRight) + PAD),
    height: Math.ceil(legendY + 18 + 24 + PAD),
    frame,
    panelTitles: input.panels.map((p, i) => ({
      key: p.key,
      title: p.title,
      x: frame.panels[i]!.x,
      y: frame.panels[i]!.titleY,
    })),
    cells,
    legend: { ...ramp, caption, swatches },
  };
}
