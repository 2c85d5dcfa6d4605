import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { CellRange } from '../../domain/edit-ops';
import { rowName, stakeholderName, type RoleMatrix, type Score } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { formatScore } from '../../io/score-text';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import { cellId, selectionOf, type GridCursor } from './grid-keys';
import { useCellEditing, useGridInput } from './use-grid-input';

export { parseBlock } from './use-grid-input';

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
  const [error, setError] = useState('');
  const gridRef = useRef<HTMLTableElement>(null);
  const rows = matrix.rows.length;
  const cols = matrix.stakeholders.length;
  const sel = selectionOf(cursor);


  const { editing, setEditing, startEditing, commit, cancel } = useCellEditing({ cursor, onCursor, edit, rows, cols, gridRef, setError });
  const { onKeyDown, onPaste } = useGridInput({ matrix, cursor, onCursor, edit, editing, startEditing, setError });

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
        <GridHeader matrix={matrix} sel={sel} />
        <tbody>
          {matrix.rows.map((row, r) => (
            <GridRow
              key={row.key}
              r={r}
              label={row.x1060Id ? `${row.x1060Id} ${rowName(row, lang)}` : row.label}
              cells={matrix.cells[r]!}
              selFrom={r >= sel.r0 && r <= sel.r1 ? sel.c0 : -1}
              selTo={r >= sel.r0 && r <= sel.r1 ? sel.c1 : -1}
              activeCol={r === cursor.r ? cursor.c : -1}
              editing={r === cursor.r ? editing : null}
              onEditChange={setEditing}
              onCommit={commit}
              onCancel={cancel}
              onPick={(c, shift) => onCursor(shift ? { ...cursor, r, c } : { r, c, anchorR: r, anchorC: c })}
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
  readonly selFrom: number;
  readonly selTo: number;
  readonly activeCol: number;
  readonly editing: string | null;
  readonly onEditChange: (text: string) => void;
  readonly onCommit: (text: string, key: 'Enter' | 'Tab' | 'ShiftTab' | 'ShiftEnter' | 'none') => boolean;
  readonly onCancel: () => void;
  readonly onPick: (c: number, shift: boolean) => void;
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
        return (
          <td
            key={c}
            id={cellId(p.r, c)}
            role="gridcell"
            aria-selected={selected}
            aria-label={`${p.label}: ${s === 'unknown' ? p.unknownText : s === null ? p.emptyText : String(s)}`}
            className={`${active ? 'active' : ''}${selected ? ' in-sel' : ''}${s === 'unknown' ? ' unknown' : ''}`}
            onMouseDown={(e) => {
              e.preventDefault();
              p.onPick(c, e.shiftKey);
              e.currentTarget.closest('table')?.focus();
            }}
          >
            {active && p.editing !== null ? (
              <input
                className="cell-input"
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
                    p.onCommit(e.currentTarget.value, e.key === 'Enter' ? (e.shiftKey ? 'ShiftEnter' : 'Enter') : e.shiftKey ? 'ShiftTab' : 'Tab');
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
            {active && p.editing !== null && p.errorText && (
              <CellError text={p.errorText} />
            )}
          </td>
        );
      })}
    </tr>
  );
});

/** The grid's column headers: the stakeholders, those of the selection marked. */
function GridHeader({ matrix, sel }: { readonly matrix: RoleMatrix; readonly sel: CellRange }) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  return (
  <thead>
    <tr role="row">
      <th role="columnheader" scope="col" className="corner">
        <span className="visually-hidden">{t.rowHeader}</span>
      </th>
      {matrix.stakeholders.map((s, c) => (
        <th key={s.key} role="columnheader" scope="col" className={c >= sel.c0 && c <= sel.c1 ? 'in-sel' : undefined}>
          {stakeholderName(s, lang)}
        </th>
      ))}
    </tr>
  </thead>
  );
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
    <span ref={ref} className={`message message-alert cell-error${above ? ' cell-error-above' : ''}${leftward ? ' cell-error-leftward' : ''}`} aria-hidden="true">
      {text}
    </span>
  );
}
