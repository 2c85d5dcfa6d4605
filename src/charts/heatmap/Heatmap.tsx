import { useId, useMemo } from 'react';
import { layoutHeatmap, type HeatmapInput, type HeatmapOptions } from './heatmap-layout';

/** Words the chart draws, so the caller can translate them. */
export interface HeatmapText {
  readonly scaleCaption: string;
  readonly blank: string;
  readonly unknown: string;
  /** Accessible description of one cell, e.g. "D-2 Incident handling, National CSIRTs: 9 of 10". */
  readonly describeCell: (row: string, column: string, value: string) => string;
}

export const HEATMAP_TEXT_EN: HeatmapText = {
  scaleCaption: 'Score 0–10 (10 = leads)',
  blank: 'blank = not involved',
  unknown: 'unknown',
  describeCell: (row, column, value) => `${row}, ${column}: ${value}`,
};

export interface HeatmapProps {
  /** Rows, columns and scores to draw. */
  readonly data: HeatmapInput;
  /** Title drawn above the grid and used as the chart's accessible name. */
  readonly title: string;
  /** Sizes; defaults suit a projector. */
  readonly options?: HeatmapOptions;
  /** Translated words; English by default. */
  readonly text?: HeatmapText;
}

/** A heatmap of scores drawn as SVG; all geometry comes from layoutHeatmap. */
export function Heatmap({ data, title, options, text = HEATMAP_TEXT_EN }: HeatmapProps) {
  const layout = useMemo(() => layoutHeatmap(data, options), [data, options]);
  const uid = useId().replace(/:/g, '');
  const titleId = `hm-title-${uid}`;
  const hatchId = `hm-hatch-${uid}`;
  const rampId = `hm-ramp-${uid}`;
  const titleHeight = 34;
  const { fontSize, lineHeight, legend } = layout;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="heatmap"
      role="group"
      aria-labelledby={titleId}
      width={layout.width}
      height={layout.height + titleHeight}
      viewBox={`0 0 ${layout.width} ${layout.height + titleHeight}`}
      fontFamily="var(--font-sans, system-ui, sans-serif)"
      fontSize={fontSize}
    >
      <defs>
        <pattern id={hatchId} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#e5e7eb" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#6b7280" strokeWidth="3" />
        </pattern>
        <linearGradient id={rampId}>
          {legend.stops.map((s) => (
            <stop key={s.offset} offset={s.offset} stopColor={s.color} />
          ))}
        </linearGradient>
      </defs>
      <text id={titleId} x={12} y={24} fontSize={fontSize * 1.35} fontWeight={700} fill="currentColor">
        {title}
      </text>
      <g transform={`translate(0 ${titleHeight})`}>
        <g className="heatmap-col-labels" textAnchor="middle" fill="currentColor" aria-hidden="true">
          {layout.columnLabels.map((l) => (
            <text key={l.key} x={l.x} y={l.y} fontWeight={600}>
              <title>{l.full}</title>
              {l.lines.map((line, i) => (
                <tspan key={i} x={l.x} dy={i === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </g>
        <g className="heatmap-row-labels" fill="currentColor" aria-hidden="true">
          {layout.rowLabels.map((l) => (
            <g key={l.key}>
              <title>{l.full}</title>
              {l.id && (
                <text x={layout.rowIdX} y={l.y} fontWeight={700}>
                  {l.id}
                </text>
              )}
              <text x={l.x} y={l.y}>
                {l.lines.map((line, i) => (
                  <tspan key={i} x={l.x} dy={i === 0 ? 0 : lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
        </g>
        <g className="heatmap-cells">
          {layout.cells.map((c) => {
            const row = layout.rowLabels[c.row]!.full;
            const col = layout.columnLabels[c.col]!.full;
            const value = c.kind === 'unknown' ? text.unknown : c.kind === 'blank' ? text.blank : `${String(c.score)} of 10`;
            return (
              <g key={`${c.row}-${c.col}`} role="img" aria-label={text.describeCell(row, col, value)} data-row={c.row} data-col={c.col} data-score={c.score === null ? '' : String(c.score)}>
                <rect x={c.x} y={c.y} width={c.width} height={c.height} rx={3} fill={c.kind === 'unknown' ? `url(#${hatchId})` : c.fill} />
                {c.text && (
                  <text x={c.x + c.width / 2} y={c.y + c.height / 2} dy="0.35em" textAnchor="middle" fontWeight={700} fontSize={fontSize * 1.1} fill={c.textColor} aria-hidden="true">
                    {c.text}
                  </text>
                )}
              </g>
            );
          })}
        </g>
        <g className="heatmap-legend" fill="currentColor" fontSize={fontSize * 0.9}>
          <text x={legend.x} y={legend.y - 6} fontWeight={600}>
            {text.scaleCaption} · {legend.paletteName}
          </text>
          <rect x={legend.x} y={legend.y} width={legend.rampWidth} height={legend.rampHeight} fill={`url(#${rampId})`} stroke="#6b7280" strokeWidth={0.5} />
          {legend.ticks.map((t) => (
            <g key={t.label}>
              <line x1={t.x} x2={t.x} y1={legend.y + legend.rampHeight} y2={legend.y + legend.rampHeight + 5} stroke="currentColor" />
              <text x={t.x} y={legend.y + legend.rampHeight + 20} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
          <rect x={legend.blankSwatch.x} y={legend.y} width={22} height={legend.rampHeight} fill={legend.blankSwatch.fill} stroke="#6b7280" strokeWidth={0.5} />
          <text x={legend.blankSwatch.x + 28} y={legend.y + 14}>
            {text.blank}
          </text>
          <rect x={legend.unknownSwatch.x} y={legend.y} width={22} height={legend.rampHeight} fill={`url(#${hatchId})`} stroke="#6b7280" strokeWidth={0.5} />
          <text x={legend.unknownSwatch.x + 28} y={legend.y + 14}>
            ? = {text.unknown}
          </text>
        </g>
      </g>
    </svg>
  );
}
