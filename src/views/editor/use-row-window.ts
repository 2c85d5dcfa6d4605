import { useLayoutEffect, useState, type RefObject } from 'react';
import { rowsInView, spanRows, type RowSpan, type RowView } from './row-window';

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

const same = (a: RowView | null, b: RowView | null) =>
  a === b || (!!a && !!b && a.first === b.first && a.last === b.last && a.rowPx === b.rowPx);

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
  const [view, setView] = useState<RowView | null>(null);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    // The table's parent is the box that scrolls it (EditorGrid).
    const box = body?.closest('table')?.parentElement;
    if (!body || !box) return;
    const update = () => {
      const next = measure(box, body, rows);
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
  }, [bodyRef, rows]);
  return { spans: spanRows(view, rows, active), rowPx: view?.rowPx ?? 0 };
}
