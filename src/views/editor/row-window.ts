// Which of the grid's rows are drawn (#17): those in the grid's box, a few either side, and those the
// box will show once it has scrolled to the active cell. The rest are one blank row each side, of
// their height, so that the grid scrolls as if every row were there.

/** The rows in the box now (first and last, inclusive) and the height of one, in CSS pixels. */
export interface RowView {
  readonly first: number;
  readonly last: number;
  readonly rowPx: number;
}

/** Rows drawn past either edge of the box: a wheel notch or a finger's flick shows no blank. */
export const OVERSCAN_ROWS = 6;

/** Rows [from, to) drawn together; the gaps between spans are blank rows. */
export type RowSpan = readonly [from: number, to: number];

/**
 * The spans of rows to draw, sorted and apart. `view` null (not measured yet, or no layout as in
 * jsdom) draws every row. The active row is always drawn, with what revealCell scrolls into view
 * around it: the rows above it when it is below the box, those below when it is above.
 */
export function spanRows(view: RowView | null, rows: number, active: number, over = OVERSCAN_ROWS): RowSpan[] {
  if (!view || rows <= 0) return rows > 0 ? [[0, rows]] : [];
  const shown = view.last - view.first;
  const spans: [number, number][] = [[view.first - over, view.last + 1 + over]];
  if (active < view.first) spans.push([active - over, active + shown + 1 + over]);
  else if (active > view.last) spans.push([active - shown - over, active + 1 + over]);
  const clamped = spans.map(([a, b]): [number, number] => [Math.max(0, a), Math.min(rows, b)]);
  clamped.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of clamped) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else if (b > a) merged.push([a, b]);
  }
  return merged;
}

/** The rows in a box of `boxPx` scrolled `scrollPx` down, under a heading `headPx` tall. */
export function rowsInView(scrollPx: number, boxPx: number, headPx: number, rowPx: number, rows: number): RowView {
  const first = Math.floor(Math.max(0, scrollPx - headPx) / rowPx);
  const last = Math.floor(Math.max(0, scrollPx + boxPx - headPx) / rowPx);
  return { first: Math.min(first, rows - 1), last: Math.min(last, rows - 1), rowPx };
}
