import { useCallback, useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { fillRange, setCells, type CellRange } from '../../domain/edit-ops';
import type { RoleMatrix, Score } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { formatScore, readTypedScore } from '../../io/score-text';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import { cellId, moveCursor, selectionOf, startsEditing, type GridCursor } from './grid-keys';

/** What the grid's keys and pastes act on. */
export interface GridInput {
  readonly matrix: RoleMatrix;
  readonly cursor: GridCursor;
  readonly onCursor: (c: GridCursor) => void;
  readonly edit: (op: (m: RoleMatrix) => RoleMatrix) => void;
  /** The text of the cell being typed in; null when none is. */
  readonly editing: string | null;
  readonly startEditing: (text: string) => void;
  readonly setError: (message: string) => void;
}

/**
 * The grid's keyboard (moving, copying, clearing, starting to type) and its paste (one value fills the
 * selection, a block is written from the cursor), while no cell is being typed in.
 */
export function useGridInput({ matrix, cursor, onCursor, edit, editing, startEditing, setError }: GridInput) {
  const t = useMessages(editorMessages);
  const announce = useAppState((s) => s.announce);
  const rows = matrix.rows.length;
  const cols = matrix.stakeholders.length;
  const sel = selectionOf(cursor);
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing !== null) return;
    const mods = { shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey };
    if (mods.ctrl && !e.altKey && ['c', 'C'].includes(e.key)) {
      const text = copyRange(matrix, sel);
      void navigator.clipboard?.writeText(text).catch(() => undefined);
      e.preventDefault();
      return;
    }
    // Ctrl+Home / Ctrl+End move to the first / last cell; other Ctrl keys belong to the page (undo …).
    if (mods.ctrl && e.key !== 'Home' && e.key !== 'End') return;
    const next = moveCursor(cursor, e.key, mods, rows, cols);
    if (next) {
      e.preventDefault();
      onCursor(next);
      document.getElementById(cellId(next.r, next.c))?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      edit((m) => fillRange(m, sel, null));
      const n = (sel.r1 - sel.r0 + 1) * (sel.c1 - sel.c0 + 1);
      announce(t.cleared(n));
    } else if (e.key === 'F2') {
      e.preventDefault();
      startEditing(formatScore(matrix.cells[cursor.r]?.[cursor.c] ?? null));
    } else if (startsEditing(e.key)) {
      e.preventDefault();
      startEditing(e.key);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    if (editing !== null) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    // Cells pasted into the grid are an edit, not an import: keep the page's paste import out of it.
    e.preventDefault();
    e.stopPropagation();
    const parsed = parseBlock(text);
    if ('error' in parsed) {
      setError(t.pasteInvalid(parsed.line, parsed.column, parsed.error));
      return;
    }
    setError('');
    const block = parsed.block;
    const single = block.length === 1 && block[0]!.length === 1;
    const multi = sel.r1 > sel.r0 || sel.c1 > sel.c0;
    if (single && multi) {
      edit((m) => fillRange(m, sel, block[0]![0]!));
      announce(t.filled((sel.r1 - sel.r0 + 1) * (sel.c1 - sel.c0 + 1)));
    } else {
      edit((m) => setCells(m, cursor.r, cursor.c, block));
      announce(t.pasted(Math.min(block.length, rows - cursor.r), Math.min(Math.max(...block.map((b) => b.length)), cols - cursor.c)));
    }
  };
  return { onKeyDown, onPaste };
}

/** What typing into a cell needs: where the cursor is, how to write and move, and the grid to refocus. */
export interface CellEditingInput {
  readonly cursor: GridCursor;
  readonly onCursor: (c: GridCursor) => void;
  readonly edit: (op: (m: RoleMatrix) => RoleMatrix) => void;
  readonly rows: number;
  readonly cols: number;
  readonly gridRef: RefObject<HTMLTableElement | null>;
  readonly setError: (message: string) => void;
}

/**
 * Typing into the active cell: the text being typed, starting, committing (a score, then the cursor
 * moves as the key says) and cancelling, each ending in one undo step at most.
 */
export function useCellEditing({ cursor, onCursor, edit, rows, cols, gridRef, setError }: CellEditingInput) {
  const t = useMessages(editorMessages);
  const [editing, setEditing] = useState<string | null>(null);
  // Whether the cell being edited was already ended by a key (Enter, Tab, Escape): focusing the
  // grid then blurs its input, and that blur must neither save it a second time (one score, one
  // undo step) nor save what Escape reverted.
  const ended = useRef(false);
  const startEditing = (text: string) => {
    ended.current = false;
    setEditing(text);
  };
  const commit = useCallback(
    (text: string, key: 'Enter' | 'Tab' | 'ShiftTab' | 'ShiftEnter' | 'none') => {
      if (ended.current) return true;
      const reading = readTypedScore(text);
      if (!reading.ok) {
        setError(t.invalid(text.trim()));
        return false;
      }
      setError('');
      ended.current = true;
      edit((m) => setCells(m, cursor.r, cursor.c, [[reading.score]]));
      setEditing(null);
      const next = key === 'none' ? null : moveCursor(cursor, key.replace('Shift', ''), { shift: key.startsWith('Shift'), ctrl: false }, rows, cols);
      if (next) onCursor(next);
      gridRef.current?.focus();
      return true;
    },
    [cursor, edit, onCursor, rows, cols, t, gridRef, setError],
  );
  const cancel = () => {
    ended.current = true;
    setEditing(null);
    setError('');
    gridRef.current?.focus();
  };
  return { editing, setEditing, startEditing, commit, cancel };
}

/** The selected cells as tab-separated text, as spreadsheets copy them. */
function copyRange(m: RoleMatrix, sel: CellRange): string {
  const lines: string[] = [];
  for (let r = sel.r0; r <= sel.r1; r++) lines.push((m.cells[r] ?? []).slice(sel.c0, sel.c1 + 1).map((s) => (s === 'unknown' ? '?' : formatScore(s))).join('\t'));
  return lines.join('\n');
}

/** Reads pasted spreadsheet cells; the first bad cell refuses the whole paste. */
export function parseBlock(text: string): { block: Score[][] } | { error: string; line: number; column: number } {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const block: Score[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const row: Score[] = [];
    const cells = lines[i]!.split('\t');
    for (let j = 0; j < cells.length; j++) {
      const reading = readTypedScore(cells[j]!);
      if (!reading.ok) return { error: reading.reason, line: i + 1, column: j + 1 };
      row.push(reading.score);
    }
    block.push(row);
  }
  return { block };
}
