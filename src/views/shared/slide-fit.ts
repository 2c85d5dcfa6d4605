// Sizes a slide's chart for the room: type at least a legible size for the screen, and the chart drawn
// at the stage's own size, so the browser's viewBox scaling never shrinks the type below it. Pure.

/** The stage a slide's chart is drawn in, in CSS px, and the screen's height. */
export interface SlideBox {
  readonly width: number;
  readonly height: number;
  /** The screen (window) height: the smallest text is chosen from it. */
  readonly screenHeight: number;
}

/** The smallest text a slide prints: 18 px on a 720-line projector, growing to 24 px at 1080 lines. */
export function slideTextPx(screenHeight: number): number {
  return Math.max(18, screenHeight / 45);
}

/** A chart's extent for one choice of sizes. */
export interface Extent {
  readonly width: number;
  readonly height: number;
}

/**
 * The value of a size parameter (a cell's width or height, a plot's height) at which `extent(p)`,
 * linear in p, reaches `target`: two probes, then clamped to [lo, hi].
 */
export function solveLinear(extent: (p: number) => number, target: number, lo: number, hi: number): number {
  const [a, b] = [extent(lo), extent(hi)];
  if (b === a) return lo;
  return Math.max(lo, Math.min(hi, lo + ((target - a) * (hi - lo)) / (b - a)));
}

/** How much a chart of `extent` is scaled to fit `box` (1 = drawn at its own size). */
export function fitScale(extent: Extent, box: Pick<SlideBox, 'width' | 'height'>): number {
  return Math.min(box.width / extent.width, box.height / extent.height);
}

/**
 * Of the candidate sizes, the one whose chart is scaled up most (or shrunk least) to fit the box:
 * its smallest text is then the largest on screen. `measure` lays the chart out (pure).
 */
export function bestFit<S>(candidates: readonly S[], measure: (size: S) => Extent, box: SlideBox): S {
  let best: S | undefined;
  let bestScale = -Infinity;
  for (const size of candidates) {
    const scale = fitScale(measure(size), box);
    if (scale > bestScale) [best, bestScale] = [size, scale];
  }
  if (best === undefined) throw new Error('bestFit: no candidate size');
  return best;
}

/**
 * Grid cell sizes that fill the box: the cell width that makes the chart as wide as the box and the
 * cell height that makes it as tall (heights within 1.4–3 font sizes, widths from `minCellEms` — wide
 * enough for the cell's number — to 4), for each row-label width tried.
 */
export function gridCandidates<S extends { cellWidth?: number; cellHeight?: number; maxRowLabelWidth?: number }>(
  base: S,
  fontSize: number,
  labelWidths: readonly number[],
  measure: (size: S) => Extent,
  box: SlideBox,
  minCellEms = 1.7,
): S[] {
  return labelWidths.map((maxRowLabelWidth) => {
    const at = (cellWidth: number, cellHeight: number) => measure({ ...base, maxRowLabelWidth, cellWidth, cellHeight });
    const cellHeight = solveLinear((h) => at(2 * fontSize, h).height, box.height, 1.4 * fontSize, 3 * fontSize);
    const cellWidth = solveLinear((w) => at(w, cellHeight).width, box.width, minCellEms * fontSize, 4 * fontSize);
    return { ...base, maxRowLabelWidth, cellWidth: Math.floor(cellWidth), cellHeight: Math.floor(cellHeight) };
  });
}
