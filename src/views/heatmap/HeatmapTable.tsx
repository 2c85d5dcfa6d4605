import { formatMarginal } from '../../charts/heatmap/heatmap-format';
import type { HeatmapModel } from '../../charts/heatmap/heatmap-model';
import { heatmapMessages } from '../../i18n/heatmap-messages';
import { useMessages } from '../use-messages';
import { ScrollBox } from '../../ui/ScrollBox';

/** The heatmap's data as an accessible HTML table: same rows, columns and order as the chart. */
export function HeatmapTable({ model, country }: { model: HeatmapModel; country: string }) {
  const t = useMessages(heatmapMessages);
  const show = (s: (typeof model.rows)[number]['values'][number]) =>
    s === 'unknown' ? t.tipUnknown : s === null ? '' : String(s);
  return (
    <ScrollBox className="table-scroll" label={t.tableCaption(country)}>
      <table className="data-table">
        <caption>{t.tableCaption(country)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.tableRow}</th>
            {model.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.name}
              </th>
            ))}
            {model.rowMarginals.length > 0 && (
              <th scope="col">{model.marginal === 'max' ? t.marginalMax : t.tableTotal}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r, i) => (
            <tr key={r.key}>
              <th scope="row" className={r.depth ? 'indent' : undefined}>
                {r.id ? `${r.id} ${r.name}` : r.name}
              </th>
              {r.values.map((v, c) => (
                <td key={model.columns[c]!.key} className={v === 'unknown' ? 'unknown' : undefined}>
                  {show(v)}
                </td>
              ))}
              {model.rowMarginals.length > 0 && <td>{formatMarginal(model.rowMarginals[i]!)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {[...model.rowMarginals].some((m) => m.unknown > 0) && <p className="table-note">{t.marginUnknownCaption}</p>}
    </ScrollBox>
  );
}
