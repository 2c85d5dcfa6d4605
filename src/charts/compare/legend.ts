import { LIGHT } from '../chart-theme';
import type { RampFrame } from '../ramp-legend';
import { estimateTextWidth } from '../text-measure';

/** A legend key for a kind of cell that is not a number: blank, unknown or absent. */
export interface LegendSwatch {
  readonly kind: 'blank' | 'unknown' | 'absent';
  readonly label: string;
  readonly x: number;
  readonly textX: number;
  /** The swatch's top when the keys are stacked; else they share the ramp's line. */
  readonly y?: number;
}

/** A colour ramp with ticks under it, its caption above and the swatches to its right. */
export interface CompareLegend extends RampFrame {
  readonly caption: string;
  readonly swatches: readonly LegendSwatch[];
}

/** How a cell that holds no number is drawn: marked, never coloured as a value. */
export const MARKED_CELLS = {
  absent: { kind: 'absent', fill: 'none', textColor: LIGHT.ink, text: '' },
  unknown: { kind: 'unknown', fill: LIGHT.unknownFill, textColor: LIGHT.ink, text: '?' },
  blank: { kind: 'blank', fill: LIGHT.blankFill, textColor: LIGHT.ink, text: '' },
} as const;

const SWATCH = 22;

/** Places swatches left to right from x, each followed by its label, measured at fontSize. */
export function legendSwatches(
  x: number,
  fontSize: number,
  items: readonly { kind: LegendSwatch['kind']; label: string }[],
): LegendSwatch[] {
  let at = x;
  return items.map((item) => {
    const swatch = { ...item, x: at, textX: at + SWATCH + 6 };
    at = swatch.textX + estimateTextWidth(item.label, fontSize) + 22;
    return swatch;
  });
}

/** Places swatches one a line from (x, y), `step` px apart: a legend beside the chart. */
export function stackSwatches(
  x: number,
  y: number,
  step: number,
  items: readonly { kind: LegendSwatch['kind']; label: string }[],
): LegendSwatch[] {
  return items.map((item, i) => ({ ...item, x, textX: x + SWATCH + 6, y: y + i * step }));
}

/** Scores print as given, with at most one decimal: 7, 2.5. */
export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : String(Math.round(score * 10) / 10);
}

/** A signed difference as a cell prints it: "+3", "−2.5" (true minus sign), "0". */
export function formatSigned(value: number): string {
  const text = formatScore(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `\u2212${text}` : '0';
}
