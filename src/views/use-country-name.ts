import { useCallback } from 'react';
import { matrixDisplayName } from '../i18n/country-names';
import { useAppState } from '../state/store-context';

/**
 * A country's name in the display language, as slides name it (Japanese names the bundled countries 日本,
 * 米国, シンガポール): a display name only, the data keeps its own.
 */
export function useCountryName(): (matrix: { readonly id: string; readonly country: string }) => string {
  const lang = useAppState((s) => s.lang);
  return useCallback((matrix) => matrixDisplayName(lang, matrix), [lang]);
}
