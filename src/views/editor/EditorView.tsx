import { memo, useCallback, useMemo, useState } from 'react';
import type { RoleMatrix } from '../../domain/matrix';
import { findMatrix } from '../../domain/workspace';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppState, useAppStore } from '../../state/store-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useMessages } from '../use-messages';
import { DetailsForm } from './DetailsForm';
import { EditorGrid } from './EditorGrid';
import { EditorToolbar } from './EditorToolbar';
import { HistoryPanel } from './HistoryPanel';
import { NotesPanel } from './NotesPanel';
import { StructurePanel } from './StructurePanel';
import type { GridCursor } from './grid-keys';
import { useEditSelected } from './use-edit-selected';
import { usePrinting } from './use-printing';
import { usePanels } from './use-panels';
import { Worksheet, type WorksheetMode } from './Worksheet';
import { useCountryName } from '../use-country-name';

export type { EditSelected } from './use-edit-selected';

const ORIGIN: GridCursor = { r: 0, c: 0, anchorR: 0, anchorC: 0 };
// The parts that do not follow the cursor are not drawn again at every key.
const Details = memo(DetailsForm);
const History = memo(HistoryPanel);
const Toolbar = memo(EditorToolbar);
const Grid = memo(EditorGrid);
const Notes = memo(NotesPanel);
const Structure = memo(StructurePanel);

/** The matrix editor: new countries, keyboard scoring, notes, structure, undo, a worksheet to print. */
export function EditorView() {
  const t = useMessages(editorMessages);
  const countryName = useCountryName();
  const store = useAppStore();
  const matrix = useAppState((s) => findMatrix(s.workspace, s.selectedId));
  const [cursor, setCursor] = useState<GridCursor>(ORIGIN);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [sheetMode, setSheetMode] = useState<WorksheetMode>('scores');
  const { printing, print } = usePrinting();
  const { edit, fieldsKeyOf } = useEditSelected(store);
  const fieldsKey = fieldsKeyOf(matrix);
  const rows = matrix?.rows.length ?? 0;
  const cols = matrix?.stakeholders.length ?? 0;
  const safe = useMemo<GridCursor>(
    () => ({
      r: Math.min(cursor.r, rows - 1),
      c: Math.min(cursor.c, cols - 1),
      anchorR: Math.min(cursor.anchorR, rows - 1),
      anchorC: Math.min(cursor.anchorC, cols - 1),
    }),
    [cursor, rows, cols],
  );
  const { shown, panelCursor, current } = usePanels(matrix, safe, store);
  const onCreated = useCallback(() => setCursor(ORIGIN), []);
  const onRemove = useCallback(() => setConfirmRemove(true), []);
  const onCloseRemove = useCallback(() => setConfirmRemove(false), []);
  const onPrint = useCallback(
    (mode: WorksheetMode) => {
      setSheetMode(mode);
      print();
    },
    [print],
  );
  return (
    <section className="view editor" aria-label={t.details}>
      <Toolbar matrix={shown} onCreated={onCreated} onRemove={onRemove} onPrint={onPrint} />
      {!matrix || !shown ? (
        <p className="empty-state">{t.noCountry}</p>
      ) : (
        <>
          {matrix.bundled && (
            <p className="field-help">{`${t.bundledNote(countryName(matrix))} ${t.removeBundledTip}`}</p>
          )}
          <Details key={fieldsKey} matrix={shown} edit={edit} />
          <p className="field-help">{t.help}</p>
          {rows > 0 && cols > 0 && <Grid matrix={matrix} cursor={safe} onCursor={setCursor} edit={edit} />}
          <div className="editor-panels">
            {rows > 0 && cols > 0 && (
              <Notes matrix={shown} fieldsKey={fieldsKey} r={panelCursor.r} c={panelCursor.c} edit={edit} />
            )}
            <Structure
              matrix={shown}
              current={current}
              fieldsKey={fieldsKey}
              edit={edit}
              cursor={panelCursor}
              onCursor={setCursor}
            />
          </div>
          {printing && <Worksheet matrix={matrix} mode={sheetMode} />}
        </>
      )}
      {/* Outside the country: with none selected, removed countries can still be brought back. */}
      <History countryId={matrix?.id} />
      <RemoveCountryDialog matrix={shown} open={confirmRemove} onClose={onCloseRemove} onRemoved={onCreated} />
    </section>
  );
}

interface RemoveCountryDialogProps {
  readonly matrix: RoleMatrix | undefined;
  readonly open: boolean;
  readonly onClose: () => void;
  /** The country was removed (the cursor goes back to the first cell). */
  readonly onRemoved: () => void;
}

/** Asks before removing the country. Memoised: a key in the grid does not draw it (and its Modal) again. */
const RemoveCountryDialog = memo(function RemoveCountryDialog({
  matrix,
  open,
  onClose,
  onRemoved,
}: RemoveCountryDialogProps) {
  const t = useMessages(editorMessages);
  const store = useAppStore();
  return (
    <ConfirmDialog
      open={open && matrix !== undefined}
      title={t.confirmRemoveCountryTitle}
      message={matrix ? t.confirmRemoveCountry(matrix.country) : ''}
      confirmLabel={t.confirm}
      cancelLabel={t.cancel}
      onConfirm={() => {
        onClose();
        if (!matrix) return;
        store.getState().removeCountry(matrix.id);
        store.getState().announce(t.removedCountry(matrix.country));
        onRemoved();
      }}
      onCancel={onClose}
    />
  );
});
