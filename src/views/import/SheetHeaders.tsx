import { useState, type ReactNode } from 'react';
import { excelMessages } from '../../i18n/excel-messages';
import { Button } from '../../ui/Button';
import { useMessages } from '../use-messages';

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
