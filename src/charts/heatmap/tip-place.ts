// Where a heatmap cell's tooltip stands, from the boxes on screen (pure: rectangles in, numbers out).

/** A box on screen, in window pixels. */
export interface ScreenBox {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The tooltip's place in the chart's box: its centre, its widest (TIP_MAX_WIDTH at most), and under the cell (top) or over it (bottom). */
export interface TipPlace {
  readonly left: number;
  readonly maxWidth: number;
  readonly top?: number;
  readonly bottom?: number;
}

/** Room a tooltip needs below its cell before it is shown above instead (it is up to ~180 px tall). */
export const TIP_ROOM = 180;
/** The tooltip's widest, in CSS pixels (set inline: the CSS's 24 rem grows with the reader's font size). */
export const TIP_MAX_WIDTH = 384;
/** The gap it keeps from the sides of what shows it. */
export const TIP_MARGIN = 4;

/**
 * Below the cell, or above it when there is no room below in what shows it (`shown`: the window, or the box
 * the chart scrolls in, which clips it — the last row's tooltip was cut); centred on the cell, moved in from
 * the sides of what shows it (a phone's scrolling heatmap cut the tooltip of a cell near its right edge) and
 * never wider than that. `chart` is the box the tooltip is placed in.
 */
export function placeTip(cell: ScreenBox, chart: ScreenBox, shown: ScreenBox): TipPlace {
  const above = cell.bottom + TIP_ROOM > shown.bottom && cell.top - shown.top > shown.bottom - cell.bottom;
  const maxWidth = Math.min(TIP_MAX_WIDTH, Math.max(0, shown.right - shown.left - 2 * TIP_MARGIN));
  const half = maxWidth / 2;
  const centre = Math.min(
    Math.max((cell.left + cell.right) / 2, shown.left + TIP_MARGIN + half),
    shown.right - TIP_MARGIN - half,
  );
  return {
    left: centre - chart.left,
    maxWidth,
    ...(above ? { bottom: chart.bottom - cell.top + 6 } : { top: cell.bottom - chart.top + 6 }),
  };
}
