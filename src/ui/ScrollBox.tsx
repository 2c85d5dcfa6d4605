import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface ScrollBoxProps {
  /** 'chart-scroll' or 'table-scroll' (the app's styles). */
  readonly className: string;
  /** What the box holds, for screen readers once it scrolls (it is then a named region). */
  readonly label: string;
  readonly children: ReactNode;
}

/**
 * A box that scrolls sideways when its chart or table is wider than the page. While its content
 * overflows it can be focused, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1;
 * axe-core's scrollable-region-focusable); otherwise it adds no tab stop.
 */
export function ScrollBox({ className, label, children }: ScrollBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // Observed after layout: measuring here would force the page's layout before its first paint.
    const observer = new ResizeObserver(() => setScrolls(el.scrollWidth > el.clientWidth + 1));
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={className} {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}>
      {children}
    </div>
  );
}
