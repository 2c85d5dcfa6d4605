import { Fragment, type ReactNode } from 'react';
import type { AlignedMatrices } from '../../domain/compare';
import { rowName, stakeholderName } from '../../domain/matrix';
import type { RowMetrics } from '../../domain/metrics/row-metrics';
import { compareMessages } from '../../i18n/compare-messages';
import { useAppState } from '../../state/store-context';
import { useCountryName } from '../use-country-name';
import { useMessages } from '../use-messages';
import type { CountryEntry } from '../../charts/compare/compare-inputs';
import { formatScoreValue, type CompareText } from '../../charts/compare/format-metric';
import { ScrollBox } from '../../ui/ScrollBox';
import { DefinitionsLink } from './DefinitionsLink';
import { METRIC_DEFINITIONS } from '../../i18n/metric-definitions';

/** Players, lead stakeholder and concentration of every aligned row, per country, with gap marks. */
export function RowMetricsSection({
  aligned,
  entries,
  note,
}: {
  readonly aligned: AlignedMatrices;
  readonly entries: readonly CountryEntry[];
  /** How the rows are lined up, stated under the chart. */
  readonly note?: ReactNode;
}) {
  const t = useMessages(compareMessages);
  const countryName = useCountryName();
  const lang = useAppState((s) => s.lang);
  const threshold = useAppState((s) => s.compareThreshold);
  const definitions = METRIC_DEFINITIONS[lang];
  const byKey = entries.map((e) => new Map(e.metrics.rows.map((r) => [r.row.key, r])));
  return (
    <section className="compare-section" aria-labelledby="compare-rows">
      <h3 id="compare-rows">{t.perRow}</h3>
      <div className="export-bar">
        <DefinitionsLink group="row" />
      </div>
      <ScrollBox
        className="table-scroll"
        label={t.perRowCaption(t.number(threshold, Number.isInteger(threshold) ? 0 : 1))}
      >
        <table className="compare-table compare-rows">
          <caption>{t.perRowCaption(t.number(threshold, Number.isInteger(threshold) ? 0 : 1))}</caption>
          <thead>
            <tr>
              <td />
              {entries.map((e) => (
                <th key={e.matrix.id} scope="colgroup" colSpan={3} className="group-start">
                  {countryName(e.matrix)}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">{t.row}</th>
              {entries.map((e) => (
                <Fragment key={e.matrix.id}>
                  <th scope="col" className="group-start" title={definitions.players.definition}>
                    {t.players}
                  </th>
                  <th scope="col" title={definitions.lead.definition}>
                    {t.lead}
                  </th>
                  <th scope="col" title={definitions.hhi.definition}>
                    {t.hhi}
                  </th>
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {aligned.rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">
                  {row.x1060Id && <span className="row-id">{row.x1060Id} </span>}
                  {rowName(row, lang)}
                </th>
                {entries.map((e, i) => {
                  const r = byKey[i]!.get(row.key);
                  if (!r)
                    return (
                      <td key={e.matrix.id} colSpan={3} className="group-start cell-absent">
                        {t.absentRow}
                      </td>
                    );
                  return <RowCells key={e.matrix.id} r={r} t={t} lang={lang} />;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {note}
    </section>
  );
}

function RowCells({ r, t, lang }: { r: RowMetrics; t: CompareText; lang: 'en' | 'ja' }) {
  const marks = [
    r.gap && t.gap,
    r.possibleGap && t.possibleGap,
    r.singlePoint && t.singlePoint,
    r.possibleSinglePoint && t.possibleSinglePoint,
    r.unknown > 0 && t.unknownCells(r.unknown),
  ].filter((m): m is string => Boolean(m));
  const leads = r.leads.map((s) => stakeholderName(s, lang)).join(', ');
  return (
    <>
      <td className="group-start" data-metric="players">
        <span className="metric-value">{r.players}</span>
        {marks.map((m) => (
          <span key={m} className={`row-mark${r.gap || r.singlePoint ? ' row-mark-strong' : ''}`}>
            {m}
          </span>
        ))}
      </td>
      <td data-metric="lead">
        {r.leadScore === undefined ? t.undefinedValue : t.leadWithScore(leads, formatScoreValue(r.leadScore))}
      </td>
      <td data-metric="hhi">{r.hhi === undefined ? t.undefinedValue : t.number(r.hhi, 3)}</td>
    </>
  );
}
