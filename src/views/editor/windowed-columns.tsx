import type { ReactNode } from 'react';
import { columnSpans } from './use-column-window';

/**
 * A row's cells for the columns drawn (`spans`, from useColumnWindow), with one blank cell, hidden from
 * screen readers, standing in for each run of columns not drawn (the colgroup gives every column its width).
 */
export function windowed(
  spans: string,
  cols: number,
  cell: (c: number) => ReactNode,
  Gap: 'td' | 'th' = 'td',
): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  const gap = (to: number) => {
    if (to > at) out.push(<Gap key={`gap-${at}`} className="grid-gap-cell" colSpan={to - at} aria-hidden="true" />);
  };
  for (const [from, to] of columnSpans(spans)) {
    gap(from);
    for (let c = from; c < to; c++) out.push(cell(c));
    at = to;
  }
  gap(cols);
  return out;
}
