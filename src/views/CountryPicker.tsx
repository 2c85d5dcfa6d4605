import { Select } from '../ui/Select';
import { useAppState } from '../state/store-context';
import { appMessages } from '../i18n/app-messages';
import { useMessages } from './use-messages';

/** Chooses which country's matrix is shown. */
export function CountryPicker() {
  const matrices = useAppState((s) => s.workspace.matrices);
  const selectedId = useAppState((s) => s.selectedId);
  const select = useAppState((s) => s.select);
  const t = useMessages(appMessages);
  const options = matrices.map((m) => ({
    id: m.id,
    label: m.countryCode ? `${m.country} (${m.countryCode})` : m.country,
  }));
  return <Select label={t.country} options={options} value={selectedId} onChange={select} className="country-picker" />;
}
