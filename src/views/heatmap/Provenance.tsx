import { countCells, granularityOf, type RoleMatrix } from '../../domain/matrix';
import { heatmapMessages } from '../../i18n/heatmap-messages';
import { useMessages } from '../use-messages';

/** Where a matrix comes from and what it holds. */
export function Provenance({ matrix }: { matrix: RoleMatrix }) {
  const t = useMessages(heatmapMessages);
  const counts = countCells(matrix);
  const g = granularityOf(matrix);
  const gName = {
    category: t.granularityCategory,
    service: t.granularityService,
    mixed: t.granularityMixed,
    custom: t.granularityCustom,
  }[g];
  const p = matrix.provenance;
  const items: [string, string | undefined][] = [
    [
      t.rows,
      t.rowsSummary(matrix.rows.length, gName, matrix.stakeholders.length, counts.scored, counts.blank, counts.unknown),
    ],
    [t.source, p.source],
    [t.date, p.date],
    [t.notes, p.notes],
    [t.caveat, p.caveat],
    [t.file, p.source ? undefined : p.file],
  ];
  return (
    <dl className="provenance">
      {items
        .filter((i): i is [string, string] => Boolean(i[1]))
        .map(([k, v]) => (
          <div key={k} className="provenance-item">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
