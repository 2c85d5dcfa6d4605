import { useRef, type ReactNode } from 'react';
import { noteKey, rowName, type RoleMatrix } from '../../domain/matrix';
import type { Lang } from '../../domain/display-options';
import { selectionOf, type GridCursor } from './grid-keys';
import { GridRow, type RowShared } from './GridRow';
import { useRowWindow } from './use-row-window';

export interface GridBodyProps {
  readonly matrix: RoleMatrix;
  readonly lang: Lang;
  readonly cursor: GridCursor;
  /** The text typed in the active cell, or null when no cell is edited. */
  readonly editing: string | null;
  /** Whether that text is typed into the grid itself rather than into an input in the cell. */
  readonly inGrid: boolean;
  /** Why the value typed in the active cell was refused ('' when it was not). */
  readonly error: string;
  readonly shared: RowShared;
  /** The columns drawn (useColumnWindow). */
  readonly columns: string;
}

/**
 * The grid's rows: those in view (and the active one) drawn, the others stood in for by blank rows of
 * their height (the table's parent is the box that scrolls it). Screen readers still learn every row's
 * place (aria-rowcount, aria-rowindex).
 */
export function GridBody({ matrix, lang, cursor, editing, inGrid, error, shared, columns }: GridBodyProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { spans, rowPx } = useRowWindow(bodyRef, matrix.rows.length, cursor.r);
  const sel = selectionOf(cursor);
  const cols = matrix.stakeholders.length;
  const out: ReactNode[] = [];
  let at = 0;
  const gap = (to: number) => {
    if (to > at) out.push(<GapRow key={`gap-${out.length}`} rows={to - at} rowPx={rowPx} cols={cols} />);
  };
  for (const [from, to] of spans) {
    gap(from);
    for (let r = from; r < to; r++) {
      const row = matrix.rows[r]!;
      const inSel = r >= sel.r0 && r <= sel.r1;
      out.push(
        <GridRow
          key={row.key}
          r={r}
          label={row.x1060Id ? `${row.x1060Id} ${rowName(row, lang)}` : row.label}
          cells={matrix.cells[r]!}
          noted={notedColumns(matrix, r)}
          selFrom={inSel ? sel.c0 : -1}
          selTo={inSel ? sel.c1 : -1}
          activeCol={r === cursor.r ? cursor.c : -1}
          editing={r === cursor.r ? editing : null}
          typedInGrid={r === cursor.r && inGrid}
          errorText={r === cursor.r ? error : ''}
          shared={shared}
          columns={columns}
        />,
      );
    }
    at = to;
  }
  gap(matrix.rows.length);
  return <tbody ref={bodyRef}>{out}</tbody>;
}

/** Rows not drawn: one blank row as tall as they are, hidden from screen readers. */
function GapRow({ rows, rowPx, cols }: { rows: number; rowPx: number; cols: number }) {
  return (
    <tr className="grid-gap" aria-hidden="true">
      <td colSpan={cols + 1} style={{ height: `${rows * rowPx}px` }} />
    </tr>
  );
}

/** Which cells of row r have a (non-blank) note, as GridRow's `noted`. */
function notedColumns(m: RoleMatrix, r: number): string {
  const row = m.rows[r];
  if (!row || !m.notes) return '';
  return m.stakeholders.flatMap((s, c) => (m.notes?.[noteKey(row.key, s.key)]?.trim() ? [c] : [])).join(',');
}
