import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { Lang } from '../../domain/display-options';
import type { CellRange } from '../../domain/edit-ops';
import { stakeholderName, type RoleMatrix } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import { editorColumnRem } from './column-width';
import { cellId, selectionOf, type GridCursor } from './grid-keys';
import { GridBody } from './GridBody';
import type { RowShared } from './GridRow';
import { revealCell } from './reveal-cell';
import { useGridEdit } from './use-grid-edit';
import { useGridKeys } from './use-grid-keys';
import { useColumnWindow } from './use-column-window';
import { useGridTouch, type TouchActions } from './use-grid-touch';
import { windowed } from './windowed-columns';
import './editor-grid.css';

export { parseBlock } from './grid-clipboard';

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
  const withdraw = useAppState((s) => s.withdraw);
  // "Press Tab to leave the grid…" is about the grid: it goes when the focus or the view leaves it.
  useEffect(() => () => withdraw(t.leaveGrid), [withdraw, t.leaveGrid]);
  const state = useGridEdit({ matrix, cursor, onCursor, edit, t });
  const { onKeyDown, onPaste } = useGridKeys({ matrix, cursor, onCursor, edit, announce, t, state });
  const { editing, inGrid, error, gridRef, shared } = state;
  const selecting = useGridTouch(gridRef, touchActions(shared));
  const boxRef = useRef<HTMLDivElement>(null);
  // Whatever moved the cursor (keys, a click, Enter in a cell, a row moved), the active cell shows.
  // In the next frame, before it is drawn: measuring then costs no layout the frame would not do anyway.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const cell = document.getElementById(cellId(cursor.r, cursor.c));
      if (boxRef.current && cell) revealCell(boxRef.current, cell);
    });
    return () => cancelAnimationFrame(frame);
  }, [cursor.r, cursor.c]);
  const sel = selectionOf(cursor);
  const columns = useColumnWindow(gridRef, matrix.stakeholders.length, cursor.c);
  const { stakeholders } = matrix;
  const columnRem = useMemo(
    () => editorColumnRem(stakeholders.map((s) => stakeholderName(s, lang))),
    [stakeholders, lang],
  );
  return (
    <div className="editor-grid-wrap" ref={boxRef}>
      <table
        ref={gridRef}
        className="editor-grid"
        role="grid"
        aria-label={t.gridLabel(matrix.country)}
        aria-rowcount={matrix.rows.length + 1}
        aria-colcount={matrix.stakeholders.length + 1}
        aria-multiselectable="true"
        tabIndex={0}
        aria-activedescendant={editing === null || inGrid ? cellId(cursor.r, cursor.c) : undefined}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          if (e.currentTarget.contains(e.relatedTarget)) return;
          withdraw(t.leaveGrid);
          // Leaving the grid saves a score typed into it (a refused one is reverted), as leaving an input does.
          if (editing === null || !inGrid) return;
          if (!shared.onCommit(editing, 'none')) shared.onCancel();
        }}
        onPaste={onPaste}
        data-touch-selecting={selecting || undefined}
        style={tableWidth(matrix.stakeholders.length, columnRem)}
      >
        <GridHead matrix={matrix} lang={lang} sel={sel} columns={columns} cornerText={t.rowHeader} />
        <GridBody
          matrix={matrix}
          lang={lang}
          cursor={cursor}
          editing={editing}
          inGrid={inGrid}
          error={error}
          shared={shared}
          columns={columns}
        />
      </table>
      {/* Announced here; shown beside the cell being typed in (below a 64-row grid it was off-screen). */}
      <p className="visually-hidden" role="alert">
        {error}
      </p>
    </div>
  );
}

interface GridHeadProps {
  readonly matrix: RoleMatrix;
  readonly lang: Lang;
  readonly sel: CellRange;
  /** The columns drawn (useColumnWindow). */
  readonly columns: string;
  readonly cornerText: string;
}

/** Every column's width (drawn or not), and the headings of the columns drawn. */
function GridHead({ matrix, lang, sel, columns, cornerText }: GridHeadProps) {
  const cols = matrix.stakeholders.length;
  return (
    <>
      <colgroup>
        <col className="label-col" />
        {matrix.stakeholders.map((s) => (
          <col key={s.key} className="score-col" />
        ))}
      </colgroup>
      <thead>
        <tr role="row" aria-rowindex={1}>
          <th role="columnheader" scope="col" className="corner" aria-colindex={1}>
            <span className="visually-hidden">{cornerText}</span>
          </th>
          {windowed(
            columns,
            cols,
            (c) => (
              <th
                key={matrix.stakeholders[c]!.key}
                role="columnheader"
                scope="col"
                aria-colindex={c + 2}
                className={c >= sel.c0 && c <= sel.c1 ? 'in-sel' : undefined}
              >
                {stakeholderName(matrix.stakeholders[c]!, lang)}
              </th>
            ),
            'th',
          )}
        </tr>
      </thead>
    </>
  );
}

/** A finger's edits and selections, through the same callbacks as the mouse's. */
function touchActions(shared: RowShared): TouchActions {
  return {
    editHere: shared.onEditHere,
    pick: (r, c) => shared.onPick(r, c, false),
    extend: (r, c) => shared.onPick(r, c, true),
  };
}

const LABEL_REM = 18;

/** The fixed widths of the grid's row labels and columns, and so of the table (table-layout: fixed). */
function tableWidth(cols: number, columnRem: number): CSSProperties {
  return {
    width: `${LABEL_REM + cols * columnRem}rem`,
    ['--label-width' as string]: `${LABEL_REM}rem`,
    ['--col-width' as string]: `${columnRem}rem`,
  };
}
