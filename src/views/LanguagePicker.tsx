import { appMessages } from '../i18n/app-messages';
import { useAppState } from '../state/store-context';
import { Select } from '../ui/Select';
import { useMessages } from './use-messages';

const LANGS = [
  { id: 'en', label: 'English' },
  { id: 'ja', label: '日本語' },
];

/** Switches the display language at any time; nothing else changes. */
export function LanguagePicker() {
  const t = useMessages(appMessages);
  const lang = useAppState((s) => s.lang);
  const setLang = useAppState((s) => s.setLang);
  return (
    <Select
      label={t.language}
      options={LANGS}
      value={lang}
      onChange={(id) => setLang(id === 'ja' ? 'ja' : 'en')}
      className="lang-picker"
    />
  );
}
