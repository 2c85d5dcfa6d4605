import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { fillRange, setCells } from '../../domain/edit-ops';
import type { RoleMatrix } from '../../domain/matrix';
import type { editorMessages } from '../../i18n/editor-messages';
import { formatScore } from '../../io/score-text';
import { copyRange, parseBlock } from './grid-clipboard';
import { planFill } from './grid-fill';
import { selectionOf, startsEditing, type GridCursor } from './grid-keys';
import type { CommitKey } from './GridRow';
import type { useGridEdit } from './use-grid-edit';

export interface GridKeysInput {
  readonly matrix: RoleMatrix;
  readonly cursor: GridCursor;
  readonly onCursor: (c: GridCursor) => void;
  readonly edit: (op: (m: RoleMatrix) => RoleMatrix) => void;
  readonly announce: (status: string, alert?: string) => void;
  readonly t: (typeof editorMessages)['en'];
  readonly state: ReturnType<typeof useGridEdit>;
}

const MODIFIERS = ['Shift', 'Control', 'Alt', 'Meta'];

/** The grid's keys and paste, as in a spreadsheet (README, *Editing*). */
export function useGridKeys(k: GridKeysInput) {
  // Escape on the grid lets the next Tab leave it (Tab alone never does).
  const leaving = useRef(false);
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (k.state.editing !== null) {
      if (k.state.inGrid) typeInGrid(k, e, k.state.editing);
      return;
    }
    const mods = { shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey };
    if (e.key === 'Tab' && leaving.current) {
      leaving.current = false;
      return; // the browser moves focus on
    }
    // Shift (of Shift+Tab) and the other modifiers alone change nothing.
    if (MODIFIERS.includes(e.key)) return;
    leaving.current = false;
    if (e.key === 'Escape' && !mods.ctrl) {
      leaving.current = true;
      k.announce(k.t.leaveGrid);
      return;
    }
    if (mods.ctrl && !e.altKey && ctrlKey(k, e.key.toLowerCase())) {
      e.preventDefault();
      return;
    }
    // Ctrl+Home / Ctrl+End move to the first / last cell; other Ctrl keys belong to the page (undo …).
    if (mods.ctrl && e.key !== 'Home' && e.key !== 'End') return;
    const next = k.state.step(k.cursor, e.key, mods);
    if (next) {
      e.preventDefault();
      k.onCursor(next);
    } else if (cellKey(k, e.key, mods.ctrl || e.altKey)) e.preventDefault();
  };
  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    const { editing, inGrid } = k.state;
    if (editing !== null && !inGrid) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    if (editing !== null) {
      // Pasted while a score is typed into the grid: added to it, as an input would.
      e.preventDefault();
      k.state.shared.onEditChange(editing + text.trim());
      return;
    }
    // Cells pasted into the grid are an edit, not an import: keep the page's paste import out of it.
    e.preventDefault();
    e.stopPropagation();
    paste(k, text);
  };
  return { onKeyDown, onPaste };
}

/** The keys that end a score typed into the grid and move on, as in a spreadsheet's Enter mode. */
const ENDING: Record<string, CommitKey> = {
  Enter: 'Enter',
  Tab: 'Tab',
  ArrowUp: 'ArrowUp',
  ArrowDown: 'ArrowDown',
  ArrowLeft: 'ArrowLeft',
  ArrowRight: 'ArrowRight',
};

/**
 * A key while a score is typed into the grid (the grid keeps the focus): a character adds to the text,
 * Backspace takes the last one off, Enter/Tab (and the arrows, as in a spreadsheet's Enter mode) save and
 * move on, Escape or Ctrl+Z reverts, F2 goes on in an input in the cell (to move within the text).
 */
function typeInGrid(k: GridKeysInput, e: KeyboardEvent<HTMLTableElement>, text: string): void {
  const { shared } = k.state;
  const ctrl = e.ctrlKey || e.metaKey;
  // An input method's keys (Japanese) compose nothing on the grid, which is no text field: left alone.
  if (MODIFIERS.includes(e.key) || e.key === 'Process' || e.nativeEvent.isComposing) return;
  if (ctrl || e.altKey) {
    // Ctrl+Z reverts the cell typed in (not the edit before it); Ctrl+Y redoes nothing meanwhile.
    const z = e.key.toLowerCase();
    if (ctrl && (z === 'z' || z === 'y')) {
      e.preventDefault();
      e.stopPropagation();
      if (z === 'z') shared.onCancel();
    }
    return; // Ctrl+V pastes (onPaste); other shortcuts belong to the page
  }
  e.preventDefault();
  const ending = ENDING[e.key];
  if (ending && !(e.shiftKey && e.key.startsWith('Arrow')))
    shared.onCommit(text, e.shiftKey ? (`Shift${ending}` as CommitKey) : ending);
  else if (e.key === 'Escape') shared.onCancel();
  else if (e.key === 'Backspace') shared.onEditChange(text.slice(0, -1));
  else if (e.key === 'F2') k.state.startEditing(text);
  else if ([...e.key].length === 1) shared.onEditChange(text + e.key);
}

/** Ctrl+C copies, Ctrl+D / Ctrl+R fill down / right; whether the key was one of them. */
function ctrlKey(k: GridKeysInput, key: string): boolean {
  const sel = selectionOf(k.cursor);
  if (key === 'c') {
    void navigator.clipboard?.writeText(copyRange(k.matrix, sel)).catch(() => undefined);
    return true;
  }
  if (key !== 'd' && key !== 'r') return false;
  const plan = planFill(k.matrix, sel, key === 'd' ? 'down' : 'right');
  if (!plan) k.announce('', key === 'd' ? k.t.fillDownNothing : k.t.fillRightNothing);
  else {
    k.edit((m) => setCells(m, plan.r, plan.c, plan.block));
    k.announce((key === 'd' ? k.t.filledDown : k.t.filledRight)(plan.cells));
  }
  return true;
}

/** Delete clears, F2 edits, a digit starts editing, a letter is refused; whether the key was one. */
function cellKey(k: GridKeysInput, key: string, modified: boolean): boolean {
  const { cursor, matrix, t } = k;
  if (key === 'Delete' || key === 'Backspace') {
    const sel = selectionOf(cursor);
    k.edit((m) => fillRange(m, sel, null));
    k.announce(t.cleared((sel.r1 - sel.r0 + 1) * (sel.c1 - sel.c0 + 1)));
  } else if (key === 'F2') k.state.startEditing(formatScore(matrix.cells[cursor.r]?.[cursor.c] ?? null));
  else if (startsEditing(key)) k.state.startEditing(key, true);
  else if (key.length === 1 && !modified && key !== ' ') k.announce('', t.notAScoreKey(key));
  else return false;
  return true;
}

/** A pasted block: one value onto a range fills it; a block that does not fit is refused whole. */
function paste(k: GridKeysInput, text: string): void {
  const { t, cursor } = k;
  const sel = selectionOf(cursor);
  const parsed = parseBlock(text);
  if ('refused' in parsed) {
    k.announce('', t.pasteInvalid(parsed.line, parsed.column, t.scoreRefused(parsed.refused)));
    return;
  }
  const block = parsed.block;
  if (block.length === 1 && block[0]!.length === 1 && (sel.r1 > sel.r0 || sel.c1 > sel.c0)) {
    k.edit((m) => fillRange(m, sel, block[0]![0]!));
    k.announce(t.filled((sel.r1 - sel.r0 + 1) * (sel.c1 - sel.c0 + 1)));
    return;
  }
  const width = block.reduce((w, b) => Math.max(w, b.length), 0);
  const extraRows = Math.max(0, cursor.r + block.length - k.matrix.rows.length);
  const extraCols = Math.max(0, cursor.c + width - k.matrix.stakeholders.length);
  // Never cut a paste silently: what does not fit is refused whole, with how much is over.
  if (extraRows + extraCols > 0) {
    k.announce('', t.pasteTooBig(block.length, width, extraRows, extraCols));
    return;
  }
  k.edit((m) => setCells(m, cursor.r, cursor.c, block));
  k.announce(t.pasted(block.length, width));
}
