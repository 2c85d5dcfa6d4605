import { describe, expect, it } from 'vitest';
import { containsRect, expandRect, itemsInRegion, nextDrawnRegion, visiblePart } from '../../src/charts/visible-region';

const windowBox = { left: 0, top: 0, right: 1600, bottom: 1000 };

describe('visiblePart', () => {
  it("gives the part of a chart inside the window, in the chart's own coordinates", () => {
    // A 4000 × 3000 chart drawn at 0.75 (3000 × 2250 on screen), its top-left at (20, 600).
    const chart = { left: 20, top: 600, right: 3020, bottom: 2850 };
    const part = visiblePart({ chart, width: 4000, height: 3000, clips: [windowBox] })!;
    expect([part.left, part.top, part.right.toFixed(3), part.bottom.toFixed(3)]).toEqual([
      0,
      0,
      (1580 / 0.75).toFixed(3),
      (400 / 0.75).toFixed(3),
    ]);
  });

  it('clips by scrolling ancestors too, e.g. a chart scrolled sideways in its box', () => {
    const chart = { left: -1980, top: -100, right: 2020, bottom: 2900 };
    const scroller = { left: 20, top: -200, right: 1580, bottom: 3000 };
    expect(visiblePart({ chart, width: 4000, height: 3000, clips: [windowBox, scroller] })).toEqual({
      left: 2000,
      top: 100,
      right: 3560,
      bottom: 1100,
    });
  });

  it('is empty when the chart is scrolled out of view, and undefined when it has no size (no layout)', () => {
    expect(
      visiblePart({
        chart: { left: 0, top: 1200, right: 800, bottom: 1800 },
        width: 800,
        height: 600,
        clips: [windowBox],
      }),
    ).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
    expect(
      visiblePart({ chart: { left: 0, top: 0, right: 0, bottom: 0 }, width: 800, height: 600, clips: [windowBox] }),
    ).toBeUndefined();
  });
});

describe('nextDrawnRegion', () => {
  const drawn = { left: 0, top: 0, right: 2000, bottom: 1600 };
  it('keeps the drawn region while the visible part stays inside it, so small scrolls redraw nothing', () => {
    expect(nextDrawnRegion(drawn, { left: 300, top: 200, right: 1900, bottom: 1200 }, 600)).toBe(drawn);
  });
  it('draws around the visible part with a margin once it leaves the drawn region', () => {
    expect(nextDrawnRegion(drawn, { left: 1500, top: 200, right: 3100, bottom: 1200 }, 600)).toEqual({
      left: 900,
      top: -400,
      right: 3700,
      bottom: 1800,
    });
    expect(nextDrawnRegion(undefined, { left: 0, top: 0, right: 10, bottom: 10 }, 5)).toEqual({
      left: -5,
      top: -5,
      right: 15,
      bottom: 15,
    });
  });
  it('checks containment and growth exactly', () => {
    expect(containsRect(drawn, drawn)).toBe(true);
    expect(containsRect(drawn, { ...drawn, right: 2001 })).toBe(false);
    expect(expandRect(drawn, 10)).toEqual({ left: -10, top: -10, right: 2010, bottom: 1610 });
  });
});

describe('itemsInRegion', () => {
  const cells = [0, 1, 2, 3].map((i) => ({ id: i, x: i * 40, y: 0, width: 40, height: 38 }));
  it('keeps the items that meet the region; touching an edge is not meeting', () => {
    expect(itemsInRegion(cells, { left: 40, top: 0, right: 81, bottom: 10 }).map((c) => c.id)).toEqual([1, 2]);
    expect(itemsInRegion(cells, { left: 40, top: 38, right: 200, bottom: 100 })).toEqual([]);
  });
});
