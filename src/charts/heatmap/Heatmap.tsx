import { memo, useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { layoutHeatmap, type HeatmapCell, type HeatmapInput, type HeatmapLabel, type HeatmapLayout, type HeatmapOptions } from './heatmap-layout';
import { HEATMAP_TEXT_EN, type HeatmapText } from './heatmap-text';

export { HEATMAP_TEXT_EN, type HeatmapText } from './heatmap-text';

export interface HeatmapProps {
  /** Rows, columns, scores and colouring. */
  readonly data: HeatmapInput;
  /** Title drawn above the grid and used as the chart's accessible name. */
  readonly title: string;
  /** Sizes; defaults suit a projector. */
  readonly options?: HeatmapOptions;
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
 * and score. All geometry comes from layoutHeatmap.
 */
export function Heatmap({ data, title, options, text = HEATMAP_TEXT_EN, tooltip, onToggleRow, svgRef }: HeatmapProps) {
  const layout = useMemo(() => layoutHeatmap({ ...data, legendBlankLabel: text.blank }, options), [data, options, text.blank]);
  const uid = useId().replace(/:/g, '');
  const wrapRef = useRef<HTMLDivElement>(null);
  const [shownTip, setTip] = useState<Tip | null>(null);
  // New data (another country, a sort) moves the cells: a tooltip left from before would point at nothing.
  const tip = shownTip?.forData === data ? shownTip : null;
  const titleHeight = 34;
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
  }, [data]);

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
    if ((e.key === 'Enter' || e.key === ' ') && c < 0 && layout.rowLabels[r]?.expandable) {
      e.preventDefault();
      onToggleRow?.(layout.rowLabels[r].key);
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
        aria-labelledby={`hm-title-${uid}`}
        aria-rowcount={nRows + 1}
        aria-colcount={nCols + 1}
        width={layout.width}
        height={layout.height + titleHeight}
        viewBox={`0 0 ${layout.width} ${layout.height + titleHeight}`}
        fontFamily="system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans CJK JP', 'Yu Gothic', Meiryo, sans-serif"
        fontSize={layout.fontSize}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={() => setTip(null)}
        onPointerOver={onPointerOver}
      >
        <HeatmapDefs uid={uid} layout={layout} />
        <rect width="100%" height="100%" fill={layout.background} />
        <text id={`hm-title-${uid}`} x={12} y={24} fontSize={layout.fontSize * 1.35} fontWeight={700} fill={layout.foreground}>
          {title}
        </text>
        <g transform={`translate(0 ${titleHeight})`}>
          <g role="row" aria-rowindex={1}>
            {layout.columnLabels.map((l, i) => (
              <text
                key={l.key}
                role="columnheader"
                aria-colindex={i + 2}
                aria-label={l.full}
                x={l.x}
                y={l.y}
                fontWeight={600}
                textAnchor={layout.columnLabelAngle === 0 ? 'middle' : 'start'}
                transform={layout.columnLabelAngle === 0 ? undefined : `rotate(${layout.columnLabelAngle} ${l.x} ${l.y})`}
                fill={layout.foreground}
              >
                <title>{l.full}</title>
                {l.lines.map((line, j) => (
                  <tspan key={j} x={l.x} dy={j === 0 ? 0 : layout.lineHeight} aria-hidden="true">
                    {line}
                  </tspan>
                ))}
              </text>
            ))}
          </g>
          <CellRows layout={layout} uid={uid} text={text} onToggleRow={onToggleRow} />
          <Marginals layout={layout} />
          <Legend layout={layout} uid={uid} text={text} />
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

function HeatmapDefs({ uid, layout }: { uid: string; layout: HeatmapLayout }) {
  return (
    <defs>
      <pattern id={`hm-hatch-${uid}`} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
        <rect width="8" height="8" fill={layout.unknownFill} />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#6b7280" strokeWidth="3" />
      </pattern>
      <linearGradient id={`hm-ramp-${uid}`}>
        {layout.legend.stops.map((s) => (
          <stop key={s.offset} offset={s.offset} stopColor={s.color} />
        ))}
      </linearGradient>
    </defs>
  );
}

interface CellRowsProps {
  readonly layout: HeatmapLayout;
  readonly uid: string;
  readonly text: HeatmapText;
  readonly onToggleRow: ((key: string) => void) | undefined;
}

/**
 * The grid's rows. Each is placed by a transform and the DOM keeps them in the data's own order,
 * so re-sorting changes three attributes per row instead of moving or redrawing 2,560 cells. The
 * visual order is carried by aria-rowindex and data-rowindex, which keyboard movement follows;
 * unsorted, DOM and visual order are the same.
 */
const CellRows = memo(function CellRows({ layout, uid, text, onToggleRow }: CellRowsProps) {
  const byRow: HeatmapCell[][] = layout.rowLabels.map(() => []);
  for (const c of layout.cells) byRow[c.row]!.push(c);
  const domOrder = layout.rowLabels.map((l, r) => [l, r] as const).sort((a, b) => a[0].sourceIndex - b[0].sourceIndex);
  return (
    <g className="heatmap-rows">
      {domOrder.map(([l, r]) => (
        <g key={l.key} role="row" aria-rowindex={r + 2} data-rowindex={r} transform={`translate(0 ${l.top})`}>
          <CellRow label={l} cells={byRow[r]!} first={r === 0} uid={uid} text={text} onToggleRow={onToggleRow} gridX={layout.gridX} rowIdX={layout.rowIdX} fontSize={layout.fontSize} lineHeight={layout.lineHeight} foreground={layout.foreground} columnNames={layout.columnLabels} />
        </g>
      ))}
    </g>
  );
});

interface CellRowProps {
  readonly label: HeatmapLabel;
  readonly cells: readonly HeatmapCell[];
  /** The first row holds the grid's initial tab stop. */
  readonly first: boolean;
  readonly uid: string;
  readonly text: HeatmapText;
  readonly onToggleRow: ((key: string) => void) | undefined;
  readonly gridX: number;
  readonly rowIdX: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly foreground: string;
  readonly columnNames: readonly HeatmapLabel[];
}

/** One row's header and cells, drawn relative to the row's top. */
const CellRow = memo(function CellRow({ label: l, cells, first, uid, text, onToggleRow, gridX, rowIdX, fontSize, lineHeight, foreground, columnNames }: CellRowProps) {
  const dy = l.y - l.top;
  return (
    <>
      <g
        role="rowheader"
        data-rowheader=""
        tabIndex={-1}
        aria-label={l.full}
        {...(l.expandable ? { 'aria-expanded': l.expanded, onClick: () => onToggleRow?.(l.key), style: { cursor: 'pointer' } } : {})}
        className="heatmap-rowheader"
      >
        <title>{l.full}</title>
        <rect x={0} y={0} width={gridX - 4} height={l.height} fill="transparent" className="focus-ring" />
        {l.expandable && (
          <text x={12} y={dy} fill={foreground} aria-hidden="true">
            {l.expanded ? '▾' : '▸'}
          </text>
        )}
        {l.id && (
          <text x={rowIdX + (l.depth ? 18 : 0)} y={dy} fontWeight={l.depth ? 400 : 700} fill={foreground} aria-hidden="true">
            {l.id}
          </text>
        )}
        <text x={l.x} y={dy} fill={foreground} aria-hidden="true">
          {l.lines.map((line, i) => (
            <tspan key={i} x={l.x} dy={i === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
      {cells.map((c) => {
        const value = c.kind === 'unknown' ? text.unknown : c.kind === 'blank' ? text.blank : text.outOf10(String(c.score));
        return (
          <g
            key={c.col}
            role="gridcell"
            tabIndex={first && c.col === 0 ? 0 : -1}
            aria-label={text.describeCell(l.full, columnNames[c.col]!.full, value)}
            data-col={c.col}
            data-score={c.score === null ? '' : String(c.score)}
            className="heatmap-cell"
            opacity={c.faded ? 0.22 : 1}
          >
            <rect x={c.x} y={0} width={c.width} height={c.height} rx={3} fill={c.kind === 'unknown' ? `url(#hm-hatch-${uid})` : c.fill} />
            {c.text && (
              <text x={c.x + c.width / 2} y={c.height / 2} dy="0.35em" textAnchor="middle" fontWeight={700} fontSize={fontSize * 1.1} fill={c.textColor} aria-hidden="true">
                {c.text}
              </text>
            )}
          </g>
        );
      })}
    </>
  );
}, sameRow);

/** Rows are equal when everything drawn inside them is, whatever their position in the grid. */
function sameRow(a: CellRowProps, b: CellRowProps): boolean {
  if (a.uid !== b.uid || a.text !== b.text || a.onToggleRow !== b.onToggleRow || a.first !== b.first) return false;
  if (a.gridX !== b.gridX || a.rowIdX !== b.rowIdX || a.fontSize !== b.fontSize || a.lineHeight !== b.lineHeight || a.foreground !== b.foreground) return false;
  const la = a.label;
  const lb = b.label;
  if (la.key !== lb.key || la.full !== lb.full || la.x !== lb.x || la.y - la.top !== lb.y - lb.top || la.height !== lb.height || la.expanded !== lb.expanded || la.lines.join('\n') !== lb.lines.join('\n')) return false;
  if (a.columnNames.length !== b.columnNames.length || a.columnNames.some((c, i) => c.full !== b.columnNames[i]!.full)) return false;
  if (a.cells.length !== b.cells.length) return false;
  for (let i = 0; i < a.cells.length; i++) {
    const p = a.cells[i]!;
    const q = b.cells[i]!;
    if (p.x !== q.x || p.width !== q.width || p.height !== q.height || p.fill !== q.fill || p.text !== q.text || p.textColor !== q.textColor || p.faded !== q.faded || p.score !== q.score) return false;
  }
  return true;
}

function Marginals({ layout }: { layout: HeatmapLayout }) {
  if (layout.rowBars.length === 0 && layout.columnBars.length === 0) return null;
  return (
    <g className="heatmap-marginals" aria-hidden="true" fontSize={layout.fontSize * 0.85} fill={layout.foreground}>
      {layout.rowBars.map((b, i) => (
        <g key={`r${i}`}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} fill="#6b7280" />
          <text x={b.textX} y={b.textY} dy="0.35em">
            {b.text}
          </text>
        </g>
      ))}
      {layout.columnBars.map((b, i) => (
        <g key={`c${i}`}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} fill="#6b7280" />
          <text x={b.textX} y={b.textY} textAnchor="middle">
            {b.text}
          </text>
        </g>
      ))}
    </g>
  );
}

function Legend({ layout, uid, text }: { layout: HeatmapLayout; uid: string; text: HeatmapText }) {
  const { legend } = layout;
  return (
    <g className="heatmap-legend" fill={layout.foreground} fontSize={layout.fontSize * 0.9}>
      <text x={legend.x} y={legend.y - 8} fontWeight={600}>
        {text.scaleCaption} · {text.paletteName ?? legend.paletteName}
      </text>
      {legend.mode === 'continuous' ? (
        <>
          <rect x={legend.x} y={legend.y} width={legend.rampWidth} height={legend.rampHeight} fill={`url(#hm-ramp-${uid})`} stroke="#6b7280" strokeWidth={0.5} />
          {legend.ticks.map((t) => (
            <g key={t.label}>
              <line x1={t.x} x2={t.x} y1={legend.y + legend.rampHeight} y2={legend.y + legend.rampHeight + 5} stroke={layout.foreground} />
              <text x={t.x} y={legend.y + legend.rampHeight + 20} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
        </>
      ) : (
        legend.swatches.map((s) => (
          <g key={s.label}>
            <rect x={s.x} y={legend.y} width={s.width - 2} height={legend.rampHeight} fill={s.color} stroke="#6b7280" strokeWidth={0.5} />
            <text x={s.x + (s.width - 2) / 2} y={legend.y + legend.rampHeight + 20} textAnchor="middle">
              {s.label}
            </text>
          </g>
        ))
      )}
      <rect x={legend.blankSwatch.x} y={legend.y} width={22} height={legend.rampHeight} fill={legend.blankSwatch.fill} stroke="#6b7280" strokeWidth={0.5} />
      <text x={legend.blankSwatch.x + 28} y={legend.y + 14}>
        {text.blank}
      </text>
      <rect x={legend.unknownSwatch.x} y={legend.y} width={22} height={legend.rampHeight} fill={`url(#hm-hatch-${uid})`} stroke="#6b7280" strokeWidth={0.5} />
      <text x={legend.unknownSwatch.x + 28} y={legend.y + 14}>
        ? = {text.unknown}
      </text>
      {layout.captions.map((c, i) => (
        <text key={i} x={12} y={c.y} fontSize={layout.fontSize * 0.85}>
          {c.text}
        </text>
      ))}
    </g>
  );
}
