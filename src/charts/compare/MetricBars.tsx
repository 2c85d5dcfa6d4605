import { useId, useMemo, type Ref } from 'react';
import { layoutMetricBars, type MetricBarsInput, type MetricBarsSize } from './metric-bars-layout';
import { CHART_FONT, LIGHT, placeTitle } from '../chart-theme';
import { ChartTitle } from '../ChartParts';

const INK = LIGHT.ink;

export interface MetricBarsProps {
  /** Metrics × countries. */
  readonly data: MetricBarsInput;
  /** Drawn above the panels; also the chart's accessible name. */
  readonly title: string;
  /** Sizes. */
  readonly size?: MetricBarsSize;
  /** The <svg> element, for exporting it as a file. */
  readonly svgRef?: Ref<SVGSVGElement>;
}

/** One small bar chart per metric, one bar per country; an undefined value draws no bar. */
export function MetricBars({ data, title, size, svgRef }: MetricBarsProps) {
  const layout = useMemo(() => layoutMetricBars(data, size), [data, size]);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `mb-title-${uid}`;
  const fs = layout.fontSize;
  const titleFrame = placeTitle(fs);
  const titleHeight = titleFrame.height;
  const height = layout.height + titleHeight;
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      className="compare-chart metric-bars"
      role="group"
      aria-labelledby={titleId}
      width={layout.width}
      height={height}
      viewBox={`0 0 ${layout.width} ${height}`}
      fontFamily={CHART_FONT}
      fontSize={fs}
    >
      <rect width={layout.width} height={height} fill={LIGHT.background} />
      <ChartTitle id={titleId} frame={titleFrame} fill={INK}>
        {title}
      </ChartTitle>
      <g transform={`translate(0 ${titleHeight})`}>
        {layout.panels.map((p) => (
          <g key={p.key} role="group" aria-label={p.title} className="metric-panel" data-metric={p.key}>
            <text x={p.x} y={p.y + layout.lineHeight * 0.8} fontWeight={700} fill={INK} aria-hidden="true">
              {p.titleLines.map((line, i) => (
                <tspan key={i} x={p.x} dy={i === 0 ? 0 : layout.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
            {p.bars.map((b) => (
              <g key={b.series} role="img" aria-label={`${data.series[b.series]!.label}: ${b.text}`}>
                <text x={b.labelX} y={b.textY} dy="0.35em" fill={LIGHT.mutedText} aria-hidden="true">
                  {b.label}
                </text>
                {b.width > 0 && <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={b.color} />}
                <text x={b.textX} y={b.textY} dy="0.35em" fontWeight={700} fill={INK} aria-hidden="true">
                  {b.text}
                </text>
              </g>
            ))}
            <line
              x1={p.axisX}
              x2={p.axisX}
              y1={p.bars[0]?.y ?? p.y}
              y2={(p.bars.at(-1)?.y ?? p.y) + (p.bars.at(-1)?.height ?? 0)}
              stroke={INK}
            />
          </g>
        ))}
      </g>
    </svg>
  );
}
