import type { HeatmapMarginal } from './heatmap-types';

/** Scores print as given, with at most one decimal: 7, 2.5. */
export function formatCellNumber(score: number): string {
  return Number.isInteger(score) ? String(score) : String(Math.round(score * 10) / 10);
}

/** A marginal's label: "?" when nothing is known, a trailing "+" when unknown cells may add to it. */
export function formatMarginal(m: HeatmapMarginal): string {
  if (m.value === null) return '?';
  return m.unknown > 0 ? `${formatCellNumber(m.value)}+` : formatCellNumber(m.value);
}

/** The largest known marginal (0 when none is known): the length of the longest bar. */
export function marginalMax(ms: readonly HeatmapMarginal[] | undefined): number {
  let max = 0;
  for (const m of ms ?? []) if (m.value !== null && m.value > max) max = m.value;
  return max;
}
