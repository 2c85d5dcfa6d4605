import { Select } from '../ui/Select';
import { useAppState } from '../state/store-context';

/** Chooses which country's matrix is shown. */
export function CountryPicker() {
  const matrices = useAppState((s) => s.workspace.matrices);
  const selectedId = useAppState((s) => s.selectedId);
  const select = useAppState((s) => s.select);
  const options = matrices.map((m) => ({ id: m.id, label: m.countryCode ? `${m.country} (${m.countryCode})` : m.country }));
  return <Select label="Country" options={options} value={selectedId} onChange={select} className="country-picker" />;
}
