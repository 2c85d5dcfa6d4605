import { FileTrigger } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { exportLongCsv } from '../../io/csv-export';
import { useAppState, useAppStore } from '../../state/store-context';
import { appMessages } from '../../i18n/app-messages';
import { useMessages } from '../use-messages';

/** The file picker for CSV import and the "Export CSV" button (part of the public contract). */
export function ImportExportBar() {
  const store = useAppStore();
  const count = useAppState((s) => s.workspace.matrices.length);
  const t = useMessages(appMessages);
  const onSelect = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    await store.getState().importFiles([...list]);
  };
  const onExport = () => {
    const { workspace, announce } = store.getState();
    downloadText('x1060-roles.csv', exportLongCsv(workspace.matrices));
    announce(t.exported(workspace.matrices.length));
  };
  return (
    <div className="toolbar-group">
      <FileTrigger acceptedFileTypes={['.csv', '.tsv', '.txt', 'text/csv', 'text/tab-separated-values', 'text/plain']} allowsMultiple onSelect={(l) => void onSelect(l)}>
        <Button variant="primary">{t.importCsv}</Button>
      </FileTrigger>
      {/* The accessible name stays "Export CSV" in every language: scripts rely on it (README). */}
      <Button onPress={onExport} isDisabled={count === 0} aria-label="Export CSV">
        {t.exportCsv}
      </Button>
    </div>
  );
}
