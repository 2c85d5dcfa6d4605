import type { ResolvedGranularity } from '../../domain/compare-align';
import type { MatrixRow } from '../../domain/matrix';
import type { RollupRule } from '../../domain/rollup';
import { countryMetricValue, type CountryMetricId } from '../../domain/metrics/metric-values';
import { guardCell } from '../../io/score-text';
import type { CountryEntry } from '../../charts/compare/compare-inputs';

/** Stable English column names of the exported comparison table (shares are fractions 0–1). */
export const CSV_COLUMNS: Record<CountryMetricId, string> = {
  coverage: 'coverage',
  meanPlayers: 'players_per_row',
  distinctPlayers: 'distinct_players',
  meanHhi: 'mean_hhi',
  governmentShare: 'share_government',
  lawEnforcementShare: 'share_law_enforcement',
  privateShare: 'share_private',
  academiaShare: 'share_academia',
  otherShare: 'share_other',
  ncscShare: 'share_ncsc',
  technicalPrivateShare: 'private_share_technical_b_g',
  gaps: 'gaps',
  singlePoints: 'single_points_of_failure',
};

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** A number as the CSV writes it: up to 6 decimals, no float noise; "" for undefined (never 0). */
function num(v: number | undefined): string {
  return v === undefined ? '' : String(Math.round(v * 1e6) / 1e6);
}

/** How the compared rows were lined up: as they are, or rolled up per category by a rule. */
export interface CsvRows {
  readonly granularity: ResolvedGranularity;
  readonly rule: RollupRule;
}

/** The `rows` column: "as-is", "per-category-max" or "per-category-mean". */
const rowsValue = ({ granularity, rule }: CsvRows) => (granularity === 'as-is' ? 'as-is' : `per-category-${rule}`);

const ids = (rows: readonly MatrixRow[]) => rows.map((r) => r.x1060Id ?? r.label).join('; ');

/**
 * The comparison table as CSV: one line per country in the table's order, with the threshold and how the rows
 * were lined up (the metrics of rolled-up rows differ), the metrics as numbers, the lists of rows, the summary
 * line and the country's source and date. Every text cell is guarded against formula injection.
 */
export function comparisonCsv(
  entries: readonly CountryEntry[],
  metrics: readonly CountryMetricId[],
  threshold: number,
  summaries: ReadonlyMap<string, string>,
  rows: CsvRows = { granularity: 'as-is', rule: 'max' },
): string {
  const header = [
    'country',
    'threshold',
    'rows',
    ...metrics.map((id) => CSV_COLUMNS[id]),
    'gap_rows',
    'possible_gap_rows',
    'single_point_rows',
    'possible_single_point_rows',
    'unknown_cells',
    'summary',
    'source',
    'date',
  ];
  const lines = entries.map((e) => {
    const m = e.metrics;
    return [
      guardCell(e.matrix.country),
      num(threshold),
      rowsValue(rows),
      ...metrics.map((id) => num(countryMetricValue(m, id))),
      guardCell(ids(m.gaps)),
      guardCell(ids(m.possibleGaps)),
      guardCell(ids(m.singlePoints)),
      guardCell(ids(m.possibleSinglePoints)),
      String(m.unknownCells),
      guardCell(summaries.get(e.matrix.id) ?? ''),
      guardCell(e.matrix.provenance.source ?? ''),
      guardCell(e.matrix.provenance.date ?? ''),
    ];
  });
  return [header, ...lines].map((l) => l.map(quote).join(',')).join('\r\n') + '\r\n';
}
