import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { HeatmapFrame, HeatmapInput } from './heatmap-types';

/** Where the tooltip stands in the chart's box: under the cell (top) or over it (bottom). */
interface Tip {
  readonly row: number;
  readonly col: number;
  readonly left: number;
  readonly top?: number;
  readonly bottom?: number;
  /** The data the tooltip was opened on. */
  readonly forData: HeatmapInput;
}

/** Room a tooltip needs below its cell before it is shown above instead. */
const TIP_ROOM = 180;

/**
 * The heatmap's keyboard and pointer behaviour: arrow keys (Home/End, Ctrl+Home/End, Page Up/Down)
 * move one tab stop between cells, Enter or Space toggles an expandable row, and the tooltip
 * follows focus and the pointer.
 */
export function useHeatmapInteraction(
  data: HeatmapInput,
  frame: HeatmapFrame,
  onToggleRow: ((key: string) => void) | undefined,
) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const [shownTip, setTip] = useState<Tip | null>(null);
  // New data (another country, a sort) moves the cells: a tooltip left from before would point at nothing.
  const tip = shownTip?.forData === data ? shownTip : null;
  const nCols = data.columns.length;
  const nRows = data.rows.length;

  const showTip = useCallback(
    (el: Element, row: number, col: number) => {
      const wrap = wrapRef.current;
      if (!wrap) return;
      const a = el.getBoundingClientRect();
      const b = wrap.getBoundingClientRect();
      // Below the cell, or above it when the window has no room below (the tooltip is up to ~180 px tall).
      const above = a.bottom + TIP_ROOM > window.innerHeight && a.top > TIP_ROOM;
      setTip({
        row,
        col,
        forData: data,
        left: a.left - b.left + a.width / 2,
        ...(above ? { bottom: b.bottom - a.top + 6 } : { top: a.bottom - b.top + 6 }),
      });
    },
    [data, setTip],
  );

  // New data under a focused cell (saved work read after the first screen, a sort, an edit elsewhere): the
  // tooltip follows the focus, as the focus itself gets no new event to show it by.
  useEffect(() => {
    const active = document.activeElement;
    const hit = active && wrapRef.current?.contains(active) ? cellOf(active) : null;
    if (hit) showTip(...hit);
  }, [showTip]);

  /** Moves focus to cell (r, c); c = -1 is the row header. Tab stops stay on one element. */
  const focusCell = useCallback((r: number, c: number) => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const target = wrap.querySelector<SVGGElement>(
      `[data-rowindex="${r}"] > ${c < 0 ? '[data-rowheader]' : `[data-col="${c}"]`}`,
    );
    if (!target) return;
    wrap.querySelectorAll('[tabindex="0"]').forEach((e) => e.setAttribute('tabindex', '-1'));
    target.setAttribute('tabindex', '0');
    target.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const el = (e.target as Element).closest('[data-col],[data-rowheader]');
    const rowEl = el?.closest('[data-rowindex]');
    if (!el || !rowEl) return;
    const r = Number(rowEl.getAttribute('data-rowindex'));
    const c = el.hasAttribute('data-rowheader') ? -1 : Number(el.getAttribute('data-col'));
    const to = keyMove(e.key, e.ctrlKey, [r, c], [nRows, nCols]);
    if (to) {
      e.preventDefault();
      focusCell(to[0], to[1]);
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && c < 0 && frame.rowLabels[r]?.expandable) {
      e.preventDefault();
      onToggleRow?.(frame.rowLabels[r].key);
    }
    if (e.key === 'Escape') setTip(null);
  };

  const onFocus = (e: FocusEvent<SVGSVGElement>) => {
    const hit = cellOf(e.target);
    if (hit) showTip(...hit);
    else setTip(null);
  };
  const onPointerOver = (e: PointerEvent<SVGSVGElement>) => {
    const hit = cellOf(e.target);
    if (hit) showTip(...hit);
  };

  const hideTip = useCallback(() => setTip(null), []);
  return { wrapRef, tip, hideTip, handlers: { onKeyDown, onFocus, onBlur: hideTip, onPointerOver } };
}

/** Where a key moves focus from cell (r, c) of an nRows × nCols grid (c = −1: the row header); none for other keys. */
function keyMove(
  key: string,
  ctrl: boolean,
  [r, c]: readonly [number, number],
  [nRows, nCols]: readonly [number, number],
): [number, number] | undefined {
  const moves: Record<string, [number, number]> = {
    ArrowRight: [r, Math.min(nCols - 1, c + 1)],
    ArrowLeft: [r, Math.max(-1, c - 1)],
    ArrowDown: [Math.min(nRows - 1, r + 1), c],
    ArrowUp: [Math.max(0, r - 1), c],
    PageDown: [Math.min(nRows - 1, r + 5), c],
    PageUp: [Math.max(0, r - 5), c],
    Home: ctrl ? [0, 0] : [r, 0],
    End: ctrl ? [nRows - 1, nCols - 1] : [r, nCols - 1],
  };
  return moves[key];
}

/** The cell an event happened in, with its row and column indices. */
function cellOf(target: EventTarget): [Element, number, number] | null {
  const el = (target as Element).closest('[data-col]');
  const rowEl = el?.closest('[data-rowindex]');
  return el && rowEl ? [el, Number(rowEl.getAttribute('data-rowindex')), Number(el.getAttribute('data-col'))] : null;
}
