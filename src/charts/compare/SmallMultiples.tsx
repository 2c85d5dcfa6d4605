import { useId, useMemo, useRef, type RefObject } from 'react';
import type { AlignedScore } from '../../domain/compare';
import { useVisibleRegion } from '../use-visible-region';
import { itemsInRegion } from '../visible-region';
import type { GridFrameOptions } from './grid-frame';
import { layoutSmallMultiples, type SmallMultiplesInput } from './small-multiples-layout';
import { CellRect, GridLabels, HatchPattern, INK, LegendSwatches, RowLabels, SVG_FONT } from './svg-parts';

export interface SmallMultiplesProps {
  /** Countries aligned on one grid. */
  readonly data: SmallMultiplesInput;
  /** Drawn above the panels; also the chart's accessible name. */
  readonly title: string;
  /** Accessible description of one cell, e.g. "Japan: A Strategic management, NCSC: 10 of 10". */
  readonly describeCell: (panel: string, row: string, column: string, value: AlignedScore) => string;
  /** Sizes; defaults suit a projector. */
  readonly options?: GridFrameOptions;
  /** The <svg> element, for exporting it as a file. */
  readonly svgRef?: RefObject<SVGSVGElement | null>;
  /**
   * Draw only the cells on screen (and a margin around them) once there are more than
   * WINDOWED_MIN_CELLS: 20 countries × 64 × 20 are 25,600 cells, which take half a second to
   * draw whole. The export of a windowed chart must render it again with windowed off.
   */
  readonly windowed?: boolean;
}

// A windowed chart is drawn at full size and scrolls sideways (fitted to the column, 20 countries
// drew 4 px cells nobody could read), with its row labels kept in view on the left.

/** Below this many cells a chart is always drawn whole (three countries of 64 × 20 are 3,840). */
export const WINDOWED_MIN_CELLS = 6000;


const TITLE_HEIGHT = 34;

/** Heatmaps of several countries side by side, aligned row by row and column by column, on one scale. */
export function SmallMultiples({ data, title, describeCell, options, svgRef, windowed = false }: SmallMultiplesProps) {
  const layout = useMemo(() => layoutSmallMultiples(data, options), [data, options]);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `sm-title-${uid}`;
  const hatchId = `sm-hatch-${uid}`;
  const rampId = `sm-ramp-${uid}`;
  const titleHeight = TITLE_HEIGHT;
  const { frame, legend } = layout;
  const fs = frame.fontSize;
  const height = layout.height + titleHeight;
  const own = useRef<SVGSVGElement | null>(null);
  const ref = svgRef ?? own;
  const isWindowed = windowed && layout.cells.length > WINDOWED_MIN_CELLS;
  const region = useVisibleRegion(ref, isWindowed, layout.width, height, 1);
  // The cells sit below the title: the region is in the svg's coordinates.
  const cells = useMemo(
    () => (region === 'all' ? layout.cells : itemsInRegion(layout.cells, { ...region, top: region.top - titleHeight, bottom: region.bottom - titleHeight })),
    [layout, region, titleHeight],
  );
  const chart = (
    <svg ref={ref} xmlns="http://www.w3.org/2000/svg" className="compare-chart small-multiples" role="group" aria-labelledby={titleId} width={layout.width} height={height} viewBox={`0 0 ${layout.width} ${height}`} fontFamily={SVG_FONT} fontSize={fs}>
      <defs>
        <HatchPattern id={hatchId} />
        <linearGradient id={rampId}>
          {legend.stops.map((s) => (
            <stop key={s.offset} offset={s.offset} stopColor={s.color} />
          ))}
        </linearGradient>
      </defs>
      <rect width={layout.width} height={height} fill="#ffffff" />
      <text id={titleId} x={12} y={24} fontSize={fs * 1.35} fontWeight={700} fill={INK}>
        {title}
      </text>
      <g transform={`translate(0 ${titleHeight})`}>
        <g className="panel-titles" fill={INK} fontWeight={700} fontSize={fs * 1.15} aria-hidden="true">
          {layout.panelTitles.map((t) => (
            <text key={t.key} x={t.x} y={t.y}>
              {t.title}
            </text>
          ))}
        </g>
        <GridLabels frame={frame} />
        <g className="cells">
          {cells.map((c) => {
            const panel = layout.panelTitles[c.panel]!.title;
            const label = describeCell(panel, frame.rowLabels[c.row]!.full, frame.panels[c.panel]!.columnLabels[c.col]!.full, c.value);
            return (
              <g key={`${c.panel}-${c.row}-${c.col}`} role="img" aria-label={label} data-kind={c.kind} data-panel={c.panel}>
                <CellRect x={c.x} y={c.y} width={c.width} height={c.height} kind={c.kind} fill={c.fill} hatchId={hatchId} />
                {c.text && (
                  <text x={c.x + c.width / 2} y={c.y + c.height / 2} dy="0.35em" textAnchor="middle" fontWeight={700} fill={c.textColor} aria-hidden="true">
                    {c.text}
                  </text>
                )}
              </g>
            );
          })}
        </g>
        <g className="legend" fill={INK} fontSize={fs * 0.95}>
          <text x={legend.x} y={legend.y - 8} fontWeight={600}>
            {legend.caption}
          </text>
          <rect x={legend.x} y={legend.y} width={legend.rampWidth} height={legend.rampHeight} fill={`url(#${rampId})`} stroke="#6b7280" strokeWidth={0.5} />
          {legend.ticks.map((t) => (
            <g key={t.label}>
              <line x1={t.x} x2={t.x} y1={legend.y + legend.rampHeight} y2={legend.y + legend.rampHeight + 5} stroke={INK} />
              <text x={t.x} y={legend.y + legend.rampHeight + 20} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
          <LegendSwatches swatches={legend.swatches} y={legend.y} height={legend.rampHeight} hatchId={hatchId} fontSize={fs * 0.95} />
        </g>
      </g>
    </svg>
  );
  if (!isWindowed) return chart;
  // The labels' strip ends where the first panel begins; it stays at the left edge as the chart scrolls.
  const labelsWidth = frame.panels[0]!.x - 6;
  return (
    <div className="sm-windowed">
      <div className="sm-sticky-labels" aria-hidden="true">
        <svg width={labelsWidth} height={height} viewBox={`0 0 ${labelsWidth} ${height}`} fontFamily={SVG_FONT} fontSize={fs}>
          <rect y={titleHeight} width={labelsWidth} height={frame.gridY + frame.gridHeight + 4} fill="#ffffff" />
          <g transform={`translate(0 ${titleHeight})`}>
            <RowLabels frame={frame} />
          </g>
        </svg>
      </div>
      {chart}
    </div>
  );
}
