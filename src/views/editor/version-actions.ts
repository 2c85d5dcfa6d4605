import type { RoleMatrix } from '../../domain/matrix';
import type { CountryVersion } from '../../domain/versions';
import { findMatrix } from '../../domain/workspace';
import type { historyMessages } from '../../i18n/history-messages';
import type { useAppStore } from '../../state/store-context';
import { versionDate, versionLabel } from './version-text';

type Words = (typeof historyMessages)['en'];

/** What the History panel does with a version, each said in the status region. */
export function versionActions(
  store: ReturnType<typeof useAppStore>,
  matrix: RoleMatrix | undefined,
  t: Words,
  lang: 'en' | 'ja',
) {
  return {
    /** Keeps the country as it is now under a name; false when no name was given. */
    save: (name: string): boolean => {
      const s = store.getState();
      if (!matrix) return false;
      if (!name.trim() || !s.saveNamedVersion(matrix.id, name)) {
        s.announce('', t.nameFirst);
        return false;
      }
      s.announce(t.saved(name.trim(), matrix.country));
      return true;
    },
    restore: (v: CountryVersion) => {
      const s = store.getState();
      const id = s.restoreVersion(v.id);
      const back = findMatrix(store.getState().workspace, id);
      if (back) s.announce(t.restored(back.country, versionDate(v, lang)));
    },
    duplicate: (v: CountryVersion) => {
      const s = store.getState();
      const id = s.duplicateVersion(v.id);
      const copy = findMatrix(store.getState().workspace, id);
      if (copy) s.announce(t.duplicated(copy.country));
    },
    compare: (v: CountryVersion) => {
      const s = store.getState();
      if (!matrix) return;
      const id = s.duplicateVersion(v.id);
      const copy = findMatrix(store.getState().workspace, id);
      if (!copy) return;
      // The copy stands for the version in Compare, which knows countries only: current − version.
      s.select(matrix.id);
      s.setCompareIds([matrix.id, copy.id]);
      s.setDiffPair(matrix.id, copy.id);
      s.setView('compare');
      s.announce(t.comparing(matrix.country, copy.country));
    },
    remove: (v: CountryVersion) => {
      store.getState().deleteVersion(v.id);
      store.getState().announce(t.deleted(versionLabel(v, t, lang)));
    },
  };
}

export type VersionActions = ReturnType<typeof versionActions>;
