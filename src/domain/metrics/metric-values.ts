import type { SectorGroup } from '../stakeholders';
import type { CountryMetrics } from './country-metrics';

/** The per-country metrics, in the order the comparison table shows them. */
export const COUNTRY_METRIC_IDS = [
  'coverage',
  'meanPlayers',
  'distinctPlayers',
  'meanHhi',
  'governmentShare',
  'lawEnforcementShare',
  'privateShare',
  'academiaShare',
  'otherShare',
  'ncscShare',
  'technicalPrivateShare',
  'gaps',
  'singlePoints',
] as const;
/** One per-country metric. */
export type CountryMetricId = (typeof COUNTRY_METRIC_IDS)[number];

/** How a metric's value reads: a share 0–1, an HHI 0–1, a mean, or a count. */
export type MetricKind = 'share' | 'hhi' | 'mean' | 'count';

export const METRIC_KINDS: Record<CountryMetricId, MetricKind> = {
  coverage: 'share',
  meanPlayers: 'mean',
  distinctPlayers: 'count',
  meanHhi: 'hhi',
  governmentShare: 'share',
  lawEnforcementShare: 'share',
  privateShare: 'share',
  academiaShare: 'share',
  otherShare: 'share',
  ncscShare: 'share',
  technicalPrivateShare: 'share',
  gaps: 'count',
  singlePoints: 'count',
};

/** The sector group each sector-share metric is about. */
export const SECTOR_OF_METRIC: Partial<Record<CountryMetricId, SectorGroup>> = {
  governmentShare: 'government',
  lawEnforcementShare: 'law-enforcement',
  privateShare: 'private',
  academiaShare: 'academia',
  otherShare: 'other',
};

/** A metric's value for a country; undefined where the metric is undefined (never read as 0). */
export function countryMetricValue(m: CountryMetrics, id: CountryMetricId): number | undefined {
  const sector = SECTOR_OF_METRIC[id];
  if (sector) return m.sectorShares[sector];
  switch (id) {
    case 'coverage':
      return m.coverage;
    case 'meanPlayers':
      return m.meanPlayers;
    case 'distinctPlayers':
      return m.distinctPlayers;
    case 'meanHhi':
      return m.meanHhi;
    case 'ncscShare':
      return m.ncscShare;
    case 'technicalPrivateShare':
      return m.technicalPrivateShare;
    case 'gaps':
      return m.gaps.length;
    case 'singlePoints':
      return m.singlePoints.length;
    default:
      return undefined;
  }
}
