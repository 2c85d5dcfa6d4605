import type { CountryVersion } from '../../domain/versions';
import { historyMessages } from '../../i18n/history-messages';
import { useAppState } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { useMessages } from '../use-messages';
import type { VersionActions } from './version-actions';
import { versionDate, versionKind, versionLabel } from './version-text';

interface ListProps {
  readonly list: readonly CountryVersion[];
  readonly actions: VersionActions;
  readonly onPreview: (v: CountryVersion) => void;
  readonly onDelete: (v: CountryVersion) => void;
}

/** The selected country's versions, newest first, each with how many cells differ from now. */
export function VersionList({
  list,
  counts,
  actions,
  onPreview,
  onDelete,
}: ListProps & { counts: Map<string, number> }) {
  const t = useMessages(historyMessages);
  const lang = useAppState((s) => s.lang);
  return (
    <ol className="history-list">
      {list.map((v) => {
        const label = versionLabel(v, t, lang);
        const act = (what: string, run: () => void) => (
          <Button aria-label={t.about(what, label)} onPress={run}>
            {what}
          </Button>
        );
        return (
          <li key={v.id} data-version={v.id}>
            <span className="version-kind">{versionKind(v, t)}</span>
            <time dateTime={v.at}>{versionDate(v, lang)}</time>
            <span className="version-changes">{t.changed(counts.get(v.id) ?? 0)}</span>
            {act(t.preview, () => onPreview(v))}
            {act(t.restore, () => actions.restore(v))}
            {act(t.duplicate, () => actions.duplicate(v))}
            {act(t.compare, () => actions.compare(v))}
            {act(t.delete, () => onDelete(v))}
          </li>
        );
      })}
    </ol>
  );
}

/** Countries that were removed, each with its last version to preview or bring it back. */
export function RemovedList({
  list,
  actions,
  onPreview,
  subheading,
}: Omit<ListProps, 'onDelete'> & { subheading: boolean }) {
  const t = useMessages(historyMessages);
  const lang = useAppState((s) => s.lang);
  return (
    <>
      {subheading && <h3>{t.removedHeading}</h3>}
      <p className="field-help">{t.removedHelp}</p>
      <ul className="history-list">
        {list.map((v) => (
          <li key={v.countryId}>
            <span className="version-kind">{v.matrix.country}</span>
            <span>{versionKind(v, t)}</span>
            <time dateTime={v.at}>{versionDate(v, lang)}</time>
            <Button
              aria-label={t.about(t.preview, `${v.matrix.country}, ${versionLabel(v, t, lang)}`)}
              onPress={() => onPreview(v)}
            >
              {t.preview}
            </Button>
            <Button onPress={() => actions.restore(v)}>{t.restoreRemoved(v.matrix.country)}</Button>
          </li>
        ))}
      </ul>
    </>
  );
}
