import { buildSankeyGraph } from '../../charts/sankey/sankey-graph';
import { formatFigure } from '../../charts/sankey/sankey-describe';
import type { SankeyInput, SankeyOptions } from '../../charts/sankey/sankey-types';
import { sankeyMessages } from '../../i18n/sankey-messages';
import { useMessages } from '../use-messages';
import { ScrollBox } from '../../ui/ScrollBox';

/** The diagram's flows as an accessible table: one row per link, in drawing order, then the unknowns. */
export function SankeyTable({
  input,
  options,
  country,
}: {
  input: SankeyInput;
  options: SankeyOptions;
  country: string;
}) {
  const t = useMessages(sankeyMessages);
  const graph = buildSankeyGraph(input, options);
  const name = new Map(graph.columns.flat().map((n) => [n.id, n.name]));
  const { unknownCells } = graph.summary;
  return (
    <ScrollBox className="table-scroll" label={t.tableCaption(country)}>
      <table className="data-table sankey-table">
        <caption>{t.tableCaption(country)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.tableFrom}</th>
            <th scope="col">{t.tableTo}</th>
            <th scope="col">{t.tableScore}</th>
            <th scope="col">{t.tableShare}</th>
            <th scope="col">{t.tableWidth}</th>
          </tr>
        </thead>
        <tbody>
          {graph.links.map((l) => (
            <tr key={l.id}>
              <th scope="row">{name.get(l.source)}</th>
              <td>{name.get(l.target)}</td>
              <td>{formatFigure(l.raw)}</td>
              <td>{l.shareOfRow === undefined ? '' : `${formatFigure(l.shareOfRow * 100)} %`}</td>
              <td>{formatFigure(l.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unknownCells.length > 0 && (
        <>
          <h3 className="sankey-table-heading">{t.tableUnknown}</h3>
          <ul>
            {unknownCells.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </ScrollBox>
  );
}
