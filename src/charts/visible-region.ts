// Windowing for charts too big to draw whole: which part of a chart is on screen, which part to
// draw around it, and which cells fall inside. Pure; the hook in use-visible-region.ts measures.

/** A rectangle in a chart's own coordinates (px of its viewBox). */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Where a chart and the areas that clip it stand on screen (client coordinates). */
export interface ScreenBoxes {
  /** The chart's bounding box on screen. */
  readonly chart: Rect;
  /** The chart's own size (its viewBox), to undo any scaling of the drawing. */
  readonly width: number;
  readonly height: number;
  /** The boxes that clip it: the window, then every scrolling ancestor. */
  readonly clips: readonly Rect[];
}

/**
 * The part of the chart on screen, in the chart's coordinates; an empty rectangle when it is
 * scrolled out of view, and undefined when the chart has no size on screen (not laid out, or a
 * test DOM without layout), in which case the caller draws everything.
 */
export function visiblePart({ chart, width, height, clips }: ScreenBoxes): Rect | undefined {
  const shownWidth = chart.right - chart.left;
  const shownHeight = chart.bottom - chart.top;
  if (!(shownWidth > 0 && shownHeight > 0 && width > 0 && height > 0)) return undefined;
  let { left, top, right, bottom } = chart;
  for (const c of clips) {
    left = Math.max(left, c.left);
    top = Math.max(top, c.top);
    right = Math.min(right, c.right);
    bottom = Math.min(bottom, c.bottom);
  }
  if (right <= left || bottom <= top) return { left: 0, top: 0, right: 0, bottom: 0 };
  const sx = width / shownWidth;
  const sy = height / shownHeight;
  return {
    left: (left - chart.left) * sx,
    top: (top - chart.top) * sy,
    right: (right - chart.left) * sx,
    bottom: (bottom - chart.top) * sy,
  };
}

/** Whether `outer` holds all of `inner`. */
export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.left >= outer.left && inner.top >= outer.top && inner.right <= outer.right && inner.bottom <= outer.bottom
  );
}

/** The rectangle grown by `margin` on every side. */
export function expandRect(r: Rect, margin: number): Rect {
  return { left: r.left - margin, top: r.top - margin, right: r.right + margin, bottom: r.bottom + margin };
}

/**
 * The region to draw: what is visible plus a margin, kept while the visible part stays inside the
 * region drawn before, so that scrolling redraws only when new cells are about to come into view.
 */
export function nextDrawnRegion(previous: Rect | undefined, visible: Rect, margin: number): Rect {
  if (previous && containsRect(previous, visible)) return previous;
  return expandRect(visible, margin);
}

/** The items whose box meets the region (touching edges do not count). */
export function itemsInRegion<
  T extends { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
>(items: readonly T[], region: Rect): T[] {
  return items.filter(
    (c) => c.x < region.right && c.x + c.width > region.left && c.y < region.bottom && c.y + c.height > region.top,
  );
}
