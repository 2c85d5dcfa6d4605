import { useCallback, useEffect } from 'react';
import { useStore } from 'zustand';
import type { Score } from '../../domain/matrix';
import type { Workspace } from '../../domain/workspace';
import type { WorkspaceChange } from '../../domain/workspace-diff';
import { editorMessages } from '../../i18n/editor-messages';
import type { useAppStore } from '../../state/store-context';
import { redo, undo } from '../../state/store';

type Words = (typeof editorMessages)['en'];

/**
 * Undo and redo from anywhere in the editor (not while typing in a text field), each saying what it
 * did ("Undid: Kenya, D-2 × NCSC 9 → 5."); when it changed a country other than the one shown, the
 * editor switches to that country and says so. Also whether there is anything to undo or redo.
 */
export function useUndo(store: ReturnType<typeof useAppStore>) {
  const canUndo = useStore(store.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (h) => h.futureStates.length > 0);
  const sayUndo = useCallback(
    (again: boolean) => {
      const w = editorMessages[store.getState().lang];
      const { workspace: before, selectedId } = store.getState();
      const change = again ? redo(store) : undo(store);
      if (!change) return store.getState().announce(again ? w.nothingToRedo : w.nothingToUndo);
      const said = (again ? w.redid : w.undid)(describeChange(w, change));
      const touched = changedCountries(before, store.getState().workspace);
      const shown = touched.find((m) => m.id === selectedId) ?? touched[0];
      if (!shown || shown.id === selectedId) return store.getState().announce(said);
      store.getState().select(shown.id);
      store.getState().announce(w.undoSwitched(said, shown.country));
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

/** The countries of `after` that differ from (or are not in) `before`. */
export function changedCountries(before: Workspace, after: Workspace): Workspace['matrices'] {
  const was = new Map(before.matrices.map((m) => [m.id, m]));
  return after.matrices.filter((m) => was.get(m.id) !== m);
}

/** What an undo or redo changed, in words ("Kenya, D-2 × NCSC 9 → 5"). */
export function describeChange(w: Words, c: WorkspaceChange): string {
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
