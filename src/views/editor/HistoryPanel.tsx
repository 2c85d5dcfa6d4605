import { useDeferredValue, useId, useMemo, useState } from 'react';
import {
  AUTO_VERSIONS_PER_COUNTRY,
  cellsChangedSince,
  versionsOf,
  versionsSize,
  type CountryVersion,
} from '../../domain/versions';
import { findMatrix } from '../../domain/workspace';
import { historyMessages } from '../../i18n/history-messages';
import { useAppState, useAppStore } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useMessages } from '../use-messages';
import { VersionPreview } from './VersionPreview';
import { versionActions } from './version-actions';
import { storageText, versionLabel } from './version-text';
import { RemovedList, VersionList } from './VersionLists';
import './history-panel.css';

/**
 * The versions of a country to go back to, newest first: preview, restore (Undo reverses it),
 * duplicate as a country, compare with the country as it is now, delete; a named version saved on
 * demand; and the countries that were removed, each with its last version to bring it back.
 */
export function HistoryPanel({ countryId }: { countryId: string | undefined }) {
  const t = useMessages(historyMessages);
  const store = useAppStore();
  const lang = useAppState((s) => s.lang);
  const versions = useAppState((s) => s.versions);
  const matrices = useAppState((s) => s.workspace.matrices);
  const matrix = useAppState((s) => findMatrix(s.workspace, countryId));
  const headingId = useId();
  const [name, setName] = useState('');
  const [preview, setPreview] = useState<CountryVersion | undefined>();
  const [toDelete, setToDelete] = useState<CountryVersion | undefined>();
  const list = useMemo(() => (countryId ? versionsOf(versions, countryId) : []), [versions, countryId]);
  // Counting 50 versions' changed cells takes a few ms: deferred, it never holds up the score being typed.
  const now = useDeferredValue(matrix);
  const counts = useMemo(() => new Map(list.map((v) => [v.id, cellsChangedSince(v, now)])), [list, now]);
  const removed = useMemo(() => {
    const here = new Set(matrices.map((m) => m.id));
    const last = new Map<string, CountryVersion>();
    for (const v of versions) if (!here.has(v.countryId)) last.set(v.countryId, pick(last.get(v.countryId), v));
    return [...last.values()].sort((a, b) => a.matrix.country.localeCompare(b.matrix.country));
  }, [versions, matrices]);
  const size = useMemo(() => versionsSize(versions), [versions]);

  const actions = versionActions(store, matrix, t, lang);
  if (!matrix && removed.length === 0) return null;
  return (
    <section className="history-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{matrix ? t.heading(matrix.country) : t.removedHeading}</h2>
      <p className="field-help">{`${t.limit(AUTO_VERSIONS_PER_COUNTRY)} ${t.space(storageText(size, t))}`}</p>
      {matrix && (
        <form
          className="history-save"
          onSubmit={(e) => {
            e.preventDefault();
            if (actions.save(name)) setName('');
          }}
        >
          <label className="textfield">
            <span className="select-label">{t.versionName}</span>
            <input className="textfield-input" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
          </label>
          <Button type="submit">{t.save}</Button>
        </form>
      )}
      {matrix && list.length === 0 && <p>{t.none}</p>}
      {list.length > 0 && (
        <VersionList list={list} counts={counts} actions={actions} onPreview={setPreview} onDelete={setToDelete} />
      )}
      {removed.length > 0 && (
        <RemovedList list={removed} actions={actions} onPreview={setPreview} subheading={matrix !== undefined} />
      )}
      <VersionPreview
        version={preview}
        now={preview ? findMatrix({ matrices }, preview.countryId) : undefined}
        onClose={() => setPreview(undefined)}
      />
      <ConfirmDialog
        open={toDelete !== undefined}
        title={t.confirmDeleteTitle}
        message={toDelete ? t.confirmDelete(versionLabel(toDelete, t, lang)) : ''}
        confirmLabel={t.delete}
        cancelLabel={t.cancel}
        onConfirm={() => {
          const v = toDelete;
          setToDelete(undefined);
          if (v) actions.remove(v);
        }}
        onCancel={() => setToDelete(undefined)}
      />
    </section>
  );
}

/** The newer of two versions. */
function pick(a: CountryVersion | undefined, b: CountryVersion): CountryVersion {
  return !a || b.at.localeCompare(a.at) > 0 || (b.at === a.at && b.id > a.id) ? b : a;
}
