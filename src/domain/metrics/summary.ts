import type { CountryMetrics } from './country-metrics';
import { countryMetricValue, type CountryMetricId } from './metric-values';

/** The metrics a summary line may mention, most telling first. */
export const SUMMARY_METRICS: readonly CountryMetricId[] = [
  'ncscShare',
  'governmentShare',
  'privateShare',
  'technicalPrivateShare',
  'meanPlayers',
  'meanHhi',
  'coverage',
  'distinctPlayers',
  'lawEnforcementShare',
  'academiaShare',
  'singlePoints',
  'gaps',
];

/** One thing that sets a country apart: it has the highest or lowest value of a metric. */
export interface SummaryFact {
  readonly metric: CountryMetricId;
  readonly rank: 'highest' | 'lowest';
  readonly value: number;
}

/** How far ahead of the runner-up an extreme must be, as a share of the spread (max − min). */
export const SUMMARY_MIN_MARGIN = 0.05;
/** At most this many facts per country, so the summary stays one line. */
export const SUMMARY_MAX_FACTS = 3;

/**
 * For each country, the metrics (in SUMMARY_METRICS order) where it alone is highest or lowest,
 * ahead of the runner-up by at least SUMMARY_MIN_MARGIN of the spread; at most SUMMARY_MAX_FACTS.
 * Undefined values take no part; with fewer than two countries there is nothing to say.
 */
export function summariseCountries(
  entries: readonly { readonly id: string; readonly metrics: CountryMetrics }[],
): Map<string, SummaryFact[]> {
  const facts = new Map<string, SummaryFact[]>(entries.map((e) => [e.id, []]));
  for (const metric of SUMMARY_METRICS) {
    const values = entries
      .map((e) => ({ id: e.id, value: countryMetricValue(e.metrics, metric) }))
      .filter((v): v is { id: string; value: number } => v.value !== undefined)
      .sort((x, y) => y.value - x.value);
    if (values.length < 2) continue;
    const spread = values[0]!.value - values[values.length - 1]!.value;
    if (spread <= 0) continue;
    const push = (id: string, rank: SummaryFact['rank'], value: number) => {
      const list = facts.get(id)!;
      if (list.length < SUMMARY_MAX_FACTS) list.push({ metric, rank, value });
    };
    const [top, second] = [values[0]!, values[1]!];
    if ((top.value - second.value) / spread >= SUMMARY_MIN_MARGIN) push(top.id, 'highest', top.value);
    const [bottom, penultimate] = [values[values.length - 1]!, values[values.length - 2]!];
    if ((penultimate.value - bottom.value) / spread >= SUMMARY_MIN_MARGIN) push(bottom.id, 'lowest', bottom.value);
  }
  return facts;
}
