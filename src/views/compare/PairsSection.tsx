import { stakeholderName } from '../../domain/matrix';
import { pairMetricsOf } from '../../domain/metrics/metrics-cache';
import { mostDifferentRows } from '../../domain/metrics/pair-metrics';
import { compareMessages } from '../../i18n/compare-messages';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import type { CountryEntry } from '../../charts/compare/compare-inputs';
import { formatScoreValue } from '../../charts/compare/format-metric';

/** Every pair of compared countries: cosine similarity and the rows that differ most. */
export function PairsSection({ entries }: { readonly entries: readonly CountryEntry[] }) {
  const t = useMessages(compareMessages);
  const lang = useAppState((s) => s.lang);
  const pairs = entries.flatMap((a, i) => entries.slice(i + 1).map((b) => ({ a: a.matrix, b: b.matrix, p: pairMetricsOf(a.matrix, b.matrix) })));
  return (
    <section className="compare-section" aria-labelledby="compare-pairs">
      <h3 id="compare-pairs">{t.pairs}</h3>
      <div className="table-scroll">
        <table className="compare-table compare-pairs">
          <caption>{t.pairsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.pair}</th>
              <th scope="col">{t.similarity}</th>
              <th scope="col">{t.cellsCompared}</th>
              <th scope="col">{t.differingRows}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map(({ a, b, p }) => (
              <tr key={`${a.id}|${b.id}`}>
                <th scope="row">{t.pairName(a.country, b.country)}</th>
                <td data-metric="similarity">{p.similarity === undefined ? t.undefinedValue : t.number(p.similarity, 3)}</td>
                <td data-metric="cells">
                  {p.cellsCompared}
                  {p.cellsUnknown + p.cellsAbsent > 0 && <span className="metric-possible"> ({t.cellsLeftOut(p.cellsUnknown, p.cellsAbsent)})</span>}
                </td>
                <td data-metric="rows">
                  <ol className="differing-rows">
                    {mostDifferentRows(p).map((r) => (
                      <li key={r.row.key}>
                        {t.differingRow(r.row.x1060Id ?? r.row.label, formatScoreValue(r.distance), r.largest ? stakeholderName(r.largest.stakeholder, lang) : '', formatScoreValue(r.largest?.a ?? 0), formatScoreValue(r.largest?.b ?? 0))}
                      </li>
                    ))}
                  </ol>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
