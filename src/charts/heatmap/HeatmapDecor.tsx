import { memo } from 'react';
import { LIGHT } from '../chart-theme';
import { HatchPattern, RampGradient, RampLegend } from '../ChartParts';
import type { HeatmapFrame, HeatmapKey, MarginalBar, HeatmapText } from './heatmap-types';

/** The ids of the hatch and the ramp's gradient in one chart. */
export function heatmapIds(uid: string) {
  return { title: `hm-title-${uid}`, hatch: `hm-hatch-${uid}`, ramp: `hm-ramp-${uid}` };
}

/** The hatch of unknown cells and the legend's gradient. */
export function HeatmapDefs({ uid, frame }: { readonly uid: string; readonly frame: HeatmapFrame }) {
  const ids = heatmapIds(uid);
  return (
    <defs>
      <HatchPattern id={ids.hatch} />
      <RampGradient id={ids.ramp} ramp={frame.legend} />
    </defs>
  );
}

/** The marginal bars with their values: right of the rows, under the columns. Kept while only colours change. */
export const Marginals = memo(function Marginals({
  rowBars,
  columnBars,
  fontSize,
  foreground,
}: {
  readonly rowBars: readonly MarginalBar[];
  readonly columnBars: readonly MarginalBar[];
  readonly fontSize: number;
  readonly foreground: string;
}) {
  if (rowBars.length === 0 && columnBars.length === 0) return null;
  return (
    <g className="heatmap-marginals" aria-hidden="true" fontSize={fontSize} fill={foreground}>
      {rowBars.map((b, i) => (
        <Bar key={`r${i}`} bar={b} label={{ dy: '0.35em' }} />
      ))}
      {columnBars.map((b, i) => (
        <Bar key={`c${i}`} bar={b} label={{ textAnchor: 'middle' }} />
      ))}
    </g>
  );
});

/** The ramp (or bracket swatches), the blank and unknown keys, and the captions under them. */
export function HeatmapLegend({
  frame,
  uid,
  text,
}: {
  readonly frame: HeatmapFrame;
  readonly uid: string;
  readonly text: HeatmapText;
}) {
  const { legend } = frame;
  const ids = heatmapIds(uid);
  const continuous = legend.mode === 'continuous';
  return (
    <g className="heatmap-legend" fill={frame.foreground} fontSize={legend.fontSize}>
      <RampLegend
        ramp={legend}
        caption={
          <>
            {text.scaleCaption} · {text.paletteName ?? legend.paletteName}
          </>
        }
        {...(continuous ? { gradientId: ids.ramp } : {})}
        ink={frame.foreground}
      />
      {!continuous &&
        legend.swatches.map((s) => (
          <g key={s.label}>
            <rect
              x={s.x}
              y={legend.y}
              width={s.width}
              height={legend.rampHeight}
              fill={s.color}
              stroke={LIGHT.outline}
              strokeWidth={0.5}
            />
            <text x={s.labelX} y={legend.tickLabelY} textAnchor="middle">
              {s.label}
            </text>
          </g>
        ))}
      <Key k={legend.blankKey} fill={legend.blankKey.fill} label={text.blank} />
      <Key k={legend.unknownKey} fill={`url(#${ids.hatch})`} label={<>? = {text.unknown}</>} />
      {frame.captions.map((c, i) => (
        <text key={i} x={c.x} y={c.y} fontSize={frame.smallFontSize}>
          {c.text}
        </text>
      ))}
    </g>
  );
}

function Key({ k, fill, label }: { readonly k: HeatmapKey; readonly fill: string; readonly label: React.ReactNode }) {
  return (
    <>
      <rect x={k.x} y={k.y} width={k.width} height={k.height} fill={fill} stroke={LIGHT.outline} strokeWidth={0.5} />
      <text x={k.textX} y={k.textY}>
        {label}
      </text>
    </>
  );
}

/** A marginal bar and its value: beside a row's bar (centred on it), under a column's. */
function Bar({
  bar: b,
  label,
}: {
  readonly bar: MarginalBar;
  readonly label: { readonly dy?: string; readonly textAnchor?: 'middle' };
}) {
  return (
    <g>
      <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={LIGHT.outline} />
      <text x={b.textX} y={b.textY} {...label}>
        {b.text}
      </text>
    </g>
  );
}
