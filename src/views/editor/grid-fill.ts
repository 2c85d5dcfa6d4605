import type { CellRange } from '../../domain/edit-ops';
import type { RoleMatrix, Score } from '../../domain/matrix';

/** What a fill writes: a block of scores with its top-left at (r, c), and the cells it covers. */
export interface FillPlan {
  readonly r: number;
  readonly c: number;
  readonly block: readonly (readonly Score[])[];
  readonly cells: number;
}

/**
 * Ctrl+D (down) or Ctrl+R (right), as in Excel: the first row (column) of the selection is copied
 * into the rest of it; a selection one row (column) deep copies the row (column) before it instead.
 * Null when there is nothing to copy from (the first row or column).
 */
export function planFill(m: RoleMatrix, sel: CellRange, direction: 'down' | 'right'): FillPlan | null {
  const down = direction === 'down';
  const [first, last] = down ? [sel.r0, sel.r1] : [sel.c0, sel.c1];
  const source = first === last ? first - 1 : first;
  if (source < 0) return null;
  const target = first === last ? first : first + 1;
  const at = (r: number, c: number): Score => m.cells[r]?.[c] ?? null;
  const block = down
    ? Array.from({ length: last - target + 1 }, () =>
        Array.from({ length: sel.c1 - sel.c0 + 1 }, (_, j) => at(source, sel.c0 + j)),
      )
    : Array.from({ length: sel.r1 - sel.r0 + 1 }, (_, i) =>
        Array.from({ length: last - target + 1 }, () => at(sel.r0 + i, source)),
      );
  const cells = block.length * (block[0]?.length ?? 0);
  return down ? { r: target, c: sel.c0, block, cells } : { r: sel.r0, c: target, block, cells };
}
