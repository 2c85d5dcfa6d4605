import { rgb } from 'd3-color';
import { interpolateGreys, interpolateViridis, interpolateYlGnBu } from './sequential-ramps';
import { interpolateRgbBasis } from 'd3-interpolate';
import { scaleSequential } from 'd3-scale';
import { MAX_SCORE, MIN_SCORE } from '../domain/matrix';

import type { PaletteId } from '../domain/display-options';

export { PALETTE_IDS, type PaletteId } from '../domain/display-options';

/** A sequential palette for 0–10 scores (its name is in src/i18n/chart-messages.ts: paletteName). */
export interface Palette {
  readonly id: PaletteId;
  readonly interpolate: (t: number) => string;
}

// Projectors wash out light tints; this ramp keeps every step far apart in lightness and keeps
// saturated hues in the middle so 3 and 7 stay distinct on a dim wall. Any score above 0 starts at
// a saturated amber (≥ 1.5:1 against a blank cell): a pale score 1 read as blank on a projector.
const projectorRamp = interpolateRgbBasis(['#f2a900', '#e35d00', '#b3121f', '#3d0008']);
const projector = (t: number) => (t <= 0 ? '#ffffff' : projectorRamp(Math.max(0, (t - 0.1) / 0.9)));

export const PALETTES: Record<PaletteId, Palette> = {
  ylgnbu: {
    id: 'ylgnbu',
    interpolate: (t) => interpolateYlGnBu(0.05 + 0.95 * t),
  },
  viridis: {
    id: 'viridis',
    interpolate: (t) => interpolateViridis(1 - t),
  },
  projector: {
    id: 'projector',
    interpolate: projector,
  },
  greys: {
    id: 'greys',
    interpolate: (t) => interpolateGreys(0.04 + 0.96 * t),
  },
};

/**
 * A function from a score (0–10) to a fill colour in the palette. On a dark background the ramp is
 * reversed so that high scores are the brightest cells, as low ones are on a light background.
 */
export function scoreColorScale(palette: PaletteId, dark = false): (score: number) => string {
  const interpolate = PALETTES[palette].interpolate;
  const scale = scaleSequential(dark ? (t: number) => interpolate(1 - t) : interpolate)
    .domain([MIN_SCORE, MAX_SCORE])
    .clamp(true);
  return (score) => rgb(scale(score)).formatHex();
}

/** WCAG relative luminance of a CSS colour. */
export function relativeLuminance(color: string): number {
  const c = rgb(color);
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG contrast ratio between two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// Charts ask for the same few fills thousands of times (25,600 cells for 20 countries).
const textColors = new Map<string, '#000000' | '#ffffff'>();

/** Black or white, whichever reads better on the fill. */
export function textColorOn(fill: string): '#000000' | '#ffffff' {
  let ink = textColors.get(fill);
  if (ink === undefined) {
    ink = contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
    if (textColors.size > 4096) textColors.clear();
    textColors.set(fill, ink);
  }
  return ink;
}

/** One colour class of a bracketed scale. */
export interface ScoreBracket {
  readonly from: number;
  /** Exclusive upper bound; the last bracket runs to 10 inclusive. */
  readonly to: number;
  readonly label: string;
  readonly color: string;
}

/**
 * Splits 0–10 at the given lower bounds into brackets coloured from the palette at each bracket's
 * middle. Bounds outside (0, 10] or out of order are ignored, so a half-typed edit never breaks it.
 */
export function scoreBrackets(palette: PaletteId, bounds: readonly number[], dark = false): ScoreBracket[] {
  const cuts = [...new Set(bounds.filter((b) => Number.isFinite(b) && b > MIN_SCORE && b <= MAX_SCORE))].sort(
    (a, b) => a - b,
  );
  const edges = [MIN_SCORE, ...cuts, MAX_SCORE + 1e-9];
  const color = scoreColorScale(palette, dark);
  const out: ScoreBracket[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const from = edges[i]!;
    const to = edges[i + 1]!;
    const last = i === edges.length - 2;
    const upper = last ? MAX_SCORE : to;
    const label = last
      ? from === MAX_SCORE
        ? `${fmt(from)}`
        : `${fmt(from)}–${fmt(MAX_SCORE)}`
      : Number.isInteger(from) && Number.isInteger(to) && to - from === 1
        ? fmt(from)
        : Number.isInteger(to)
          ? `${fmt(from)}–${fmt(to - 1)}`
          : `${fmt(from)}–<${fmt(to)}`;
    out.push({ from, to: upper, label, color: color(from === MAX_SCORE ? MAX_SCORE : (from + upper) / 2) });
  }
  return out;
}

/** The colour of a score under brackets. */
export function bracketColor(brackets: readonly ScoreBracket[], score: number): string {
  for (let i = brackets.length - 1; i >= 0; i--) if (score >= brackets[i]!.from) return brackets[i]!.color;
  return brackets[0]!.color;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
