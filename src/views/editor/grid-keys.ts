import type { CellRange } from '../../domain/edit-ops';

/** The grid's cursor: the active cell and the anchor of the selection. */
export interface GridCursor {
  readonly r: number;
  readonly c: number;
  readonly anchorR: number;
  readonly anchorC: number;
}

/** The selected range (active cell to anchor). */
export function selectionOf(cur: GridCursor): CellRange {
  return {
    r0: Math.min(cur.r, cur.anchorR),
    r1: Math.max(cur.r, cur.anchorR),
    c0: Math.min(cur.c, cur.anchorC),
    c1: Math.max(cur.c, cur.anchorC),
  };
}

/**
 * Where a navigation key moves the cursor in a rows × cols grid, as in a spreadsheet: arrows,
 * Home/End (Ctrl: first/last cell), Page Up/Down by 10 rows, Tab/Shift+Tab along the row, Enter
 * and Shift+Enter down and up. Shift with an arrow extends the selection. Null for other keys.
 * Tab never leaves the grid by itself (a score typed next would land in the field after it); the
 * grid lets Tab through after Escape, so keyboard users are never trapped (WCAG 2.1.2).
 */
export function moveCursor(
  cur: GridCursor,
  key: string,
  mods: { shift: boolean; ctrl: boolean },
  rows: number,
  cols: number,
): GridCursor | null {
  const clampR = (r: number) => Math.max(0, Math.min(rows - 1, r));
  const clampC = (c: number) => Math.max(0, Math.min(cols - 1, c));
  let r = cur.r;
  let c = cur.c;
  let extend = false;
  switch (key) {
    case 'ArrowUp':
      r--;
      extend = mods.shift;
      break;
    case 'ArrowDown':
      r++;
      extend = mods.shift;
      break;
    case 'ArrowLeft':
      c--;
      extend = mods.shift;
      break;
    case 'ArrowRight':
      c++;
      extend = mods.shift;
      break;
    case 'Home':
      c = 0;
      if (mods.ctrl) r = 0;
      break;
    case 'End':
      c = cols - 1;
      if (mods.ctrl) r = rows - 1;
      break;
    case 'PageUp':
      r -= 10;
      break;
    case 'PageDown':
      r += 10;
      break;
    case 'Tab':
      // As in a spreadsheet, Tab at a row's end wraps to the next row's first cell (Shift+Tab back);
      // at the grid's last cell (first, for Shift+Tab) it stays: Escape then Tab leaves the grid.
      if (mods.shift ? c <= 0 : c >= cols - 1) {
        if (mods.shift ? r <= 0 : r >= rows - 1) return { r, c, anchorR: r, anchorC: c };
        r += mods.shift ? -1 : 1;
        c = mods.shift ? cols - 1 : 0;
      } else c += mods.shift ? -1 : 1;
      break;
    case 'Enter':
      r += mods.shift ? -1 : 1;
      break;
    default:
      return null;
  }
  r = clampR(r);
  c = clampC(c);
  return extend ? { r, c, anchorR: cur.anchorR, anchorC: cur.anchorC } : { r, c, anchorR: r, anchorC: c };
}

/** Whether a key typed on a cell starts editing it (a digit, decimal separator, ? or minus). */
export function startsEditing(key: string): boolean {
  return key.length === 1 && /[0-9.,?？-]/.test(key);
}

/** The DOM id of a grid cell, which aria-activedescendant names. */
export function cellId(r: number, c: number): string {
  return `edit-cell-${r}-${c}`;
}
