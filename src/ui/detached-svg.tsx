import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ReactElement } from 'react';

/**
 * Renders a chart into a detached element, hands its <svg> to `action`, and unmounts it once `action`
 * has finished: how a chart drawn windowed on screen is exported whole. Throws when the element
 * draws no <svg>.
 */
export async function withDetachedSvg<T>(
  chart: ReactElement,
  action: (svg: SVGSVGElement) => T | Promise<T>,
): Promise<T> {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() => root.render(chart));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the chart drew no svg to export');
    return await action(svg);
  } finally {
    root.unmount();
  }
}
