import { useId, useMemo, type Ref } from 'react';
import type { DiffCell } from '../../domain/compare';
import { layoutDifference, type DifferenceInput } from './difference-layout';
import type { GridFrameOptions } from './grid-frame';
import { CellRect, GridLabels, HatchPattern, INK, LegendSwatches, SVG_FONT } from './svg-parts';

export interface DifferenceHeatmapProps {
  /** A − B on the aligned grid, with the legend's words. */
  readonly data: DifferenceInput;
  /** Drawn above the grid; also the chart's accessible name. */
  readonly title: string;
  /** Accessible description of one cell, e.g. "D Incident response, NCSC: Japan 5, Singapore 10, difference −5". */
  readonly describeCell: (row: string, column: string, cell: DiffCell) => string;
  /** Sizes; defaults suit a projector. */
  readonly options?: GridFrameOptions;
  /** The <svg> element, for exporting it as a file. */
  readonly svgRef?: Ref<SVGSVGElement>;
}

/** A diverging heatmap of A − B; unknown and absent cells are marked, never coloured as a number. */
export function DifferenceHeatmap({ data, title, describeCell, options, svgRef }: DifferenceHeatmapProps) {
  const layout = useMemo(() => layoutDifference(data, options), [data, options]);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `df-title-${uid}`;
  const hatchId = `df-hatch-${uid}`;
  const rampId = `df-ramp-${uid}`;
  const titleHeight = 34;
  const { frame, legend } = layout;
  const fs = frame.fontSize;
  const height = layout.height + titleHeight;
  const panel = frame.panels[0]!;
  return (
    <svg ref={svgRef} xmlns="http://www.w3.org/2000/svg" className="compare-chart difference-heatmap" role="group" aria-labelledby={titleId} width={layout.width} height={height} viewBox={`0 0 ${layout.width} ${height}`} fontFamily={SVG_FONT} fontSize={fs}>
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
        <GridLabels frame={frame} />
        <g className="cells">
          {layout.cells.map((c) => (
            <g key={`${c.row}-${c.col}`} role="img" aria-label={describeCell(frame.rowLabels[c.row]!.full, panel.columnLabels[c.col]!.full, c.cell)} data-kind={c.kind} data-value={c.cell.kind === 'diff' ? String(c.cell.value) : ''}>
              <CellRect x={c.x} y={c.y} width={c.width} height={c.height} kind={c.kind} fill={c.fill} hatchId={hatchId} />
              {c.text && (
                <text x={c.x + c.width / 2} y={c.y + c.height / 2} dy="0.35em" textAnchor="middle" fontWeight={700} fontSize={fs * 1.1} fill={c.textColor} aria-hidden="true">
                  {c.text}
                </text>
              )}
            </g>
          ))}
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
          <text className="legend-b-higher" x={legend.bHigher.x} y={legend.y + legend.rampHeight + 42} fontWeight={700}>
            {legend.bHigher.text}
          </text>
          <text className="legend-a-higher" x={legend.aHigher.x} y={legend.y + legend.rampHeight + 42} fontWeight={700}>
            {legend.aHigher.text}
          </text>
          <LegendSwatches swatches={legend.swatches} y={legend.y} height={legend.rampHeight} hatchId={hatchId} fontSize={fs * 0.95} />
        </g>
      </g>
    </svg>
  );
}
