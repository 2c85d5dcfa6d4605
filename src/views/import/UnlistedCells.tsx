import { importMessages } from '../../i18n/import-messages';
import { unlistedCount, type UnlistedAs } from '../../io/unlisted-cells';
import type { PendingFile } from '../../state/import-slice';
import { useAppStore } from '../../state/store-context';
import { Select } from '../../ui/Select';
import { useMessages } from '../use-messages';

/** The cells a long file does not list, and the choice to read them as not involved or unknown. */
export function UnlistedCells({ file }: { readonly file: PendingFile }) {
  const t = useMessages(importMessages);
  const store = useAppStore();
  const n = unlistedCount(file.result);
  if (n === 0 || file.result.matrices.length === 0) return null;
  return (
    <Select
      className="review-unlisted"
      label={t.unlistedQuestion(n)}
      value={file.unlistedAs ?? 'blank'}
      options={[
        { id: 'blank', label: t.unlistedBlank },
        { id: 'unknown', label: t.unlistedUnknown },
      ]}
      onChange={(id) => store.getState().chooseUnlisted(file.key, id as UnlistedAs)}
    />
  );
}
