import { useLayoutEffect, useState } from 'react';
import type { RowView } from './row-window';

const same = (a: RowView | null, b: RowView | null) =>
  a === b || (!!a && !!b && a.first === b.first && a.last === b.last && a.rowPx === b.rowPx);

/**
 * What part of the grid its box shows (rows or columns, by `read`), read again as the box scrolls or changes
 * size; null while there is no layout to read. `boxOf` names the box (null: nothing to follow yet); `key`
 * changes when what `read` depends on does (the number of rows or columns).
 */
export function useBoxView(
  boxOf: () => HTMLElement | null | undefined,
  read: (box: HTMLElement) => RowView | null,
  key: unknown,
): RowView | null {
  const [view, setView] = useState<RowView | null>(null);
  useLayoutEffect(() => {
    const box = boxOf();
    if (!box) return;
    const update = () => {
      const next = read(box);
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
    // boxOf and read are read through refs and counts that `key` stands for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return view;
}
