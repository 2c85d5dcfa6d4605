import type { ReactNode } from 'react';
import { DEFINITION_OF_METRIC } from '../../domain/metrics/definitions';
import { METRIC_DEFINITIONS } from '../../i18n/metric-definitions';
import { COUNTRY_METRIC_NAMES } from '../../i18n/metric-messages';
import { countryMetricValue, type CountryMetricId } from '../../domain/metrics/metric-values';
import type { CountryMetrics } from '../../domain/metrics/country-metrics';
import { compareMessages } from '../../i18n/compare-messages';
import type { CompareSort } from '../../state/compare-slice';
import { useAppState, useAppStore } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { useCountryName } from '../use-country-name';
import { useMessages } from '../use-messages';
import { comparisonCsv, type CsvRows } from './compare-csv';
import { DefinitionsLink } from './DefinitionsLink';
import { metricMax, rowList, sortEntries, type CountryEntry } from '../../charts/compare/compare-inputs';
import { formatMetric, type CompareText } from '../../charts/compare/format-metric';
import { ScrollBox } from '../../ui/ScrollBox';

const CSV_FILE = 'x1060-comparison.csv';

/** The per-country metrics as a sortable table, each cell with a small bar, and its CSV export. */
export function MetricsTableSection({
  entries,
  metrics,
  summaries,
  note,
  rows: rowsRule,
}: {
  readonly entries: readonly CountryEntry[];
  readonly metrics: readonly CountryMetricId[];
  readonly summaries: ReadonlyMap<string, string>;
  /** How the rows are lined up, stated under the chart. */
  readonly note?: ReactNode;
  /** How the rows are lined up, for the CSV. */
  readonly rows: CsvRows;
}) {
  const t = useMessages(compareMessages);
  const countryName = useCountryName();
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const sort = useAppState((s) => s.compareSort);
  const sortBy = useAppState((s) => s.sortCompareBy);
  const threshold = useAppState((s) => s.compareThreshold);
  const rows = sortEntries(entries, sort, lang);
  const caption = t.metricsCaption(t.number(threshold, Number.isInteger(threshold) ? 0 : 1));
  const onExport = () => {
    downloadText(CSV_FILE, comparisonCsv(rows, metrics, threshold, summaries, rowsRule));
    store.getState().announce(t.exportedCsv(CSV_FILE));
  };
  return (
    <section className="compare-section" aria-labelledby="compare-metrics">
      <h3 id="compare-metrics">{t.metrics}</h3>
      <ul className="compare-summaries" aria-label={t.summary}>
        {entries.map((e) => (
          <li key={e.matrix.id}>
            <strong>{countryName(e.matrix)}</strong>
            {t.labelSeparator}
            {summaries.get(e.matrix.id)}
          </li>
        ))}
      </ul>
      <div className="export-bar">
        <Button onPress={onExport}>{t.exportCsv}</Button>
        <DefinitionsLink group="country" />
      </div>
      <ScrollBox className="table-scroll" label={caption}>
        <table className="compare-table">
          <caption>
            {caption}
            {lang === 'ja' ? '' : ' '}
            <span className="sort-hint">{t.sortHint}</span>
          </caption>
          <thead>
            <tr>
              <SortHeader sortKey="country" label={t.country} sort={sort} onSort={sortBy} />
              {metrics.map((id) => (
                <SortHeader
                  key={id}
                  sortKey={id}
                  label={COUNTRY_METRIC_NAMES[lang][id].short}
                  title={METRIC_DEFINITIONS[lang][DEFINITION_OF_METRIC[id]].definition}
                  sort={sort}
                  onSort={sortBy}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.matrix.id} data-country={e.matrix.id}>
                <th scope="row">{countryName(e.matrix)}</th>
                {metrics.map((id) => (
                  <MetricCell key={id} id={id} metrics={e.metrics} max={metricMax(id, entries)} t={t} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {note}
    </section>
  );
}

/** A column heading that sorts the table; aria-sort tells which way. */
function SortHeader({
  sortKey,
  label,
  title,
  sort,
  onSort,
}: {
  sortKey: CompareSort['key'];
  label: string;
  title?: string;
  sort: CompareSort | null;
  onSort: (key: CompareSort['key']) => void;
}) {
  const active = sort?.key === sortKey;
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : 'none'}
      className={sortKey === 'country' ? 'col-country' : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)} title={title}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

function MetricCell({
  id,
  metrics,
  max,
  t,
}: {
  id: CountryMetricId;
  metrics: CountryMetrics;
  max: number;
  t: CompareText;
}) {
  const value = countryMetricValue(metrics, id);
  const list = id === 'gaps' ? metrics.gaps : id === 'singlePoints' ? metrics.singlePoints : undefined;
  const possible =
    id === 'gaps' ? metrics.possibleGaps : id === 'singlePoints' ? metrics.possibleSinglePoints : undefined;
  return (
    <td data-metric={id} title={value === undefined ? t.undefinedTitle : undefined}>
      <span className="metric-value">{formatMetric(t, id, value)}</span>
      {list && list.length > 0 && <span className="metric-list"> ({rowList(list)})</span>}
      {possible && possible.length > 0 && <span className="metric-possible"> {t.possible(possible.length)}</span>}
      <span className="metric-bar" aria-hidden="true">
        <span style={{ width: `${value === undefined ? 0 : Math.min(100, (value / max) * 100)}%` }} />
      </span>
    </td>
  );
}
