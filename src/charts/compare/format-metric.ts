import { METRIC_KINDS, type CountryMetricId } from '../../domain/metrics/metric-values';
import type { compareMessages } from '../../i18n/compare-messages';

/** The comparison view's messages in one language. */
export type CompareText = (typeof compareMessages)['en'];

// One precision for the table and the summary lines, so that a summary never says "9 %" of what the table shows as 8.7 %.
const DIGITS = { share: 1, hhi: 3, mean: 2, count: 0 } as const;

/** A metric's value as the table and the summary lines print it ("45.2 %", "0.333"); "—" when undefined. */
export function formatMetric(t: CompareText, id: CountryMetricId, value: number | undefined): string {
  if (value === undefined) return t.undefinedValue;
  const kind = METRIC_KINDS[id];
  const digits = DIGITS[kind];
  return kind === 'share' ? t.share(value, digits) : t.number(value, digits);
}

/** Scores print as given, with at most one decimal. */
export function formatScoreValue(score: number): string {
  return Number.isInteger(score) ? String(score) : String(Math.round(score * 10) / 10);
}
