import type { RefObject } from 'react';
import { rowsInView, spanRows, type RowView } from './row-window';
import { useBoxView } from './use-box-view';

/** Columns drawn past either edge of the box: a sideways flick shows no blank. */
const OVERSCAN_COLUMNS = 3;

/** Reads which columns the box shows; null while there is no layout to read (hidden, or jsdom). */
function measure(box: HTMLElement, table: HTMLTableElement, cols: number): RowView | null {
  // The columns have one fixed width (EditorGrid's colgroup): the table's, less the row labels', over their count.
  const labelPx = table.tHead?.rows[0]?.cells[0]?.getBoundingClientRect().width ?? 0;
  const colPx = cols > 0 ? (table.getBoundingClientRect().width - labelPx) / cols : 0;
  if (colPx <= 0 || box.clientWidth <= 0 || cols <= 0) return null;
  // Sideways, the row labels are what the headings are downwards: the columns start after them.
  return rowsInView(box.scrollLeft, box.clientWidth, labelPx, colPx, cols);
}

/**
 * The grid's drawn columns (#17), as `from-to` spans joined by commas (a string keeps the rows' memo):
 * those the box shows, a few either side, and those it will show once scrolled to the active cell. At
 * 64 × 40 on a laptop the box shows some 13 of 40 columns; the paint of the other 27 in every drawn row
 * was 1–4 ms of a key. Follows the box's sideways scrolling and size; the active column is always drawn.
 */
export function useColumnWindow(tableRef: RefObject<HTMLTableElement | null>, cols: number, active: number): string {
  const view = useBoxView(
    () => tableRef.current?.parentElement,
    (box) => measure(box, tableRef.current!, cols),
    cols,
  );
  return spanRows(view, cols, active, OVERSCAN_COLUMNS)
    .map(([a, b]) => `${a}-${b}`)
    .join(',');
}

/** The spans of a `useColumnWindow` string. */
export function columnSpans(spans: string): [number, number][] {
  return spans === '' ? [] : spans.split(',').map((s) => s.split('-').map(Number) as [number, number]);
}
