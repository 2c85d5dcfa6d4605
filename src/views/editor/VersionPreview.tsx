import { useMemo } from 'react';
import { changedCells } from '../../domain/matrix-merge';
import { rowName, stakeholderName, type RoleMatrix, type Score } from '../../domain/matrix';
import type { CountryVersion } from '../../domain/versions';
import { historyMessages } from '../../i18n/history-messages';
import { useAppState } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { ScrollBox } from '../../ui/ScrollBox';
import { useMessages } from '../use-messages';
import { versionLabel } from './version-text';

/** A version's scores as a table, the cells that differ from the country as it is now marked (and announced: "changed"). */
export function VersionPreview({
  version,
  now,
  onClose,
}: {
  version: CountryVersion | undefined;
  now: RoleMatrix | undefined;
  onClose: () => void;
}) {
  const t = useMessages(historyMessages);
  const lang = useAppState((s) => s.lang);
  const changed = useMemo(() => {
    if (!version) return new Set<string>();
    const m = version.matrix;
    // With nothing to compare to (a removed country), no cell is marked.
    return now ? new Set(changedCells(m, now).map((c) => `${c.rowKey}\u0000${c.stakeholderKey}`)) : new Set<string>();
  }, [version, now]);
  const m = version?.matrix;
  const score = (s: Score) => (s === null ? t.notInvolved : s === 'unknown' ? t.unknown : String(s));
  return (
    <Modal
      title={version && m ? t.previewTitle(m.country, versionLabel(version, t, lang)) : ''}
      isOpen={version !== undefined}
      onClose={onClose}
      className="version-preview"
    >
      {m && (
        <>
          <p>{t.previewHelp(now ? changed.size : 0)}</p>
          <ScrollBox className="table-scroll version-preview-scroll" label={t.previewCaption(m.country)}>
            <table className="version-table">
              <caption className="visually-hidden">{t.previewCaption(m.country)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.rowHeader}</th>
                  {m.stakeholders.map((s) => (
                    <th scope="col" key={s.key}>
                      {stakeholderName(s, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {m.rows.map((r, i) => (
                  <tr key={r.key}>
                    <th scope="row">{r.x1060Id ? `${r.x1060Id} ${rowName(r, lang)}` : r.label}</th>
                    {m.stakeholders.map((s, j) => {
                      const cell = m.cells[i]?.[j] ?? null;
                      const isChanged = changed.has(`${r.key}\u0000${s.key}`);
                      return (
                        <td
                          key={s.key}
                          className={`${cell === null ? 'version-blank' : ''}${isChanged ? ' version-changed' : ''}`}
                          data-changed={isChanged || undefined}
                        >
                          {cell === null ? <span className="visually-hidden">{score(cell)}</span> : score(cell)}
                          {isChanged && (
                            <>
                              <span aria-hidden="true"> ●</span>
                              <span className="visually-hidden">{` (${t.changedMark})`}</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <div className="toolbar-group">
            <Button onPress={onClose} autoFocus>
              {t.close}
            </Button>
          </div>
        </>
      )}
    </Modal>
  );
}
