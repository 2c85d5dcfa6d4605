import { describe, expect, it } from 'vitest';
import { rowsInView, spanRows } from '../../src/views/editor/row-window';

describe('rowsInView', () => {
  it('counts the rows under the heading of a box scrolled down', () => {
    expect(rowsInView(0, 700, 100, 36, 64)).toEqual({ first: 0, last: 16, rowPx: 36 });
    expect(rowsInView(400, 700, 100, 36, 64)).toEqual({ first: 8, last: 27, rowPx: 36 });
  });
  it('stops at the last row', () => {
    expect(rowsInView(5000, 700, 100, 36, 64)).toEqual({ first: 63, last: 63, rowPx: 36 });
  });
});

describe('spanRows', () => {
  const view = { first: 10, last: 20, rowPx: 36 };
  it('draws every row before the grid was measured', () => {
    expect(spanRows(null, 64, 5)).toEqual([[0, 64]]);
    expect(spanRows(null, 0, 0)).toEqual([]);
  });
  it('draws the rows in view and a few either side, within the grid', () => {
    expect(spanRows(view, 64, 12, 6)).toEqual([[4, 27]]);
    expect(spanRows({ first: 0, last: 16, rowPx: 36 }, 64, 0, 6)).toEqual([[0, 23]]);
    expect(spanRows({ first: 50, last: 63, rowPx: 36 }, 64, 63, 6)).toEqual([[44, 64]]);
  });
  it('draws, besides, what the box will show once scrolled to an active row out of view', () => {
    // Below the box: it scrolls until the active row is its last.
    expect(spanRows(view, 64, 60, 6)).toEqual([
      [4, 27],
      [44, 64],
    ]);
    // Above the box: until the active row is its first.
    expect(spanRows({ first: 40, last: 50, rowPx: 36 }, 64, 2, 6)).toEqual([
      [0, 19],
      [34, 57],
    ]);
    // Just past the edge: one span.
    expect(spanRows(view, 64, 22, 6)).toEqual([[4, 29]]);
  });
});
