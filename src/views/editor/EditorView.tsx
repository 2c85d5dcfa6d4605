import { useCallback, useEffect, useState } from 'react';
import { findMatrix } from '../../domain/workspace';
import type { RoleMatrix, Score } from '../../domain/matrix';
import type { WorkspaceChange } from '../../domain/workspace-diff';
import { useStore } from 'zustand';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppState, useAppStore } from '../../state/store-context';
import { redo, undo } from '../../state/store';
import type { EditOp, EditOptions } from '../../state/workspace-slice';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useMessages } from '../use-messages';
import { DetailsForm } from './DetailsForm';
import { EditorGrid } from './EditorGrid';
import { HistoryPanel } from './HistoryPanel';
import { NotesPanel } from './NotesPanel';
import { StructurePanel } from './StructurePanel';
import { describeEditError } from './edit-errors';
import type { GridCursor } from './grid-keys';

/**
 * Writes an edit of the selected country to the store and returns the country as edited, or
 * undefined when the domain refused it. A refusal is told in the alert region, or to `onRefused`.
 */
export type EditSelected = (
  op: EditOp,
  options?: EditOptions & { readonly onRefused?: (message: string) => void },
) => RoleMatrix | undefined;

const ORIGIN: GridCursor = { r: 0, c: 0, anchorR: 0, anchorC: 0 };

/** Undo and redo (Ctrl/Cmd+Z, Ctrl/Cmd+Y or Shift+Z) from anywhere in the editor, but not while typing in a text field. */
/**
 * Undo and redo from anywhere in the editor (not while typing in a text field), each saying what it
 * did ("Undid: Kenya, D-2 × NCSC 9 → 5."); whether there is anything to undo or redo.
 */
function useUndo(store: ReturnType<typeof useAppStore>) {
  const canUndo = useStore(store.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (h) => h.futureStates.length > 0);
  const sayUndo = useCallback(
    (again: boolean) => {
      const w = editorMessages[store.getState().lang];
      const change = again ? redo(store) : undo(store);
      store
        .getState()
        .announce(
          change ? (again ? w.redid : w.undid)(describeChange(w, change)) : again ? w.nothingToRedo : w.nothingToUndo,
        );
    },
    [store],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA)$/.test(target.tagName)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) sayUndo(false);
      else if (k === 'y' || (k === 'z' && e.shiftKey)) sayUndo(true);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sayUndo]);
  return { sayUndo, canUndo, canRedo };
}

/** The matrix editor: new countries, keyboard scoring, notes, structure, undo. Every change is saved. */
export function EditorView() {
  const t = useMessages(editorMessages);
  const store = useAppStore();
  const matrix = useAppState((s) => findMatrix(s.workspace, s.selectedId));
  const createCountry = useAppState((s) => s.createCountry);
  const duplicateCountry = useAppState((s) => s.duplicateCountry);
  const [cursor, setCursor] = useState<GridCursor>(ORIGIN);
  const [confirmRemove, setConfirmRemove] = useState(false);
  // The first edit of a bundled country selects its copy: the fields keep the key they had, so
  // that the one being typed in keeps its focus and goes on typing into the copy.
  const [copiedFrom, setCopiedFrom] = useState<ReadonlyMap<string, string>>(() => new Map());
  // An edit the domain refuses (a name that would not survive Export → Import) is told in the
  // alert region; the caller learns whether it was made, e.g. to keep the text for correction.
  const edit = useCallback<EditSelected>(
    (op, options) => {
      const { selectedId: id, editMatrix, announce, lang } = store.getState();
      if (!id) return undefined;
      try {
        const edited = editMatrix(id, op, options);
        if (edited && edited !== id) setCopiedFrom((was) => new Map(was).set(edited, was.get(id) ?? id));
        return findMatrix(store.getState().workspace, edited);
      } catch (e) {
        const message = describeEditError(e, editorMessages[lang], lang);
        if (options?.onRefused) options.onRefused(message);
        else announce('', message);
        return undefined;
      }
    },
    [store],
  );
  const fieldsKey = matrix ? (copiedFrom.get(matrix.id) ?? matrix.id) : '';
  const { sayUndo, canUndo, canRedo } = useUndo(store);
  const rows = matrix?.rows.length ?? 0;
  const cols = matrix?.stakeholders.length ?? 0;
  const safe: GridCursor = {
    r: Math.min(cursor.r, rows - 1),
    c: Math.min(cursor.c, cols - 1),
    anchorR: Math.min(cursor.anchorR, rows - 1),
    anchorC: Math.min(cursor.anchorC, cols - 1),
  };
  return (
    <section className="view editor" aria-label={t.details}>
      <div className="toolbar-group editor-toolbar">
        <Button
          onPress={() => {
            createCountry(t.newName, 'services');
            setCursor(ORIGIN);
          }}
        >
          {t.newFromServices}
        </Button>
        <Button
          onPress={() => {
            createCountry(t.newName, 'categories');
            setCursor(ORIGIN);
          }}
        >
          {t.newFromCategories}
        </Button>
        <Button isDisabled={!matrix} onPress={() => matrix && duplicateCountry(matrix.id)}>
          {t.duplicate}
        </Button>
        {/* A bundled country would come back from the bundled data at the next start: removing it would not last. */}
        <span title={matrix?.bundled ? t.removeBundledTip : undefined}>
          <Button isDisabled={!matrix || matrix.bundled === true} onPress={() => setConfirmRemove(true)}>
            {t.removeCountry}
          </Button>
        </span>
        <Button isDisabled={!canUndo} onPress={() => sayUndo(false)} aria-keyshortcuts="Control+Z">
          {t.undo}
        </Button>
        <Button isDisabled={!canRedo} onPress={() => sayUndo(true)} aria-keyshortcuts="Control+Y">
          {t.redo}
        </Button>
      </div>
      {!matrix ? (
        <p className="empty-state">{t.noCountry}</p>
      ) : (
        <>
          {matrix.bundled && <p className="field-help">{`${t.bundledNote(matrix.country)} ${t.removeBundledTip}`}</p>}
          <DetailsForm key={fieldsKey} matrix={matrix} edit={edit} />
          <p className="field-help">{t.help}</p>
          {rows > 0 && cols > 0 && <EditorGrid matrix={matrix} cursor={safe} onCursor={setCursor} edit={edit} />}
          <div className="editor-panels">
            {rows > 0 && cols > 0 && (
              <NotesPanel matrix={matrix} fieldsKey={fieldsKey} r={safe.r} c={safe.c} edit={edit} />
            )}
            <StructurePanel matrix={matrix} fieldsKey={fieldsKey} edit={edit} cursor={safe} />
          </div>
        </>
      )}
      {/* Outside the country: with none selected, removed countries can still be brought back. */}
      <HistoryPanel countryId={matrix?.id} />
      <ConfirmDialog
        open={confirmRemove && matrix !== undefined}
        title={t.confirmRemoveCountryTitle}
        message={matrix ? t.confirmRemoveCountry(matrix.country) : ''}
        confirmLabel={t.confirm}
        cancelLabel={t.cancel}
        onConfirm={() => {
          setConfirmRemove(false);
          if (!matrix) return;
          store.getState().removeCountry(matrix.id);
          store.getState().announce(t.removedCountry(matrix.country));
          setCursor(ORIGIN);
        }}
        onCancel={() => setConfirmRemove(false)}
      />
    </section>
  );
}

function describeChange(w: (typeof editorMessages)['en'], c: WorkspaceChange): string {
  const score = (s: Score) => (s === null ? '—' : s === 'unknown' ? '?' : String(s));
  switch (c.kind) {
    case 'cell':
      return w.changeCell(c.country, c.row, c.stakeholder, score(c.from), score(c.to));
    case 'cells':
      return w.changeCells(c.country, c.n);
    case 'other':
      return w.changeOther(c.country);
    case 'added':
      return w.changeAdded(c.country);
    case 'removed':
      return w.changeRemoved(c.country);
    case 'several':
      return w.changeSeveral(c.n);
    default:
      return '';
  }
}
