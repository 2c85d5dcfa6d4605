import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Lang } from '../domain/display-options';
import type { RoleMatrix } from '../domain/matrix';
import { matrixDisplayName } from '../i18n/country-names';
import { Select } from '../ui/Select';
import { useAppState } from '../state/store-context';
import { appMessages } from '../i18n/app-messages';
import { useMessages } from './use-messages';

/** A country as the picker lists it: its display name in the language, and its code. */
const labelOf = (m: RoleMatrix, lang: Lang): string => {
  const name = matrixDisplayName(lang, m);
  return m.countryCode ? `${name} (${m.countryCode})` : name;
};

/**
 * Chooses which country's matrix is shown. It reads only the countries' ids and names, so a typed
 * score (a new workspace) does not rebuild its list: with 200 countries that rebuild was a fifth of
 * an import's commit.
 */
export function CountryPicker() {
  const ids = useAppState(useShallow((s) => s.workspace.matrices.map((m) => m.id)));
  const labels = useAppState(useShallow((s) => s.workspace.matrices.map((m) => labelOf(m, s.lang))));
  const selectedId = useAppState((s) => s.selectedId);
  const select = useAppState((s) => s.select);
  const t = useMessages(appMessages);
  const options = useMemo(() => ids.map((id, i) => ({ id, label: labels[i] ?? id })), [ids, labels]);
  // The list is built when the picker is reached: after an import of 200 countries, building it (and
  // react-aria's hidden native select of 200 options) was a fifth of the first render's work and layout.
  return (
    <Select
      label={t.country}
      options={options}
      value={selectedId}
      onChange={select}
      className="country-picker"
      buildOnReach
    />
  );
}
