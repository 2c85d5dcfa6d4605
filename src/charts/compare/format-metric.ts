import { METRIC_KINDS, type CountryMetricId } from '../../domain/metrics/metric-values';
import type { compareMessages } from '../../i18n/compare-messages';

/** The comparison view's messages in one language. */
export type CompareText = (typeof compareMessages)['en'];

const DIGITS = {
  table: { share: 1, hhi: 3, mean: 2, count: 0 },
  summary: { share: 0, hhi: 2, mean: 1, count: 0 },
} as const;

/** A metric's value as the table ("45.2 %", "0.333") or a summary line ("45 %") prints it; "—" when undefined. */
export function formatMetric(t: CompareText, id: CountryMetricId, value: number | undefined, precision: keyof typeof DIGITS = 'table'): string {
  if (value === undefined) return t.undefinedValue;
  const kind = METRIC_KINDS[id];
  const digits = DIGITS[precision][kind];
  return kind === 'share' ? t.share(value, digits) : t.number(value, digits);
}

/** Scores print as given, with at most one decimal. */
export function formatScoreValue(score: number): string {
  return Number.isInteger(score) ? String(score) : String(Math.round(score * 10) / 10);
}
