import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** What a finger does to the grid: edit a cell, select one, extend the selection to another. */
export interface TouchActions {
  /** A tap: this cell becomes the active one and is edited (its input brings up the numeric keypad). */
  readonly editHere: (r: number, c: number) => void;
  /** A long press: this cell becomes the active one and the anchor of the selection. */
  readonly pick: (r: number, c: number) => void;
  /** Dragging after a long press: the selection reaches to this cell. */
  readonly extend: (r: number, c: number) => void;
}

/** How long a finger rests on a cell before a drag selects rather than scrolls, as on spreadsheets for tablets. */
export const LONG_PRESS_MS = 500;
/** How far a finger may wander and still be a tap or a long press (further, it is a scroll). */
const SLOP_PX = 10;

/** The row and column of the grid cell an element is in (ids `edit-cell-r-c`), if any. */
function cellAt(target: EventTarget | null): { r: number; c: number } | null {
  const td = target instanceof Element ? target.closest('td[id^="edit-cell-"]') : null;
  const m = td ? /^edit-cell-(\d+)-(\d+)$/.exec(td.id) : null;
  return m ? { r: Number(m[1]), c: Number(m[2]) } : null;
}

/** Ends the edit of a cell, as leaving its input by a click does (it saves, or reverts what is refused). */
function leaveInput(grid: HTMLElement): void {
  const focused = document.activeElement;
  if (focused instanceof HTMLInputElement && grid.contains(focused)) focused.blur();
}

/**
 * The grid by touch (#21): a tap edits the cell tapped, with the numeric keypad (inputmode="decimal");
 * a drag scrolls the grid as usual; a long press (half a second) then a drag selects a range, as
 * spreadsheets on tablets do. Native listeners: a drag that selects must cancel the scroll, which
 * React's passive touch listeners cannot. Returns whether a drag is selecting now.
 */
export function useGridTouch(gridRef: RefObject<HTMLTableElement | null>, actions: TouchActions): boolean {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  const [selecting, setSelecting] = useState(false);
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    let start: { x: number; y: number; r: number; c: number } | null = null;
    let timer = 0;
    let ranging = false;
    const stop = () => {
      clearTimeout(timer);
      start = null;
      if (ranging) setSelecting(false);
      ranging = false;
    };
    const onStart = (e: TouchEvent) => {
      stop();
      const t = e.touches[0];
      const at = cellAt(e.target);
      // A second finger (a pinch) or a touch in the input being typed in is the browser's.
      if (e.touches.length !== 1 || !t || !at || (e.target as Element).closest('input')) return;
      const from = { x: t.clientX, y: t.clientY, ...at };
      start = from;
      timer = window.setTimeout(() => {
        ranging = true;
        setSelecting(true);
        leaveInput(grid);
        grid.focus({ preventScroll: true });
        latest.current.pick(from.r, from.c);
      }, LONG_PRESS_MS);
    };
    const onMove = (e: TouchEvent) => {
      const t = e.touches[0];
      if (!start || !t) return;
      if (ranging) {
        e.preventDefault(); // selecting, not scrolling
        const at = cellAt(document.elementFromPoint(t.clientX, t.clientY));
        if (at) latest.current.extend(at.r, at.c);
      } else if (Math.hypot(t.clientX - start.x, t.clientY - start.y) > SLOP_PX) stop(); // a scroll
    };
    const onEnd = (e: TouchEvent) => {
      if (!start) return;
      // Handled here: no mouse events follow (their mousedown would take the focus from the cell's input).
      e.preventDefault();
      if (!ranging) {
        const { r, c } = start;
        leaveInput(grid);
        // At once, within the tap: a phone shows its keyboard only for a focus the tap itself gives.
        flushSync(() => latest.current.editHere(r, c));
      }
      stop();
    };
    const onMenu = (e: Event) => {
      if (start || ranging) e.preventDefault(); // a long press selects; it opens no context menu
    };
    grid.addEventListener('touchstart', onStart, { passive: true });
    grid.addEventListener('touchmove', onMove, { passive: false });
    grid.addEventListener('touchend', onEnd, { passive: false });
    grid.addEventListener('touchcancel', stop);
    grid.addEventListener('contextmenu', onMenu);
    return () => {
      stop();
      grid.removeEventListener('touchstart', onStart);
      grid.removeEventListener('touchmove', onMove);
      grid.removeEventListener('touchend', onEnd);
      grid.removeEventListener('touchcancel', stop);
      grid.removeEventListener('contextmenu', onMenu);
    };
  }, [gridRef]);
  return selecting;
}
