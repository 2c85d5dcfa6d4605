import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { CHART_FONT } from '../chart-theme';
import { ChartTitle } from '../ChartParts';
import { layoutHeatmap } from './heatmap-layout';
import type { HeatmapInput, HeatmapSize } from './heatmap-types';
import { HeatmapDefs, heatmapIds, HeatmapLegend, Marginals } from './HeatmapDecor';
import { CellRows } from './HeatmapRows';
import { HEATMAP_TEXT_EN, type HeatmapText } from './heatmap-text';

export { HEATMAP_TEXT_EN, type HeatmapText } from './heatmap-text';

export interface HeatmapProps {
  /** Rows, columns, scores and colouring. */
  readonly data: HeatmapInput;
  /** Title drawn above the grid and used as the chart's accessible name. */
  readonly title: string;
  /** Sizes; defaults suit a projector. */
  readonly size?: HeatmapSize;
  /** Translated words; English by default. */
  readonly text?: HeatmapText;
  /** Tooltip content for a cell (row, column indices); none when absent. */
  readonly tooltip?: (row: number, col: number) => ReactNode;
  /** Called when an expandable row header is activated (click, Enter or Space). */
  readonly onToggleRow?: (key: string) => void;
  /** The <svg> element, for export. */
  readonly svgRef?: Ref<SVGSVGElement>;
}

/** Where the tooltip stands in the chart's box: under the cell (top) or over it (bottom). */
interface Tip {
  readonly row: number;
  readonly col: number;
  readonly left: number;
  readonly top?: number;
  readonly bottom?: number;
  /** The data the tooltip was opened on. */
  readonly forData: HeatmapInput;
}

/** Room a tooltip needs below its cell before it is shown above instead. */
const TIP_ROOM = 180;

/**
 * A heatmap drawn as SVG with ARIA grid semantics: Tab enters the grid, arrow keys move between
 * cells (Home/End, Ctrl+Home/End, Page Up/Down too), each cell is announced with its row, column
 * and score. All geometry comes from layoutHeatmap: this component only draws its frame.
 */
export function Heatmap({ data, title, size, text = HEATMAP_TEXT_EN, tooltip, onToggleRow, svgRef }: HeatmapProps) {
  const frame = useMemo(() => layoutHeatmap(data, size, { blank: text.blank }), [data, size, text.blank]);
  const uid = useId().replace(/:/g, '');
  const wrapRef = useRef<HTMLDivElement>(null);
  const [shownTip, setTip] = useState<Tip | null>(null);
  // New data (another country, a sort) moves the cells: a tooltip left from before would point at nothing.
  const tip = shownTip?.forData === data ? shownTip : null;
  const nCols = data.columns.length;
  const nRows = data.rows.length;

  const showTip = useCallback((el: Element, row: number, col: number) => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const a = el.getBoundingClientRect();
    const b = wrap.getBoundingClientRect();
    // Below the cell, or above it when the window has no room below (the tooltip is up to ~180 px tall).
    const above = a.bottom + TIP_ROOM > window.innerHeight && a.top > TIP_ROOM;
    setTip({ row, col, forData: data, left: a.left - b.left + a.width / 2, ...(above ? { bottom: b.bottom - a.top + 6 } : { top: a.bottom - b.top + 6 }) });
  }, [data, setTip]);

  /** Moves focus to cell (r, c); c = -1 is the row header. Tab stops stay on one element. */
  const focusCell = useCallback((r: number, c: number) => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const target = wrap.querySelector<SVGGElement>(`[data-rowindex="${r}"] > ${c < 0 ? '[data-rowheader]' : `[data-col="${c}"]`}`);
    if (!target) return;
    wrap.querySelectorAll('[tabindex="0"]').forEach((e) => e.setAttribute('tabindex', '-1'));
    target.setAttribute('tabindex', '0');
    target.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const el = (e.target as Element).closest('[data-col],[data-rowheader]');
    const rowEl = el?.closest('[data-rowindex]');
    if (!el || !rowEl) return;
    const r = Number(rowEl.getAttribute('data-rowindex'));
    const c = el.hasAttribute('data-rowheader') ? -1 : Number(el.getAttribute('data-col'));
    const moves: Record<string, [number, number]> = {
      ArrowRight: [r, Math.min(nCols - 1, c + 1)],
      ArrowLeft: [r, Math.max(-1, c - 1)],
      ArrowDown: [Math.min(nRows - 1, r + 1), c],
      ArrowUp: [Math.max(0, r - 1), c],
      PageDown: [Math.min(nRows - 1, r + 5), c],
      PageUp: [Math.max(0, r - 5), c],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [nRows - 1, nCols - 1] : [r, nCols - 1],
    };
    const to = moves[e.key];
    if (to) {
      e.preventDefault();
      focusCell(to[0], to[1]);
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && c < 0 && frame.rowLabels[r]?.expandable) {
      e.preventDefault();
      onToggleRow?.(frame.rowLabels[r].key);
    }
    if (e.key === 'Escape') setTip(null);
  };

  /** The cell an event happened in, with its row and column indices. */
  const cellOf = (target: EventTarget): [Element, number, number] | null => {
    const el = (target as Element).closest('[data-col]');
    const rowEl = el?.closest('[data-rowindex]');
    return el && rowEl ? [el, Number(rowEl.getAttribute('data-rowindex')), Number(el.getAttribute('data-col'))] : null;
  };
  const onFocus = (e: React.FocusEvent<SVGSVGElement>) => {
    const hit = cellOf(e.target);
    if (hit) showTip(...hit);
    else setTip(null);
  };
  const onPointerOver = (e: React.PointerEvent<SVGSVGElement>) => {
    const hit = cellOf(e.target);
    if (hit) showTip(...hit);
  };

  return (
    <div className="heatmap-wrap" ref={wrapRef} onPointerLeave={() => setTip(null)}>
      <svg
        ref={svgRef}
        xmlns="http://www.w3.org/2000/svg"
        className="heatmap"
        role="grid"
        aria-labelledby={heatmapIds(uid).title}
        aria-rowcount={nRows + 1}
        aria-colcount={nCols + 1}
        width={frame.width}
        height={frame.height}
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        fontFamily={CHART_FONT}
        fontSize={frame.fontSize}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={() => setTip(null)}
        onPointerOver={onPointerOver}
      >
        <HeatmapDefs uid={uid} frame={frame} />
        <rect width="100%" height="100%" fill={frame.background} />
        <ChartTitle id={heatmapIds(uid).title} frame={frame.title} fill={frame.foreground}>
          {title}
        </ChartTitle>
        <g transform={`translate(0 ${frame.title.height})`}>
          <g role="row" aria-rowindex={1}>
            {frame.columnLabels.map((l, i) => (
              <text
                key={l.key}
                role="columnheader"
                aria-colindex={i + 2}
                aria-label={l.full}
                x={l.x}
                y={l.y}
                fontWeight={600}
                textAnchor={frame.columnLabelAngle === 0 ? 'middle' : 'start'}
                transform={frame.columnLabelAngle === 0 ? undefined : `rotate(${frame.columnLabelAngle} ${l.x} ${l.y})`}
                fill={frame.foreground}
              >
                <title>{l.full}</title>
                {l.lines.map((line, j) => (
                  <tspan key={j} x={l.x} dy={j === 0 ? 0 : frame.lineHeight} aria-hidden="true">
                    {line}
                  </tspan>
                ))}
              </text>
            ))}
          </g>
          <CellRows frame={frame} uid={uid} text={text} onToggleRow={onToggleRow} />
          <Marginals frame={frame} />
          <HeatmapLegend frame={frame} uid={uid} text={text} />
        </g>
      </svg>
      {tip && tooltip && (
        <div className="heatmap-tooltip" role="tooltip" style={{ left: tip.left, top: tip.top, bottom: tip.bottom }}>
          {tooltip(tip.row, tip.col)}
        </div>
      )}
    </div>
  );
}
