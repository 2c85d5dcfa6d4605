import type { Lang } from '../../domain/display-options';
import type { CountryVersion } from '../../domain/versions';
import type { historyMessages } from '../../i18n/history-messages';

type T = (typeof historyMessages)['en'];

/** When a version was taken, in the UI language and the reader's time zone: "2 Dec 2026, 17:05". */
export function versionDate(v: CountryVersion, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(v.at),
  );
}

/** What a version is, in words: its name, or why it was kept automatically. */
export function versionKind(v: CountryVersion, t: T): string {
  if (v.kind === 'named') return v.name ?? '';
  return v.kind === 'before-import' ? t.beforeImport : v.kind === 'before-remove' ? t.beforeRemove : t.beforeRestore;
}

/** A version as one line: "Before an import, 2 Dec 2026, 17:05". */
export function versionLabel(v: CountryVersion, t: T, lang: Lang): string {
  return `${versionKind(v, t)}${lang === 'ja' ? '、' : ', '}${versionDate(v, lang)}`;
}

/** Storage taken, in kB (MB from a thousand kB), rounded up so that a little is never "0 kB". */
export function storageText(chars: number, t: T): string {
  const kB = Math.ceil(chars / 1000);
  return kB < 1000 ? t.kB(kB) : t.MB((chars / 1e6).toFixed(1));
}
