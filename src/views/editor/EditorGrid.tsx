import { memo, useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { fillRange, setCells, type CellRange } from '../../domain/edit-ops';
import { noteKey, rowName, stakeholderName, type RoleMatrix, type Score } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { formatScore, readTypedScore } from '../../io/score-text';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import { moveCursor, selectionOf, startsEditing, type GridCursor } from './grid-keys';

export interface EditorGridProps {
  readonly matrix: RoleMatrix;
  readonly cursor: GridCursor;
  readonly onCursor: (c: GridCursor) => void;
  /** Writes an edit to the store (the store copies a bundled country first). */
  readonly edit: (op: (m: RoleMatrix) => RoleMatrix) => void;
}

/**
 * A spreadsheet-like grid. Focus stays on the grid (aria-activedescendant names the active cell),
 * so moving never re-renders more than the two rows involved.
 */
export function EditorGrid({ matrix, cursor, onCursor, edit }: EditorGridProps) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const announce = useAppState((s) => s.announce);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState('');
  const gridRef = useRef<HTMLTableElement>(null);
  // Whether the cell being edited was already ended by a key (Enter, Tab, Escape): focusing the
  // grid then blurs its input, and that blur must neither save it a second time (one score, one
  // undo step) nor save what Escape reverted.
  const ended = useRef(false);
  const startEditing = (text: string) => {
    ended.current = false;
    setEditing(text);
  };
  const rows = matrix.rows.length;
  const cols = matrix.stakeholders.length;
  const sel = selectionOf(cursor);
  const cellId = (r: number, c: number) => `edit-cell-${r}-${c}`;
  // The column a run of Tabs began in: Enter then goes down to it, as in a spreadsheet.
  const tabStart = useRef<number | null>(null);
  // Escape on the grid lets the next Tab leave it (Tab alone never does).
  const leaving = useRef(false);
  /** Where a key moves the cursor, with Enter after Tabs returning to the column they began in. */
  const step = (cur: GridCursor, key: string, mods: { shift: boolean; ctrl: boolean }): GridCursor | null => {
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
  // The rows are memoised: the callbacks they get must not change with every move of the cursor,
  // or one arrow key re-renders every row. They read the latest values from here.
  const latest = useRef({ cursor, edit, onCursor, step, t, matrix });
  useLayoutEffect(() => {
    latest.current = { cursor, edit, onCursor, step, t, matrix };
  });

  const commit = useCallback((text: string, key: 'Enter' | 'Tab' | 'ShiftTab' | 'ShiftEnter' | 'none') => {
    const { cursor: cur, edit: write, onCursor: move, step: stepper, t: words } = latest.current;
    if (ended.current) return true;
    const reading = readTypedScore(text);
    if (!reading.ok) {
      setError(words.invalid(text.trim()));
      return false;
    }
    setError('');
    ended.current = true;
    write((m) => setCells(m, cur.r, cur.c, [[reading.score]]));
    setEditing(null);
    const next =
      key === 'none' ? null : stepper(cur, key.replace('Shift', ''), { shift: key.startsWith('Shift'), ctrl: false });
    if (next) move(next);
    gridRef.current?.focus();
    return true;
  }, []);
  const cancel = useCallback(() => {
    ended.current = true;
    setEditing(null);
    setError('');
    gridRef.current?.focus();
  }, []);
  const pick = useCallback((r: number, c: number, shift: boolean) => {
    const { cursor: cur, onCursor: move } = latest.current;
    tabStart.current = null;
    move(shift ? { ...cur, r, c } : { r, c, anchorR: r, anchorC: c });
  }, []);
  const editHere = useCallback((r: number, c: number) => {
    const { onCursor: move } = latest.current;
    move({ r, c, anchorR: r, anchorC: c });
    ended.current = false;
    setEditing(formatScore(latest.current.matrix.cells[r]?.[c] ?? null));
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing !== null) return;
    const mods = { shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey };
    if (e.key === 'Tab' && leaving.current) {
      leaving.current = false;
      return; // the browser moves focus on
    }
    // Shift (of Shift+Tab) and the other modifiers alone change nothing.
    if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
    leaving.current = false;
    if (e.key === 'Escape' && !mods.ctrl) {
      leaving.current = true;
      announce(t.leaveGrid);
      return;
    }
    if (mods.ctrl && !e.altKey && ['c', 'C'].includes(e.key)) {
      const text = copyRange(matrix, sel);
      void navigator.clipboard?.writeText(text).catch(() => undefined);
      e.preventDefault();
      return;
    }
    // Ctrl+Home / Ctrl+End move to the first / last cell; other Ctrl keys belong to the page (undo …).
    if (mods.ctrl && e.key !== 'Home' && e.key !== 'End') return;
    const next = step(cursor, e.key, mods);
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
    } else if (e.key.length === 1 && !mods.ctrl && !e.altKey && e.key !== ' ') {
      // A letter is no score: say so rather than ignore it.
      e.preventDefault();
      announce('', t.notAScoreKey(e.key));
    }
  };

  const onPaste = (e: React.ClipboardEvent<HTMLTableElement>) => {
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
      const width = block.reduce((w, b) => Math.max(w, b.length), 0);
      const [extraRows, extraCols] = [
        Math.max(0, cursor.r + block.length - rows),
        Math.max(0, cursor.c + width - cols),
      ];
      // Never cut a paste silently: what does not fit is refused whole, with how much is over.
      if (extraRows + extraCols > 0) {
        setError(t.pasteTooBig(block.length, width, extraRows, extraCols));
        announce('', t.pasteTooBig(block.length, width, extraRows, extraCols));
        return;
      }
      edit((m) => setCells(m, cursor.r, cursor.c, block));
      announce(t.pasted(block.length, width));
    }
  };

  return (
    <div className="editor-grid-wrap">
      <table
        ref={gridRef}
        className="editor-grid"
        role="grid"
        aria-label={t.gridLabel(matrix.country)}
        aria-rowcount={rows + 1}
        aria-colcount={cols + 1}
        aria-multiselectable="true"
        tabIndex={0}
        aria-activedescendant={editing === null ? cellId(cursor.r, cursor.c) : undefined}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      >
        <thead>
          <tr role="row">
            <th role="columnheader" scope="col" className="corner">
              <span className="visually-hidden">{t.rowHeader}</span>
            </th>
            {matrix.stakeholders.map((s, c) => (
              <th
                key={s.key}
                role="columnheader"
                scope="col"
                className={c >= sel.c0 && c <= sel.c1 ? 'in-sel' : undefined}
              >
                {stakeholderName(s, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <GridRow
              key={row.key}
              r={r}
              label={row.x1060Id ? `${row.x1060Id} ${rowName(row, lang)}` : row.label}
              cells={matrix.cells[r]!}
              noted={notedColumns(matrix, r)}
              hasNoteText={t.hasNote}
              selFrom={r >= sel.r0 && r <= sel.r1 ? sel.c0 : -1}
              selTo={r >= sel.r0 && r <= sel.r1 ? sel.c1 : -1}
              activeCol={r === cursor.r ? cursor.c : -1}
              editing={r === cursor.r ? editing : null}
              onEditChange={setEditing}
              onCommit={commit}
              onCancel={cancel}
              onPick={pick}
              onEditHere={editHere}
              unknownText={t.unknown}
              emptyText={t.empty}
              invalid={error !== ''}
              errorText={r === cursor.r ? error : ''}
            />
          ))}
        </tbody>
      </table>
      {/* Announced here; shown beside the cell being typed in (below a 64-row grid it was off-screen). */}
      <p className="visually-hidden" role="alert">
        {error}
      </p>
    </div>
  );
}

interface GridRowProps {
  readonly r: number;
  readonly label: string;
  readonly cells: readonly Score[];
  /** The columns of this row's cells that have a note, comma-separated (a string keeps the memo). */
  readonly noted: string;
  readonly hasNoteText: string;
  readonly selFrom: number;
  readonly selTo: number;
  readonly activeCol: number;
  readonly editing: string | null;
  readonly onEditChange: (text: string) => void;
  readonly onCommit: (text: string, key: 'Enter' | 'Tab' | 'ShiftTab' | 'ShiftEnter' | 'none') => boolean;
  readonly onCancel: () => void;
  readonly onPick: (r: number, c: number, shift: boolean) => void;
  /** Double-click: edit this cell, as F2 does. */
  readonly onEditHere: (r: number, c: number) => void;
  readonly unknownText: string;
  readonly emptyText: string;
  readonly invalid: boolean;
  /** Why the value typed in this row's active cell was refused; shown under the cell. */
  readonly errorText: string;
}

/** One row; re-renders only when its scores, selection or active cell change. */
const GridRow = memo(function GridRow(p: GridRowProps) {
  return (
    <tr role="row" aria-rowindex={p.r + 2}>
      <th role="rowheader" scope="row">
        {p.label}
      </th>
      {p.cells.map((s, c) => {
        const active = c === p.activeCol;
        const selected = c >= p.selFrom && c <= p.selTo;
        const noted = p.noted.split(',').includes(String(c));
        return (
          <td
            key={c}
            id={`edit-cell-${p.r}-${c}`}
            role="gridcell"
            aria-selected={selected}
            aria-label={`${p.label}: ${s === 'unknown' ? p.unknownText : s === null ? p.emptyText : String(s)}${noted ? p.hasNoteText : ''}`}
            className={`${active ? 'active' : ''}${selected ? ' in-sel' : ''}${s === 'unknown' ? ' unknown' : ''}${noted ? ' noted' : ''}`}
            onMouseDown={(e) => {
              e.preventDefault();
              p.onPick(p.r, c, e.shiftKey);
              e.currentTarget.closest('table')?.focus();
            }}
            onDoubleClick={() => p.onEditHere(p.r, c)}
          >
            {active && p.editing !== null ? (
              <input
                className="cell-input"
                inputMode="decimal"
                aria-label={p.label}
                aria-invalid={p.invalid}
                autoFocus
                value={p.editing}
                onChange={(e) => p.onEditChange(e.target.value)}
                onBlur={(e) => {
                  if (!p.onCommit(e.target.value, 'none')) p.onCancel();
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === 'Tab') {
                    e.preventDefault();
                    e.stopPropagation();
                    p.onCommit(
                      e.currentTarget.value,
                      e.key === 'Enter' ? (e.shiftKey ? 'ShiftEnter' : 'Enter') : e.shiftKey ? 'ShiftTab' : 'Tab',
                    );
                  } else if (e.key === 'Escape') {
                    e.preventDefault();
                    e.stopPropagation();
                    p.onCancel();
                  }
                }}
              />
            ) : s === 'unknown' ? (
              '?'
            ) : (
              formatScore(s)
            )}
            {active && p.editing !== null && p.errorText && <CellError text={p.errorText} />}
          </td>
        );
      })}
    </tr>
  );
});

/** Which cells of row r have a (non-blank) note, as GridRow's `noted`. */
function notedColumns(m: RoleMatrix, r: number): string {
  const row = m.rows[r];
  if (!row || !m.notes) return '';
  return m.stakeholders.flatMap((s, c) => (m.notes?.[noteKey(row.key, s.key)]?.trim() ? [c] : [])).join(',');
}

/** The selected cells as tab-separated text, as spreadsheets copy them. */
function copyRange(m: RoleMatrix, sel: CellRange): string {
  const lines: string[] = [];
  for (let r = sel.r0; r <= sel.r1; r++)
    lines.push(
      (m.cells[r] ?? [])
        .slice(sel.c0, sel.c1 + 1)
        .map((s) => (s === 'unknown' ? '?' : formatScore(s)))
        .join('\t'),
    );
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

/** Why a typed value was refused, under its cell, or above it when there is no room below. */
function CellError({ text }: { readonly text: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [above, setAbove] = useState(false);
  const [leftward, setLeftward] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Measured from the cell, so the answer does not depend on where the message stands now.
    const cell = el.parentElement?.getBoundingClientRect();
    if (!cell) return;
    const box = el.closest('.editor-grid-wrap')?.getBoundingClientRect();
    setAbove(cell.bottom + el.offsetHeight > Math.min(window.innerHeight, box?.bottom ?? Infinity));
    // Near the grid's right edge the message opens leftwards, ending at the cell's right edge.
    setLeftward(cell.left + el.offsetWidth > Math.min(window.innerWidth, box?.right ?? Infinity));
  }, [text]);
  return (
    <span
      ref={ref}
      className={`message message-alert cell-error${above ? ' cell-error-above' : ''}${leftward ? ' cell-error-leftward' : ''}`}
      aria-hidden="true"
    >
      {text}
    </span>
  );
}
