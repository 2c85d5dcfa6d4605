import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, setCells } from '../../src/domain/edit-ops';
import type { RoleMatrix, Score } from '../../src/domain/matrix';
import { planFill } from '../../src/views/editor/grid-fill';

/** A 9 × 10 matrix whose cell (r, c) holds (r + 2c) mod 11, with a blank and an unknown. */
function numbered(): RoleMatrix {
  const m = createFromTemplate('Fillland', 'categories');
  const block: Score[][] = m.rows.map((_, r) => m.stakeholders.map((_, c) => (r + 2 * c) % 11));
  block[0]![1] = null;
  block[0]![2] = 'unknown';
  return setCells(m, 0, 0, block);
}

const fill = (m: RoleMatrix, sel: Parameters<typeof planFill>[1], d: 'down' | 'right') => {
  const plan = planFill(m, sel, d);
  return plan ? setCells(m, plan.r, plan.c, plan.block) : m;
};

describe('Ctrl+D / Ctrl+R fill, as in Excel', () => {
  it('copies the top row of a selection into the rest of it, blanks and unknowns included', () => {
    const m = numbered();
    const out = fill(m, { r0: 0, r1: 3, c0: 0, c1: 2 }, 'down');
    for (let r = 0; r <= 3; r++) expect(out.cells[r]!.slice(0, 4)).toEqual([0, null, 'unknown', r + 6]);
    expect(out.cells[4]).toEqual(m.cells[4]);
    expect(planFill(m, { r0: 0, r1: 3, c0: 0, c1: 2 }, 'down')!.cells).toBe(9);
  });

  it('copies the first column of a selection into the rest of it', () => {
    const m = numbered();
    const out = fill(m, { r0: 2, r1: 3, c0: 4, c1: 6 }, 'right');
    expect(out.cells[2]!.slice(3, 8)).toEqual([8, 10, 10, 10, 5]);
    expect(out.cells[3]!.slice(4, 7)).toEqual([0, 0, 0]);
  });

  it('with one cell (or a selection one row deep) copies from the row above / the column to the left', () => {
    const m = numbered();
    expect(fill(m, { r0: 5, r1: 5, c0: 3, c1: 3 }, 'down').cells[5]![3]).toBe(m.cells[4]![3]);
    expect(fill(m, { r0: 5, r1: 5, c0: 3, c1: 3 }, 'right').cells[5]![3]).toBe(m.cells[5]![2]);
    const row = fill(m, { r0: 5, r1: 5, c0: 1, c1: 4 }, 'down');
    expect(row.cells[5]!.slice(1, 5)).toEqual(m.cells[4]!.slice(1, 5));
    expect(planFill(m, { r0: 5, r1: 5, c0: 1, c1: 4 }, 'down')!.cells).toBe(4);
  });

  it('has nothing to copy above the first row or left of the first column', () => {
    const m = numbered();
    expect(planFill(m, { r0: 0, r1: 0, c0: 3, c1: 5 }, 'down')).toBeNull();
    expect(planFill(m, { r0: 2, r1: 6, c0: 0, c1: 0 }, 'right')).toBeNull();
  });

  it('changes only the selection, and every row of it then equals its source row (property)', () => {
    const m = numbered();
    const rows = m.rows.length;
    const cols = m.stakeholders.length;
    const range = fc
      .tuple(fc.nat(rows - 1), fc.nat(rows - 1), fc.nat(cols - 1), fc.nat(cols - 1))
      .map(([a, b, c, d]) => ({ r0: Math.min(a, b), r1: Math.max(a, b), c0: Math.min(c, d), c1: Math.max(c, d) }));
    fc.assert(
      fc.property(range, fc.constantFrom<'down' | 'right'>('down', 'right'), (sel, d) => {
        const out = fill(m, sel, d);
        const down = d === 'down';
        const src = down ? (sel.r0 === sel.r1 ? sel.r0 - 1 : sel.r0) : sel.c0 === sel.c1 ? sel.c0 - 1 : sel.c0;
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            const inside = r >= sel.r0 && r <= sel.r1 && c >= sel.c0 && c <= sel.c1;
            const want = !inside || src < 0 ? m.cells[r]![c] : down ? m.cells[src]![c] : m.cells[r]![src];
            expect(out.cells[r]![c]).toBe(want);
          }
      }),
      { numRuns: 300 },
    );
  });
});
