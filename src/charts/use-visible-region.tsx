// A React hook (hence .tsx: chart .ts files are pure layouts); the geometry is in visible-region.ts.
import { useEffect, useState, type RefObject } from 'react';
import { nextDrawnRegion, visiblePart, type Rect } from './visible-region';

/** What a windowed chart draws: everything, or a region of it. */
export type DrawnRegion = 'all' | Rect;

const box = (r: DOMRect): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/**
 * The region of a big SVG chart worth drawing: the part on screen plus `margin` px around it,
 * updated (at most once a frame) as the page or a scrolling ancestor scrolls or the window
 * resizes. The first frame draws a window-sized corner at the chart's smallest scale, which holds
 * whatever part of it can be in view then; it is measured in the next animation frame, where the
 * browser lays the page out anyway. When disabled, or when the chart cannot be measured (no layout), everything is
 * drawn.
 */
export function useVisibleRegion(
  ref: RefObject<SVGSVGElement | null>,
  enabled: boolean,
  width: number,
  height: number,
  minScale: number,
  margin = 600,
): DrawnRegion {
  const [region, setRegion] = useState<DrawnRegion>(() => (enabled ? firstRegion(minScale) : 'all'));
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el) {
      setRegion('all');
      return;
    }
    let frame = 0;
    const measure = () => {
      frame = 0;
      const clips: Rect[] = [{ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }];
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(p);
        if (overflowX !== 'visible' || overflowY !== 'visible') clips.push(box(p.getBoundingClientRect()));
      }
      const visible = visiblePart({ chart: box(el.getBoundingClientRect()), width, height, clips });
      setRegion((prev) =>
        visible === undefined ? 'all' : nextDrawnRegion(prev === 'all' ? undefined : prev, visible, margin),
      );
    };
    const onChange = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    // First measured in the next frame, not now: an effect of a discrete or flushSync render runs
    // before the browser has laid the page out, and measuring would force that layout early.
    onChange();
    // Capture: a scrolling ancestor's scroll event does not bubble to the window.
    window.addEventListener('scroll', onChange, { capture: true, passive: true });
    window.addEventListener('resize', onChange);
    // A printed page shows the whole chart: draw every cell before printing, window again after.
    const beforePrint = () => setRegion('all');
    const print = window.matchMedia?.('print');
    const onPrintMedia = (e: MediaQueryListEvent) => (e.matches ? beforePrint() : onChange());
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', onChange);
    print?.addEventListener('change', onPrintMedia);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', onChange);
      print?.removeEventListener('change', onPrintMedia);
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onChange, { capture: true });
      window.removeEventListener('resize', onChange);
    };
  }, [ref, enabled, width, height, margin]);
  return region;
}

/** Before measuring: the chart's top-left corner, as large as the window at the chart's smallest scale. */
function firstRegion(minScale: number): Rect {
  return { left: 0, top: 0, right: window.innerWidth / minScale, bottom: window.innerHeight / minScale };
}
