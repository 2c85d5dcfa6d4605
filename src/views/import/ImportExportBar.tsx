import { FileTrigger } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { exportLongCsv } from '../../io/csv-export';
import { importFileList } from '../../io/import-files';
import { useAppState, useAppStore } from '../../state/store-context';

/** The file picker for CSV import and the "Export CSV" button (part of the public contract). */
export function ImportExportBar() {
  const store = useAppStore();
  const count = useAppState((s) => s.workspace.matrices.length);
  const onSelect = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    store.getState().applyImports(await importFileList([...list]));
  };
  const onExport = () => {
    const { workspace, announce } = store.getState();
    downloadText('x1060-roles.csv', exportLongCsv(workspace.matrices));
    announce(`Exported ${workspace.matrices.length} ${workspace.matrices.length === 1 ? 'country' : 'countries'} as long CSV (x1060-roles.csv).`);
  };
  return (
    <div className="toolbar-group">
      <FileTrigger acceptedFileTypes={['.csv', '.tsv', '.txt', 'text/csv', 'text/tab-separated-values', 'text/plain']} allowsMultiple onSelect={(l) => void onSelect(l)}>
        <Button variant="primary">Import CSV…</Button>
      </FileTrigger>
      <Button onPress={onExport} isDisabled={count === 0}>
        Export CSV
      </Button>
    </div>
  );
}
