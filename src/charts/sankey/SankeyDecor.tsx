import type { SankeyLayout } from './sankey-layout';
import type { SankeyLegendLayout } from './sankey-legend';

/** Colours of the figure's text and rules. */
export interface SankeyInk {
  readonly background: string;
  readonly foreground: string;
  readonly muted: string;
  readonly rule: string;
}

/** The title (its first text element carries titleId, the chart's accessible name). */
export function SankeyTitle({ layout, ink, titleId }: { layout: SankeyLayout; ink: SankeyInk; titleId: string }) {
  const t = layout.title;
  return (
    <text id={titleId} x={t.x} y={t.y} fontSize={t.fontSize} fontWeight={700} fill={ink.foreground}>
      {t.lines.map((line, i) => (
        <tspan key={i} x={t.x} dy={i === 0 ? 0 : t.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Column headings, legend (scale bar and swatches) and notes: everything that does not move. */
export function SankeyDecor({ layout, ink }: { layout: SankeyLayout; ink: SankeyInk }) {
  const { legend, notes } = layout;
  return (
    <g aria-hidden="true">
      <g className="sankey-headings" fontWeight={700} fill={ink.muted}>
        {layout.headings.map((h, i) => (
          <text key={i} x={h.x} y={h.y} textAnchor={h.anchor}>
            {h.label}
          </text>
        ))}
      </g>
      <SankeyLegendMarks legend={legend} fontSize={layout.fontSize * 0.9} ink={ink} />
      {notes.lines.length > 0 && (
        <text className="sankey-notes" x={notes.x} y={notes.y} fontSize={notes.fontSize} fill={ink.muted}>
          {notes.lines.map((line, i) => (
            <tspan key={i} x={notes.x} dy={i === 0 ? 0 : notes.lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}

/** The legend: the scale bar (none when the chart has no legend), each group's heading and its swatches. */
export function SankeyLegendMarks({
  legend,
  fontSize,
  ink,
}: {
  readonly legend: SankeyLegendLayout;
  readonly fontSize: number;
  readonly ink: SankeyInk;
}) {
  const bar = legend.scaleBar;
  return (
    <g className="sankey-legend" fontSize={fontSize} fill={ink.foreground}>
      {bar.label && (
        <>
          <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={ink.muted} />
          <text x={bar.labelX} y={bar.labelY}>
            {bar.label}
          </text>
        </>
      )}
      {legend.headings.map((h) => (
        <text key={h.label} x={h.x} y={h.y} fontWeight={700}>
          {h.label}
        </text>
      ))}
      {legend.items.map((item) => (
        <g key={`${item.group}:${item.key}`} data-legend={`${item.group}:${item.key}`}>
          <rect
            x={item.swatchX}
            y={item.swatchY}
            width={legend.swatch}
            height={legend.swatch}
            rx={2}
            fill={item.color}
          />
          <text x={item.x} y={item.y}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
