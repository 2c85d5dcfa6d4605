import { useLayoutEffect, useState, type RefObject } from 'react';
import { rowsInView, spanRows, type RowView } from './row-window';

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

const same = (a: RowView | null, b: RowView | null) =>
  a === b || (!!a && !!b && a.first === b.first && a.last === b.last && a.rowPx === b.rowPx);

/**
 * The grid's drawn columns (#17), as `from-to` spans joined by commas (a string keeps the rows' memo):
 * those the box shows, a few either side, and those it will show once scrolled to the active cell. At
 * 64 × 40 on a laptop the box shows some 13 of 40 columns; the paint of the other 27 in every drawn row
 * was 1–4 ms of a key. Follows the box's sideways scrolling and size; the active column is always drawn.
 */
export function useColumnWindow(tableRef: RefObject<HTMLTableElement | null>, cols: number, active: number): string {
  const [view, setView] = useState<RowView | null>(null);
  useLayoutEffect(() => {
    const table = tableRef.current;
    const box = table?.parentElement;
    if (!table || !box) return;
    const update = () => {
      const next = measure(box, table, cols);
      setView((was) => (same(was, next) ? was : next));
    };
    update();
    box.addEventListener('scroll', update, { passive: true });
    const sizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    sizes?.observe(box);
    return () => {
      box.removeEventListener('scroll', update);
      sizes?.disconnect();
    };
  }, [tableRef, cols]);
  return spanRows(view, cols, active, OVERSCAN_COLUMNS)
    .map(([a, b]) => `${a}-${b}`)
    .join(',');
}

/** The spans of a `useColumnWindow` string. */
export function columnSpans(spans: string): [number, number][] {
  return spans === '' ? [] : spans.split(',').map((s) => s.split('-').map(Number) as [number, number]);
}
