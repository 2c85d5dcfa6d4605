// Pure glue between the domain's metrics and the compare charts' inputs, in the display language. It lives
// with the charts, not the compare view, so presenter slides can draw the same charts from the same inputs.
import type { DifferenceInput } from '../../charts/compare/difference-layout';
import type { MetricBarsInput } from '../../charts/compare/metric-bars-layout';
import type { SmallMultiplesInput } from '../../charts/compare/small-multiples-layout';
import type { PaletteId } from '../../charts/color-scales';
import type { AlignedMatrices, AlignedScore, DiffCell, MatrixDifference } from '../../domain/compare';
import type { Lang } from '../../domain/display-options';
import { rowName, stakeholderName, type MatrixRow, type RoleMatrix, type Stakeholder } from '../../domain/matrix';
import type { CountryMetrics } from '../../domain/metrics/country-metrics';
import { paletteName } from '../../i18n/chart-messages';
import { COUNTRY_METRIC_NAMES } from '../../i18n/metric-messages';
import { matrixDisplayName } from '../../i18n/country-names';
import {
  COUNTRY_METRIC_IDS,
  countryMetricValue,
  METRIC_KINDS,
  type CountryMetricId,
} from '../../domain/metrics/metric-values';
import type { SummaryFact } from '../../domain/metrics/summary';
import { formatMetric, formatScoreValue, type CompareText } from './format-metric';

/** How the metrics table is sorted (the store's CompareSort has this shape). */
export interface EntrySort {
  readonly key: 'country' | CountryMetricId;
  readonly direction: 'ascending' | 'descending';
}

/** One compared country with its metrics. */
export interface CountryEntry {
  readonly matrix: RoleMatrix;
  readonly metrics: CountryMetrics;
}

const rowsIn = (rows: readonly MatrixRow[], lang: Lang) =>
  rows.map((r) => ({ key: r.key, ...(r.x1060Id ? { id: r.x1060Id } : {}), name: rowName(r, lang) }));
const columnsIn = (stakeholders: readonly Stakeholder[], lang: Lang) =>
  stakeholders.map((s) => ({ key: s.key, name: stakeholderName(s, lang) }));

/** The small multiples' input: every country on the aligned grid. */
export function smallMultiplesInput(
  aligned: AlignedMatrices,
  lang: Lang,
  palette: PaletteId,
  t: CompareText,
): SmallMultiplesInput {
  return {
    rows: rowsIn(aligned.rows, lang),
    columns: columnsIn(aligned.stakeholders, lang),
    panels: aligned.countries.map((c) => ({
      key: c.matrix.id,
      title: matrixDisplayName(lang, c.matrix),
      values: c.cells,
    })),
    palette,
    legend: {
      caption: `${t.scaleCaption} · ${paletteName(lang, palette)}`,
      blank: t.blank,
      unknown: t.unknown,
      absent: t.absent,
    },
  };
}

/** What a screen reader hears for one small-multiple cell's value. */
export function describeAligned(t: CompareText, value: AlignedScore): string {
  if (value === 'absent') return t.absentValue;
  if (value === 'unknown') return t.unknownValue;
  if (value === null) return t.blankValue;
  return t.scoreOf(formatScoreValue(value));
}

/** The difference heatmap's input. */
export function differenceInput(
  diff: MatrixDifference,
  a: string,
  b: string,
  lang: Lang,
  t: CompareText,
): DifferenceInput {
  return {
    rows: rowsIn(diff.rows, lang),
    columns: columnsIn(diff.stakeholders, lang),
    cells: diff.cells,
    legend: {
      caption: t.differenceCaption(a, b),
      aHigher: t.aHigher(a),
      bHigher: t.bHigher(b),
      blank: t.neither,
      unknown: t.unknownEither,
      absent: t.absentEither,
    },
  };
}

/** What a screen reader hears for one difference cell's value. */
export function describeDiffCell(t: CompareText, a: string, b: string, cell: DiffCell): string {
  const side = (s: 'a' | 'b' | 'both') => (s === 'both' ? t.bothSides : s === 'a' ? a : b);
  if (cell.kind === 'absent') return t.diffAbsent(side(cell.side));
  if (cell.kind === 'unknown') return t.diffUnknown(side(cell.side));
  const signed =
    cell.value > 0
      ? `+${formatScoreValue(cell.value)}`
      : cell.value < 0
        ? `\u2212${formatScoreValue(-cell.value)}`
        : '0';
  return t.diffValue(a, formatScoreValue(cell.a), b, formatScoreValue(cell.b), signed);
}

/** The table's rows in the chosen order; undefined values always sort last. */
export function sortEntries(entries: readonly CountryEntry[], sort: EntrySort | null, lang: Lang): CountryEntry[] {
  if (!sort) return [...entries];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = sort.key;
  return entries
    .map((e, i) => ({ e, i }))
    .sort((x, y) => {
      if (key === 'country')
        return (
          sign * matrixDisplayName(lang, x.e.matrix).localeCompare(matrixDisplayName(lang, y.e.matrix), lang) ||
          x.i - y.i
        );
      const [vx, vy] = [countryMetricValue(x.e.metrics, key), countryMetricValue(y.e.metrics, key)];
      if (vx === undefined || vy === undefined)
        return (vx === undefined ? 1 : 0) - (vy === undefined ? 1 : 0) || x.i - y.i;
      return sign * (vx - vy) || x.i - y.i;
    })
    .map((x) => x.e);
}

/** The metric columns shown: every metric, but "other" only when some country has custom stakeholders. */
export function shownMetrics(entries: readonly CountryEntry[]): CountryMetricId[] {
  return COUNTRY_METRIC_IDS.filter(
    (id) => id !== 'otherShare' || entries.some((e) => e.metrics.sectorShares.other !== undefined),
  );
}

/** A full-width bar for each metric: shares and HHI 1, counts of rows or stakeholders their largest possible value. */
export function metricMax(id: CountryMetricId, entries: readonly CountryEntry[]): number {
  const kind = METRIC_KINDS[id];
  if (kind === 'share' || kind === 'hhi') return 1;
  if (id === 'distinctPlayers' || id === 'meanPlayers')
    return Math.max(1, ...entries.map((e) => e.matrix.stakeholders.length));
  return Math.max(1, ...entries.map((e) => e.matrix.rows.length));
}

/** The metric bar charts' input. */
export function metricBarsInput(
  entries: readonly CountryEntry[],
  metrics: readonly CountryMetricId[],
  lang: Lang,
  t: CompareText,
): MetricBarsInput {
  return {
    series: entries.map((e) => ({ key: e.matrix.id, label: matrixDisplayName(lang, e.matrix) })),
    metrics: metrics.map((id) => {
      const values = entries.map((e) => countryMetricValue(e.metrics, id));
      return {
        key: id,
        title: COUNTRY_METRIC_NAMES[lang][id].short,
        max: metricMax(id, entries),
        values,
        texts: values.map((v) => formatMetric(t, id, v)),
      };
    }),
  };
}

/** A country's summary line from its facts. */
export function summaryLine(facts: readonly SummaryFact[], countries: number, lang: Lang, t: CompareText): string {
  const phrase = (f: SummaryFact) =>
    t.fact(COUNTRY_METRIC_NAMES[lang][f.metric].phrase, formatMetric(t, f.metric, f.value));
  return t.summaryLine(
    facts.filter((f) => f.rank === 'highest').map(phrase),
    facts.filter((f) => f.rank === 'lowest').map(phrase),
    countries,
  );
}

/** Row names joined for a list cell ("G, H" as ids where rows have them). */
export function rowList(rows: readonly MatrixRow[]): string {
  return rows.map((r) => r.x1060Id ?? r.label).join(', ');
}
