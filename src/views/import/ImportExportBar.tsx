import { FileTrigger } from 'react-aria-components';
import { findMatrix } from '../../domain/workspace';
import { Button } from '../../ui/Button';
import { MenuButton, type MenuAction } from '../../ui/MenuButton';
import { downloadText } from '../../ui/download';
import { exportWorkspaceJson } from '../../io/workspace-json';
import { wideFileName } from '../../io/wide-file-name';
import { useAppState, useAppStore } from '../../state/store-context';
import { appMessages } from '../../i18n/app-messages';
import { chromeMessages } from '../../i18n/chrome-messages';
import { importMessages } from '../../i18n/import-messages';
import { useMessages } from '../use-messages';
import { useExcelExports } from './ExcelExports';

/** The CSV writer (papaparse) loads with the first CSV export, not with the page (#18). */
const csvExport = () => import('../../io/csv-export');

const ACCEPTED = [
  '.csv',
  '.tsv',
  '.txt',
  '.json',
  '.xlsx',
  'text/csv',
  'text/tab-separated-values',
  'text/plain',
  'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/**
 * The file picker for import, "Export CSV" (part of the public contract, always a button of its own) and
 * the *More exports* menu with the other formats.
 */
export function ImportExportBar() {
  const store = useAppStore();
  const count = useAppState((s) => s.workspace.matrices.length);
  const selected = useAppState((s) => findMatrix(s.workspace, s.selectedId));
  const t = useMessages(appMessages);
  const ti = useMessages(importMessages);
  const tc = useMessages(chromeMessages);
  const excel = useExcelExports();
  const onSelect = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    await store.getState().importFiles([...list]);
  };
  const prepare = () => store.getState().prepareImport();
  /** Writes one CSV file with the writer loaded on demand; a writer that cannot be loaded is said, not lost. */
  const exportCsv = async (file: string, write: (m: Awaited<ReturnType<typeof csvExport>>) => string, done: string) => {
    const { announce, status } = store.getState();
    try {
      downloadText(file, write(await csvExport()));
      announce(done);
    } catch (e) {
      announce(status, ti.fileExportFailed(file, e instanceof Error ? e.message : String(e)));
    }
  };
  const onExport = () => {
    const { matrices } = store.getState().workspace;
    return exportCsv('x1060-roles.csv', (m) => m.exportLongCsv(matrices), t.exported(matrices.length));
  };
  const onExportWide = async () => {
    if (!selected) return;
    const name = wideFileName(selected.country);
    await exportCsv(name, (m) => m.exportWideCsv(selected), ti.exportedWide(selected.country, name));
  };
  const onExportJson = () => {
    const { workspace, versions, announce } = store.getState();
    downloadText(
      'x1060-workspace.json',
      exportWorkspaceJson(workspace.matrices, versions),
      'application/json;charset=utf-8',
    );
    announce(ti.exportedJson(workspace.matrices.length));
  };
  // Every export but the long CSV, one entry each, in the order shown.
  const moreExports: MenuAction[] = [
    { id: 'wide', label: ti.exportWide, onAction: () => void onExportWide(), isDisabled: !selected },
    { id: 'json', label: ti.exportJson, onAction: onExportJson, isDisabled: count === 0 },
    ...excel.map((a) => ({ ...a, isDisabled: count === 0 })),
  ];
  return (
    <div className="toolbar-group">
      <FileTrigger acceptedFileTypes={ACCEPTED} allowsMultiple onSelect={(l) => void onSelect(l)}>
        {/* Pointing at or focusing the button starts the import workers, so that a big file finds them ready. */}
        <Button variant="primary" onHoverStart={prepare} onFocus={prepare}>
          {t.importCsv}
        </Button>
      </FileTrigger>
      {/* The accessible name holds "Export CSV" in every language (scripts rely on it, README) and the visible words (WCAG 2.5.3). */}
      <Button
        onPress={() => void onExport()}
        isDisabled={count === 0}
        aria-label={t.exportCsv === 'Export CSV' ? 'Export CSV' : `${t.exportCsv} (Export CSV)`}
      >
        {t.exportCsv}
      </Button>
      <MenuButton label={tc.moreExports} items={moreExports} />
    </div>
  );
}
