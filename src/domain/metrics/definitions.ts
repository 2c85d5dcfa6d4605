// The terms every comparison metric is defined by, as codes: which there are, how the comparison
// view and the README group them, and which defines each column of the comparison table. Their
// words are in src/i18n/metric-definitions.ts and metric-messages.ts.
import type { CountryMetricId } from './metric-values';

/** Everything the definitions cover: per-row, per-country and per-pair metrics and the views' marks. */
export const DEFINITION_IDS = [
  'threshold',
  'players',
  'lead',
  'hhi',
  'gap',
  'singlePoint',
  'coverage',
  'meanPlayers',
  'distinctPlayers',
  'meanHhi',
  'sectorShare',
  'ncscShare',
  'technicalPrivateShare',
  'similarity',
  'differingRows',
  'difference',
  'absent',
  'summary',
] as const;
/** One defined term. */
export type DefinitionId = (typeof DEFINITION_IDS)[number];

/** A group of terms: per row, per country, per pair of countries, and the marks of the difference views. */
export type DefinitionGroupId = 'row' | 'country' | 'pair' | 'marks';

/** The definitions grouped as the view and README show them. */
export const DEFINITION_GROUPS: readonly {
  readonly id: DefinitionGroupId;
  readonly terms: readonly DefinitionId[];
}[] = [
  { id: 'row', terms: ['threshold', 'players', 'lead', 'hhi', 'gap', 'singlePoint'] },
  {
    id: 'country',
    terms: [
      'coverage',
      'meanPlayers',
      'distinctPlayers',
      'meanHhi',
      'sectorShare',
      'ncscShare',
      'technicalPrivateShare',
      'summary',
    ],
  },
  { id: 'pair', terms: ['similarity', 'differingRows'] },
  { id: 'marks', terms: ['difference', 'absent'] },
];

/** The definition behind each column of the comparison table. */
export const DEFINITION_OF_METRIC: Record<CountryMetricId, DefinitionId> = {
  coverage: 'coverage',
  meanPlayers: 'meanPlayers',
  distinctPlayers: 'distinctPlayers',
  meanHhi: 'meanHhi',
  governmentShare: 'sectorShare',
  lawEnforcementShare: 'sectorShare',
  privateShare: 'sectorShare',
  academiaShare: 'sectorShare',
  otherShare: 'sectorShare',
  ncscShare: 'ncscShare',
  technicalPrivateShare: 'technicalPrivateShare',
  gaps: 'gap',
  singlePoints: 'singlePoint',
};
