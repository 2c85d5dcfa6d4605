import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { SlideBox } from '../shared/slide-fit';

export interface FittedChartProps {
  /** Extra class names for the frame (e.g. 'slide-pair'). */
  readonly className?: string;
  /** Draws the chart for the frame's size; undefined before it is measured, or where nothing is laid out (jsdom). */
  readonly children: (box: SlideBox | undefined) => ReactNode;
}

/**
 * The area a slide's chart may fill (what the heading and caption leave), measured in CSS px and
 * followed as the window changes, so the chart can be laid out at the size it is shown at.
 */
export function FittedChart({ className, children }: FittedChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<SlideBox>();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const next = { width: Math.floor(r.width), height: Math.floor(r.height), screenHeight: window.innerHeight };
      if (next.width <= 0 || next.height <= 0) return;
      setBox((b) =>
        b && b.width === next.width && b.height === next.height && b.screenHeight === next.screenHeight ? b : next,
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={`slide-chart${className ? ` ${className}` : ''}`}>
      {children(box)}
    </div>
  );
}
