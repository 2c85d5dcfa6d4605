import type { RefObject } from 'react';
import { rowsInView, spanRows, type RowSpan, type RowView } from './row-window';
import { useBoxView } from './use-box-view';

/** The grid's drawn rows: spans of rows and the height of one row (0 before it was measured). */
export interface RowWindow {
  readonly spans: readonly RowSpan[];
  readonly rowPx: number;
}

/** Reads which rows the box shows; null while there is no layout to read (hidden, or jsdom). */
function measure(box: HTMLElement, body: HTMLTableSectionElement, rows: number): RowView | null {
  const rowPx = body.querySelector('tr[aria-rowindex]')?.getBoundingClientRect().height ?? 0;
  if (rowPx <= 0 || box.clientHeight <= 0 || rows <= 0) return null;
  const headPx = body.closest('table')?.tHead?.getBoundingClientRect().height ?? 0;
  return rowsInView(box.scrollTop, box.clientHeight, headPx, rowPx, rows);
}

/**
 * Draws only the rows of a long grid that its box shows (#17): a key then costs the browser style,
 * layout and paint of some thirty rows rather than of all 64 (the paint of every row, in view or not,
 * was most of a key's time). Follows the box's scrolling and size; the active row is always drawn.
 */
export function useRowWindow(
  bodyRef: RefObject<HTMLTableSectionElement | null>,
  rows: number,
  active: number,
): RowWindow {
  // The table's parent is the box that scrolls it (EditorGrid).
  const view = useBoxView(
    () => bodyRef.current?.closest('table')?.parentElement,
    (box) => measure(box, bodyRef.current!, rows),
    rows,
  );
  return { spans: spanRows(view, rows, active), rowPx: view?.rowPx ?? 0 };
}
