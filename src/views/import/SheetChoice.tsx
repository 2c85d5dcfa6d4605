import { excelMessages } from '../../i18n/excel-messages';
import type { PendingFile } from '../../state/import-slice';
import { useAppStore } from '../../state/store-context';
import { Checkbox } from '../../ui/Checkbox';
import { useMessages } from '../use-messages';

/** The review's choice to import or skip one sheet of a workbook, and why it starts skipped. */
export function SheetChoice({ file }: { readonly file: PendingFile }) {
  const t = useMessages(excelMessages);
  const store = useAppStore();
  const sheet = file.result.sheet;
  if (!sheet) return null;
  return (
    <div className="review-sheet">
      <Checkbox isSelected={!file.skipped} onChange={(on) => store.getState().chooseSheet(file.key, on)}>
        {t.importSheet(sheet.name)}
      </Checkbox>
      {sheet.skipped === 'hidden' && <p className="field-help">{t.sheetHidden}</p>}
      {sheet.skipped === 'duplicate' && <p className="field-help">{t.sheetDuplicate}</p>}
    </div>
  );
}
