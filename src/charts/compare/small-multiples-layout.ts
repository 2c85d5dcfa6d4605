import type { AlignedScore } from '../../domain/compare';
import type { CellBox } from '../chart-theme';
import { scoreColorScale, textColorOn, type PaletteId } from '../color-scales';
import { estimateTextWidth, wrapText } from '../text-measure';
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
import { formatScore, legendSwatches, MARKED_CELLS, type CompareLegend, type LegendSwatch } from './legend';

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
  /** The legend; a legend in the corner writes its caption in `captionLines` (it may take two) and leaves `caption` blank. */
  readonly legend: CompareLegend & { readonly captionLines?: readonly { readonly text: string; readonly y: number }[] };
  readonly legendFontSize: number;
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

  const fontSize = frame.fontSize * (size.smallScale ?? 0.95);
  const rampWidth = 240;
  const scale = { from: 0, to: 10, color, stopCount: 11 };
  const corner = size.legend === 'corner' ? placeCornerLegend(input.legend, frame, fontSize, scale) : undefined;
  if (corner) {
    return {
      width: Math.ceil(frame.right + PAD),
      height: Math.ceil(frame.gridY + frame.gridHeight + PAD),
      ...placed(input, frame, cells),
      legend: corner,
      legendFontSize: fontSize,
    };
  }
  const legendX = PAD;
  const legendY = frame.gridY + frame.gridHeight + 20 + fontSize;
  const ramp = placeRamp(legendX, legendY, rampWidth, scale, TICKS);
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
    ...placed(input, frame, cells),
    legend: { ...ramp, caption, swatches },
    legendFontSize: fontSize,
  };
}

const TICKS = [0, 2, 4, 6, 8, 10];

/** The frame, the cells and the panels' titles: what every placement of the legend shares. */
function placed(input: SmallMultiplesInput, frame: GridFrame, cells: readonly SmallMultipleCell[]) {
  const panelTitles = input.panels.map((p, i) => ({
    key: p.key,
    title: p.title,
    x: frame.panels[i]!.x,
    y: frame.panels[i]!.titleY,
  }));
  return { frame, panelTitles, cells };
}

/**
 * The legend above the row names, left of the panels' titles and slanted column names (a slide's one or two
 * countries leave that corner empty): the caption (broken at its " · ", and within, if one line is too wide), the ramp,
 * then the keys one a line. Undefined when it does not fit there, so the legend goes under the grid.
 */
function placeCornerLegend(
  words: SmallMultiplesInput['legend'],
  frame: GridFrame,
  fontSize: number,
  scale: Parameters<typeof placeRamp>[3],
): SmallMultiplesLayout['legend'] | undefined {
  const x = PAD + fontSize / 2;
  const room = frame.panels[0]!.x - PAD - x;
  const lineHeight = fontSize * 1.25;
  const whole = estimateTextWidth(words.caption, fontSize, true) <= room;
  const lines = whole
    ? [words.caption]
    : words.caption
        .split(' · ')
        .flatMap((piece) =>
          estimateTextWidth(piece, fontSize, true) <= room ? [piece] : wrapText(piece, room, fontSize, 2, true).lines,
        );
  const top = frame.panels[0]!.titleY - frame.fontSize * 1.1;
  const captionLines = lines.map((text, i) => ({ text, y: top + fontSize + i * lineHeight }));
  const rampWidth = Math.min(240, room - fontSize / 2);
  const ramp = placeRamp(x, captionLines.at(-1)!.y + 8, rampWidth, scale, TICKS);
  const step = Math.max(ramp.rampHeight, lineHeight) + 4;
  const swatches = flowSwatches(x, ramp.tickLabelY + 12, step, x + room, fontSize, [
    { kind: 'blank', label: words.blank },
    { kind: 'unknown', label: words.unknown },
    { kind: 'absent', label: words.absent },
  ]);
  const right = Math.max(
    ...lines.map((l) => x + estimateTextWidth(l, fontSize, true)),
    ...swatches.map((k) => k.textX + estimateTextWidth(k.label, fontSize)),
  );
  const bottom = swatches.at(-1)!.y! + ramp.rampHeight;
  // The panels' titles and the column names begin at the grid's left edge; the row names under gridY.
  if (rampWidth < 160 || right > frame.panels[0]!.x - PAD || bottom > frame.gridY - 6) return undefined;
  return { ...ramp, caption: '', captionLines, swatches };
}

/** Swatches left to right from (x, y), each with its label, on a new line (`step` px down) where one would pass `right`. */
function flowSwatches(
  x: number,
  y: number,
  step: number,
  right: number,
  fontSize: number,
  items: readonly { kind: LegendSwatch['kind']; label: string }[],
): LegendSwatch[] {
  let [at, line] = [x, y];
  return items.map((item) => {
    const width = SWATCH_TEXT + estimateTextWidth(item.label, fontSize);
    if (at > x && at + width > right) [at, line] = [x, line + step];
    const swatch = { ...item, x: at, textX: at + SWATCH_TEXT, y: line };
    at += width + 22;
    return swatch;
  });
}

/** A swatch and the gap before its label (legend.ts draws them 22 + 6 px). */
const SWATCH_TEXT = 28;
