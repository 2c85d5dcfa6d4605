// A country's name as shown in each language: bundled countries by their name in the display language
// (a display name only: the country keeps its name in the data). Small, so the first screen's figure
// notes can name countries without the deck's messages.
import type { Lang } from '../domain/display-options';

const BUNDLED_JA: Readonly<Record<string, string>> = {
  'bundled:japan.csv': '日本',
  'bundled:united-states.csv': '米国',
  'bundled:singapore.csv': 'シンガポール',
};

/** A country's display name in the language. */
export function countryDisplayName(lang: Lang, id: string, name: string): string {
  return lang === 'ja' ? (BUNDLED_JA[id] ?? name) : name;
}

/** A matrix's display name in the language: what every view and slide calls the country. */
export function matrixDisplayName(lang: Lang, matrix: { readonly id: string; readonly country: string }): string {
  return countryDisplayName(lang, matrix.id, matrix.country);
}
