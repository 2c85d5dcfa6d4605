import { CHART_FONT } from '../chart-theme';
import type { HeatmapFrame } from './heatmap-types';

/**
 * A copy of the row labels that stays at the left edge while a wide heatmap scrolls sideways in its
 * region (phones). Hidden from assistive technology (the grid's own row headers name the rows) and
 * from the pointer (taps reach the grid beneath).
 */
export function HeatmapStickyLabels({ frame }: { readonly frame: HeatmapFrame }) {
  const width = frame.rowHeaderWidth;
  const top = frame.title.height;
  return (
    <div className="heatmap-sticky-labels" aria-hidden="true">
      <svg width={width} height={frame.height} fontFamily={CHART_FONT} fontSize={frame.fontSize}>
        {frame.rowLabels.map((l) => (
          <g key={l.key} transform={`translate(0 ${top + l.top})`}>
            <rect width={width} height={l.height} fill={frame.background} opacity={0.94} />
            {l.id && (
              <text x={l.idX} y={l.y - l.top} fontWeight={l.depth ? 400 : 700} fill={frame.foreground}>
                {l.id}
              </text>
            )}
            <text x={l.x} y={l.y - l.top} fill={frame.foreground}>
              {l.lines.map((line, i) => (
                <tspan key={i} x={l.x} dy={i === 0 ? 0 : frame.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
