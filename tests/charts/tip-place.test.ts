import { describe, expect, it } from 'vitest';
import { placeTip, TIP_MARGIN, TIP_MAX_WIDTH, TIP_ROOM } from '../../src/charts/heatmap/tip-place';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('placeTip', () => {
  it('centres the tooltip under its cell where there is room', () => {
    const chart = box(100, 50, 1100, 850);
    expect(placeTip(box(500, 200, 540, 240), chart, box(0, 0, 1280, 900))).toEqual({
      left: 420,
      maxWidth: TIP_MAX_WIDTH,
      top: 196,
    });
  });

  it('moves it in from the right edge of a phone’s scrolling box, and no wider than the box', () => {
    // A 370 px box; the chart scrolled under it, wider than it; a cell at its right edge.
    const shown = box(10, 0, 380, 844);
    const chart = box(-200, 400, 900, 1200);
    const tip = placeTip(box(340, 600, 380, 640), chart, shown);
    expect(tip.maxWidth).toBe(362);
    const centre = tip.left + chart.left;
    expect(centre + tip.maxWidth / 2).toBeLessThanOrEqual(shown.right - TIP_MARGIN);
    expect(centre - tip.maxWidth / 2).toBeGreaterThanOrEqual(shown.left + TIP_MARGIN);
    // And from the left edge likewise.
    const left = placeTip(box(10, 600, 50, 640), chart, shown);
    expect(left.left + chart.left - left.maxWidth / 2).toBeGreaterThanOrEqual(shown.left + TIP_MARGIN);
  });

  it('keeps its widest tooltip inside a wide window, at its left and right edges alike', () => {
    const tip = placeTip(box(1250, 100, 1280, 130), box(0, 0, 1280, 800), box(0, 0, 1280, 800));
    expect(tip.maxWidth).toBe(TIP_MAX_WIDTH);
    expect(tip.left + tip.maxWidth / 2).toBeLessThanOrEqual(1280 - TIP_MARGIN);
    const left = placeTip(box(0, 100, 30, 130), box(0, 0, 1366, 800), box(0, 0, 1366, 800));
    expect(left.left - left.maxWidth / 2).toBeGreaterThanOrEqual(TIP_MARGIN);
  });

  it('stands over the cell when there is no room below it and more above', () => {
    const tip = placeTip(box(500, 700, 540, 740), box(0, 100, 1280, 800), box(0, 0, 1280, 800));
    expect(740 + TIP_ROOM).toBeGreaterThan(800);
    expect(tip).toMatchObject({ bottom: 800 - 700 + 6 });
    expect(tip.top).toBeUndefined();
  });
});
