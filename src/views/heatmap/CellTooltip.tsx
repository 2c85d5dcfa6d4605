import type { HeatmapModel } from '../../charts/heatmap/heatmap-model';
import { heatmapMessages } from '../../i18n/heatmap-messages';
import { useMessages } from '../use-messages';

/** What the tooltip of one heatmap cell says: names in both languages, score, roll-up detail, note. */
export function CellTooltip({ model, row, col }: { model: HeatmapModel; row: number; col: number }) {
  const t = useMessages(heatmapMessages);
  const r = model.rows[row];
  const c = model.columns[col];
  if (!r || !c) return null;
  const score = r.values[col] ?? null;
  const note = r.notes[col];
  const unknownParts = r.unknownParts?.[col] ?? 0;
  return (
    <>
      <div className="tip-row">
        {r.id && <strong>{r.id} </strong>}
        {r.nameEn}
      </div>
      {r.nameJa !== r.nameEn && (
        <div className="tip-row tip-alt" lang="ja">
          {r.nameJa}
        </div>
      )}
      <div className="tip-row">{c.name}</div>
      <div className="tip-score">
        {score === 'unknown' ? t.tipUnknown : score === null ? t.tipBlank : t.tipScore(String(score))}
      </div>
      {r.combined !== undefined && <div className="tip-row tip-alt">{t.tipRolled(r.combined, unknownParts)}</div>}
      {r.rowNote && (
        <div className="tip-note">
          <strong>{t.tipRowNote}:</strong> {r.rowNote}
        </div>
      )}
      {note && (
        <div className="tip-note">
          <strong>{t.tipNote}:</strong> {note}
        </div>
      )}
    </>
  );
}
