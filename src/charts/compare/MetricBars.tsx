import { useId, useMemo, type Ref } from 'react';
import { layoutMetricBars, type MetricBarsInput, type MetricBarsSize } from './metric-bars-layout';
import { LIGHT } from '../chart-theme';
import { CompareChartSvg } from './svg-parts';

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
  return (
    <CompareChartSvg
      svgRef={svgRef}
      className="metric-bars"
      titleId={titleId}
      title={title}
      width={layout.width}
      bodyHeight={layout.height}
      fontSize={layout.fontSize}
      untitled={size?.untitled}
    >
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
    </CompareChartSvg>
  );
}
