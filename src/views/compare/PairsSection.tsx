import { useState, type ReactNode } from 'react';
import { stakeholderName } from '../../domain/matrix';
import { pairMetricsOf } from '../../domain/metrics/metrics-cache';
import { mostDifferentRows } from '../../domain/metrics/pair-metrics';
import { compareMessages } from '../../i18n/compare-messages';
import { useAppState } from '../../state/store-context';
import { useCountryName } from '../use-country-name';
import { useMessages } from '../use-messages';
import type { CountryEntry } from '../../charts/compare/compare-inputs';
import { formatScoreValue } from '../../charts/compare/format-metric';
import { Button } from '../../ui/Button';
import { ScrollBox } from '../../ui/ScrollBox';
import { DefinitionsLink } from './DefinitionsLink';
import { METRIC_DEFINITIONS } from '../../i18n/metric-definitions';

/** Pairs listed before "Show all": 20 countries make 190 pairs, a table 15,000 px long. */
export const PAIRS_SHOWN_FIRST = 10;

/** Every pair of compared countries (the first ten until asked for all): cosine similarity and the rows that differ most. */
export function PairsSection({
  entries,
  note,
}: {
  readonly entries: readonly CountryEntry[];
  readonly note?: ReactNode;
}) {
  const t = useMessages(compareMessages);
  const countryName = useCountryName();
  const lang = useAppState((s) => s.lang);
  const [showAll, setShowAll] = useState(false);
  const all = entries.flatMap((a, i) => entries.slice(i + 1).map((b) => ({ a: a.matrix, b: b.matrix })));
  const pairs = (showAll ? all : all.slice(0, PAIRS_SHOWN_FIRST)).map(({ a, b }) => ({ a, b, p: pairMetricsOf(a, b) }));
  const more = all.length > PAIRS_SHOWN_FIRST;
  return (
    <section className="compare-section" aria-labelledby="compare-pairs">
      <h3 id="compare-pairs">{t.pairs}</h3>
      <div className="export-bar">
        <DefinitionsLink group="pair" />
      </div>
      <ScrollBox className="table-scroll" label={t.pairsCaption}>
        <table className="compare-table compare-pairs">
          <caption>{t.pairsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.pair}</th>
              <th scope="col" title={METRIC_DEFINITIONS[lang].similarity.definition}>
                {t.similarity}
              </th>
              <th scope="col">{t.cellsCompared}</th>
              <th scope="col" title={METRIC_DEFINITIONS[lang].differingRows.definition}>
                {t.differingRows}
              </th>
            </tr>
          </thead>
          <tbody>
            {pairs.map(({ a, b, p }) => (
              <tr key={`${a.id}|${b.id}`}>
                <th scope="row">{t.pairName(countryName(a), countryName(b))}</th>
                <td data-metric="similarity">
                  {p.similarity === undefined ? t.undefinedValue : t.number(p.similarity, 3)}
                </td>
                <td data-metric="cells">
                  {p.cellsCompared}
                  {p.cellsUnknown + p.cellsAbsent > 0 && (
                    <span className="metric-possible"> ({t.cellsLeftOut(p.cellsUnknown, p.cellsAbsent)})</span>
                  )}
                </td>
                <td data-metric="rows">
                  <ol className="differing-rows">
                    {mostDifferentRows(p).map((r) => (
                      <li key={r.row.key}>
                        {t.differingRow(
                          r.row.x1060Id ?? r.row.label,
                          formatScoreValue(r.distance),
                          r.largest ? stakeholderName(r.largest.stakeholder, lang) : '',
                          formatScoreValue(r.largest?.a ?? 0),
                          formatScoreValue(r.largest?.b ?? 0),
                        )}
                      </li>
                    ))}
                  </ol>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {more && (
        <p className="compare-pairs-more">
          {t.pairsShown(pairs.length, all.length)}{' '}
          <Button onPress={() => setShowAll(!showAll)}>
            {showAll ? t.showFewerPairs(PAIRS_SHOWN_FIRST) : t.showAllPairs(all.length)}
          </Button>
        </p>
      )}
      {note}
    </section>
  );
}
