import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import type { HeatmapFrame, HeatmapInput } from './heatmap-types';
import { placeTip, type ScreenBox, type TipPlace } from './tip-place';

/** The cell a tooltip is shown for and where it stands in the chart's box. */
interface Tip extends TipPlace {
  readonly row: number;
  readonly col: number;
  /** The data the tooltip was opened on. */
  readonly forData: HeatmapInput;
}

/** The part of the window a tooltip in `el` can be seen in: the window, cut by the nearest box that clips. */
function visibleBox(el: Element): ScreenBox {
  const win = { top: 0, bottom: window.innerHeight, left: 0, right: window.innerWidth };
  for (let p = el.parentElement; p; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = p.getBoundingClientRect();
    return {
      top: Math.max(win.top, box.top),
      bottom: Math.min(win.bottom, box.bottom),
      left: Math.max(win.left, box.left),
      right: Math.min(win.right, box.right),
    };
  }
  return win;
}

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
      setTip({
        row,
        col,
        forData: data,
        ...placeTip(el.getBoundingClientRect(), wrap.getBoundingClientRect(), visibleBox(wrap)),
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

  const focusCell = useRovingTabStop(wrapRef);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const at = placeOf(e.target);
    if (!at) return;
    const [r, c] = at;
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

  // One handler for the whole grid: a press on a cell focuses it (cells are not focusable by themselves), a
  // click on an expandable row header toggles its row.
  const onMouseDown = (e: MouseEvent<SVGSVGElement>) => {
    const at = placeOf(e.target);
    if (!at || at[1] < 0 || e.button !== 0) return;
    e.preventDefault();
    focusCell(at[0], at[1]);
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const at = placeOf(e.target);
    const row = at && at[1] < 0 ? frame.rowLabels[at[0]] : undefined;
    if (row?.expandable) onToggleRow?.(row.key);
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
  return {
    wrapRef,
    tip,
    hideTip,
    handlers: { onKeyDown, onMouseDown, onClick, onFocus, onBlur: hideTip, onPointerOver },
  };
}

/**
 * One tab stop in the grid (roving tabindex): cells carry no tabindex of their own; the stop is set on the
 * element last moved to and survives re-renders and sorts (React never writes it). A fresh grid, or one whose
 * stop was removed (a row collapsed), gets it on the first cell of the first row shown. Returns the mover.
 */
function useRovingTabStop(wrapRef: RefObject<HTMLDivElement | null>) {
  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || wrap.querySelector('svg.heatmap [tabindex="0"]')) return;
    elementAt(wrap, 0, 0)?.setAttribute('tabindex', '0');
  });

  /** Moves focus to cell (r, c); c = -1 is the row header. */
  return useCallback(
    (r: number, c: number) => {
      const target = elementAt(wrapRef.current, r, c);
      if (!target) return;
      wrapRef.current!.querySelectorAll('svg.heatmap [tabindex="0"]').forEach((e) => {
        if (e.hasAttribute('data-rowheader')) e.setAttribute('tabindex', '-1');
        else e.removeAttribute('tabindex');
      });
      target.setAttribute('tabindex', '0');
      target.focus();
    },
    [wrapRef],
  );
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

/**
 * Row r's element c in the grid (c = -1: its header). A row holds its header, then its cells in column
 * order, so a cell's column is its place among them: no per-cell attribute is needed to find it.
 */
function elementAt(wrap: HTMLElement | null, r: number, c: number): SVGGElement | null {
  const el = wrap?.querySelector(`svg.heatmap [aria-rowindex="${r + 2}"]`)?.children[c + 1];
  const wanted = c < 0 ? el?.hasAttribute('data-rowheader') : el?.getAttribute('role') === 'gridcell';
  return wanted ? (el as SVGGElement) : null;
}

/** The row and column (−1: the row header) of the grid element an event happened in. */
function placeOf(target: EventTarget): [number, number] | null {
  const el = target instanceof Element ? target.closest('[role="gridcell"],[data-rowheader]') : null;
  const row = el?.parentElement;
  if (!el || row?.getAttribute('role') !== 'row') return null;
  return [Number(row.getAttribute('aria-rowindex')) - 2, Array.prototype.indexOf.call(row.children, el) - 1];
}

/** The cell an event happened in, with its row and column indices. */
function cellOf(target: EventTarget): [Element, number, number] | null {
  const at = placeOf(target);
  return at && at[1] >= 0 ? [(target as Element).closest('[role="gridcell"]')!, at[0], at[1]] : null;
}
