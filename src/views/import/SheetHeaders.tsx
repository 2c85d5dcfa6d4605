import { useState, type ReactNode } from 'react';
import { excelMessages } from '../../i18n/excel-messages';
import type { PendingFile } from '../../state/import-slice';
import { useAppStore } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { useMessages } from '../use-messages';
import { HeaderTable } from './HeaderTable';

/** How a file's stakeholder headings were read, with their pickers; `compact` (a sheet of a review of many) draws them when asked for. */
export function ReviewHeaders({ file, compact }: { readonly file: PendingFile; readonly compact: boolean }) {
  const store = useAppStore();
  const { result } = file;
  const table = (
    <HeaderTable
      headers={result.headers ?? []}
      long={result.format === 'long'}
      onRemap={(name, as) => void store.getState().remapHeader(file.key, name, as)}
      onRemapMany={(names, as) => void store.getState().remapHeaders(file.key, names, as)}
    />
  );
  return compact ? <SheetHeaders count={result.headers?.length ?? 0}>{table}</SheetHeaders> : table;
}

/**
 * The stakeholder pickers of one sheet of a workbook with many sheets, drawn only when asked for:
 * 20 sheets of 40 stakeholders would draw 800 pickers that the review rarely needs.
 */
export function SheetHeaders({ count, children }: { readonly count: number; readonly children: ReactNode }) {
  const t = useMessages(excelMessages);
  const [open, setOpen] = useState(false);
  if (count === 0) return null;
  if (open) return <>{children}</>;
  return (
    <div className="review-sheet-headers">
      <Button onPress={() => setOpen(true)}>{t.showHeaders(count)}</Button>
    </div>
  );
}
