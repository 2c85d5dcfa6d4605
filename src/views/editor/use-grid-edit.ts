import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { setCells } from '../../domain/edit-ops';
import type { RoleMatrix } from '../../domain/matrix';
import type { editorMessages } from '../../i18n/editor-messages';
import { formatScore, readTypedScore } from '../../io/score-text';
import { moveCursor, type GridCursor } from './grid-keys';
import type { CommitKey, RowShared } from './GridRow';

type Words = (typeof editorMessages)['en'];
type Mods = { readonly shift: boolean; readonly ctrl: boolean };

export interface GridEditInput {
  readonly matrix: RoleMatrix;
  readonly cursor: GridCursor;
  readonly onCursor: (c: GridCursor) => void;
  readonly edit: (op: (m: RoleMatrix) => RoleMatrix) => void;
  readonly t: Words;
}

/**
 * The grid's editing state: the text of the cell being edited (null when none), why it was refused,
 * and where keys move the cursor (Enter after a run of Tabs returns to the column they began in).
 * The rows get callbacks that never change, reading the latest values from a ref, so that one arrow
 * key re-renders the two rows involved and not all of them.
 */
export function useGridEdit({ matrix, cursor, onCursor, edit, t }: GridEditInput) {
  const [editing, setEditing] = useState<string | null>(null);
  // Whether the typed text is held by the grid itself (a key typed on a cell: the focus stays on the grid,
  // which costs the key no focus move) or by an input in the cell (F2, double-click, a tap).
  const [inGrid, setInGrid] = useState(false);
  const [error, setError] = useState('');
  const gridRef = useRef<HTMLTableElement>(null);
  // Whether the cell being edited was already ended by a key (Enter, Tab, Escape): focusing the
  // grid then blurs its input, and that blur must neither save it a second time (one score, one
  // undo step) nor save what Escape reverted.
  const ended = useRef(false);
  const tabStart = useRef<number | null>(null);
  const rows = matrix.rows.length;
  const cols = matrix.stakeholders.length;
  const step = (cur: GridCursor, key: string, mods: Mods): GridCursor | null => {
    if (key === 'Tab') tabStart.current ??= cur.c;
    else if (key === 'Enter' && !mods.shift && tabStart.current !== null) {
      const [r, c] = [Math.min(rows - 1, cur.r + 1), tabStart.current];
      tabStart.current = null;
      return { r, c, anchorR: r, anchorC: c };
    }
    const next = moveCursor(cur, key, mods, rows, cols);
    if (next && key !== 'Tab') tabStart.current = null;
    return next;
  };
  const latest = useRef({ cursor, edit, onCursor, step, t, matrix, editing, inGrid });
  useLayoutEffect(() => {
    latest.current = { cursor, edit, onCursor, step, t, matrix, editing, inGrid };
  });
  /** Starts editing the active cell with `text`: in an input (F2, double-click), or typed into the grid. */
  const startEditing = useCallback((text: string, typed = false) => {
    ended.current = false;
    setInGrid(typed);
    setEditing(text);
  }, []);
  const shared = useRowCallbacks(
    { latestRef: latest, endedRef: ended, tabStartRef: tabStart, gridRef, setEditing, setError, startEditing },
    t,
  );
  useEnterBeforeLeaving(editing !== null, () => {
    const text = latest.current.editing;
    if (text !== null && !ended.current) shared.onCommit(text, 'none');
  });
  return {
    editing,
    inGrid,
    error,
    setError,
    gridRef,
    step,
    startEditing,
    shared,
    forgetTabs: () => (tabStart.current = null),
  };
}

/**
 * While a score is being typed (`active`), a page hidden, reloaded or closed enters it first, as Enter would
 * (a score that is no score is not saved): the save made on hiding then holds it. The listeners capture on the
 * window, so they run before the save's own listeners on the document and window.
 */
function useEnterBeforeLeaving(active: boolean, enter: () => void): void {
  const enterRef = useRef(enter);
  useLayoutEffect(() => {
    enterRef.current = enter;
  });
  useEffect(() => {
    if (!active) return;
    const onLeave = (e: Event) => {
      if (e.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
      enterRef.current();
    };
    window.addEventListener('visibilitychange', onLeave, true);
    window.addEventListener('pagehide', onLeave, true);
    return () => {
      window.removeEventListener('visibilitychange', onLeave, true);
      window.removeEventListener('pagehide', onLeave, true);
    };
  }, [active]);
}

interface Internals {
  readonly latestRef: React.RefObject<{
    cursor: GridCursor;
    edit: GridEditInput['edit'];
    onCursor: GridEditInput['onCursor'];
    step: (cur: GridCursor, key: string, mods: Mods) => GridCursor | null;
    t: Words;
    matrix: RoleMatrix;
    editing: string | null;
    inGrid: boolean;
  }>;
  readonly endedRef: React.RefObject<boolean>;
  readonly tabStartRef: React.RefObject<number | null>;
  readonly gridRef: React.RefObject<HTMLTableElement | null>;
  readonly setEditing: (text: string | null) => void;
  readonly setError: (text: string) => void;
  readonly startEditing: (text: string) => void;
}

/** The callbacks every row shares: made once (they read `latestRef`), renewed only with the language. */
function useRowCallbacks(k: Internals, t: Words): RowShared {
  const { latestRef, endedRef, tabStartRef, gridRef, setEditing, setError, startEditing } = k;
  const commit = useCallback(
    (text: string, key: CommitKey) => {
      const { cursor: cur, edit: write, onCursor: move, step, t: words, matrix } = latestRef.current;
      if (endedRef.current) return true;
      const reading = readTypedScore(text);
      if (!reading.ok) {
        setError(words.invalid(text.trim()));
        return false;
      }
      setError('');
      endedRef.current = true;
      // The score it had (F2 and Enter, or leaving the page with it open): nothing to write, no undo step, and a
      // bundled country is not copied for it.
      if (reading.score !== (matrix.cells[cur.r]?.[cur.c] ?? null))
        write((m) => setCells(m, cur.r, cur.c, [[reading.score]]));
      setEditing(null);
      const next =
        key === 'none' ? null : step(cur, key.replace('Shift', ''), { shift: key.startsWith('Shift'), ctrl: false });
      if (next) move(next);
      focusGrid(gridRef.current);
      return true;
    },
    [endedRef, gridRef, latestRef, setEditing, setError],
  );
  const cancel = useCallback(() => {
    endedRef.current = true;
    setEditing(null);
    setError('');
    focusGrid(gridRef.current);
  }, [endedRef, gridRef, setEditing, setError]);
  const pick = useCallback(
    (r: number, c: number, shift: boolean) => {
      const { cursor: cur, onCursor: move, editing, inGrid } = latestRef.current;
      // A score typed into the grid is saved when another cell is picked, as leaving its input saves it.
      if (editing !== null && inGrid && !endedRef.current && !commit(editing, 'none')) cancel();
      tabStartRef.current = null;
      move(shift ? { ...cur, r, c } : { r, c, anchorR: r, anchorC: c });
    },
    [latestRef, tabStartRef, endedRef, commit, cancel],
  );
  const editHere = useCallback(
    (r: number, c: number) => {
      const { editing, inGrid } = latestRef.current;
      if (editing !== null && inGrid && !endedRef.current && !commit(editing, 'none')) cancel();
      latestRef.current.onCursor({ r, c, anchorR: r, anchorC: c });
      startEditing(formatScore(latestRef.current.matrix.cells[r]?.[c] ?? null));
    },
    [latestRef, startEditing, endedRef, commit, cancel],
  );
  return useMemo(
    () => ({
      hasNoteText: t.hasNote,
      unknownText: t.unknown,
      emptyText: t.empty,
      onEditChange: setEditing,
      onCommit: commit,
      onCancel: cancel,
      onPick: pick,
      onEditHere: editHere,
    }),
    [t, setEditing, commit, cancel, pick, editHere],
  );
}

/**
 * Back to the grid after an edit in an input. The grid shows its active cell itself (revealCell); the
 * browser scrolling the focused table into view would cost a layout in the middle of the key, and could
 * jump. When the grid holds the focus already (a score typed into it), nothing moves.
 */
function focusGrid(grid: HTMLTableElement | null): void {
  if (grid && document.activeElement !== grid) grid.focus({ preventScroll: true });
}
