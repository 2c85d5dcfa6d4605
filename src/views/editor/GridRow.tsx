import { memo } from 'react';
import type { Score } from '../../domain/matrix';
import { formatScore } from '../../io/score-text';
import { CellError } from './CellError';
import { cellId } from './grid-keys';
import { windowed } from './windowed-columns';

/** How an edit of a cell ended: the key that moves on from it, or none (the input lost focus). */
export type CommitKey =
  'Enter' | 'Tab' | 'ShiftTab' | 'ShiftEnter' | 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'none';

/** What every row gets alike; one object that changes only with the language or an edit's refusal. */
export interface RowShared {
  readonly hasNoteText: string;
  readonly unknownText: string;
  readonly emptyText: string;
  readonly onEditChange: (text: string) => void;
  readonly onCommit: (text: string, key: CommitKey) => boolean;
  readonly onCancel: () => void;
  readonly onPick: (r: number, c: number, shift: boolean) => void;
  /** Double-click: edit this cell, as F2 does. */
  readonly onEditHere: (r: number, c: number) => void;
}

export interface GridRowProps {
  readonly r: number;
  readonly label: string;
  readonly cells: readonly Score[];
  /** The columns of this row's cells that have a note, comma-separated (a string keeps the memo). */
  readonly noted: string;
  readonly selFrom: number;
  readonly selTo: number;
  readonly activeCol: number;
  /** The text in the active cell while it is edited (this row only), else null. */
  readonly editing: string | null;
  /** Whether that text is typed into the grid (shown as text, the grid keeps the focus) rather than an input. */
  readonly typedInGrid: boolean;
  /** Why the value typed in this row's active cell was refused; shown under the cell. */
  readonly errorText: string;
  readonly shared: RowShared;
  /** The columns drawn, as `from-to` spans (useColumnWindow); the others are blank cells of their width. */
  readonly columns: string;
}

/** One row; re-renders only when its scores, notes, selection or active cell change. */
export const GridRow = memo(function GridRow(p: GridRowProps) {
  const noted = p.noted === '' ? [] : p.noted.split(',').map(Number);
  return (
    <tr role="row" aria-rowindex={p.r + 2}>
      <th role="rowheader" scope="row" aria-colindex={1}>
        {p.label}
      </th>
      {windowed(p.columns, p.cells.length, (c) => (
        <GridCell
          key={c}
          p={p}
          c={c}
          score={p.cells[c] ?? null}
          noted={noted.includes(c)}
          active={c === p.activeCol}
          selected={c >= p.selFrom && c <= p.selTo}
        />
      ))}
    </tr>
  );
});

interface CellProps {
  readonly p: GridRowProps;
  readonly c: number;
  readonly score: Score;
  readonly noted: boolean;
  readonly active: boolean;
  readonly selected: boolean;
}

function GridCell({ p, c, score: s, noted, active, selected }: CellProps) {
  const { shared } = p;
  const value = s === 'unknown' ? shared.unknownText : s === null ? shared.emptyText : String(s);
  const editing = active && p.editing !== null;
  const typed = editing && p.typedInGrid;
  return (
    <td
      id={cellId(p.r, c)}
      role="gridcell"
      aria-colindex={c + 2}
      aria-selected={selected}
      aria-label={`${p.label}: ${typed ? p.editing : value}${noted ? shared.hasNoteText : ''}`}
      aria-invalid={typed && p.errorText !== '' ? true : undefined}
      className={`${active ? 'active' : ''}${editing ? ' editing' : ''}${typed ? ' typed' : ''}${selected ? ' in-sel' : ''}${s === 'unknown' ? ' unknown' : ''}${noted ? ' noted' : ''}`}
      onMouseDown={(e) => {
        e.preventDefault();
        shared.onPick(p.r, c, e.shiftKey);
        e.currentTarget.closest('table')?.focus();
      }}
      onDoubleClick={() => shared.onEditHere(p.r, c)}
    >
      {typed ? (
        <span className="typed-text">{p.editing}</span>
      ) : editing ? (
        <CellInput label={p.label} text={p.editing ?? ''} invalid={p.errorText !== ''} shared={shared} />
      ) : s === 'unknown' ? (
        '?'
      ) : (
        formatScore(s)
      )}
      {editing && p.errorText && <CellError text={p.errorText} />}
    </td>
  );
}

/** Focuses the cell's input as it appears; its cell is already in view (revealCell), so without scrolling. */
function focusOnce(input: HTMLInputElement | null): void {
  input?.focus({ preventScroll: true });
}

interface CellInputProps {
  readonly label: string;
  readonly text: string;
  readonly invalid: boolean;
  readonly shared: RowShared;
}

/** The score being typed: Enter/Tab save and move on, Escape reverts, leaving the input saves. */
function CellInput({ label, text, invalid, shared }: CellInputProps) {
  return (
    <input
      className="cell-input"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid}
      ref={focusOnce}
      value={text}
      onChange={(e) => shared.onEditChange(e.target.value)}
      onBlur={(e) => {
        if (!shared.onCommit(e.target.value, 'none')) shared.onCancel();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === 'Tab') {
          e.preventDefault();
          e.stopPropagation();
          const key = e.key === 'Enter' ? (e.shiftKey ? 'ShiftEnter' : 'Enter') : e.shiftKey ? 'ShiftTab' : 'Tab';
          shared.onCommit(e.currentTarget.value, key);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          shared.onCancel();
        }
      }}
    />
  );
}
