import type { ReactNode } from 'react';
import { LIGHT, type CellBox, type TitleFrame } from './chart-theme';
import type { RampFrame } from './ramp-legend';
import './chart-theme.css';

/** The gradient a ramp is filled with; put it in the chart's <defs>. */
export function RampGradient({
  id,
  ramp,
}: {
  /** Unique id in the page. */ readonly id: string;
  /** The ramp whose stops it holds. */ readonly ramp: RampFrame;
}) {
  return (
    <linearGradient id={id}>
      {ramp.stops.map((s) => (
        <stop key={s.offset} offset={s.offset} stopColor={s.color} />
      ))}
    </linearGradient>
  );
}

export interface RampLegendProps {
  /** Where the ramp, its caption and its ticks go. */
  readonly ramp: RampFrame;
  /** Drawn above the ramp, in bold. */
  readonly caption: ReactNode;
  /** The id of its RampGradient; without it only the caption is drawn (a chart in bracket mode). */
  readonly gradientId?: string;
  /** Tick colour (the labels take the enclosing group's fill). */
  readonly ink: string;
}

/** A legend's caption, colour ramp and ticks, the same in every chart. */
export function RampLegend({ ramp, caption, gradientId, ink }: RampLegendProps) {
  return (
    <>
      <text x={ramp.x} y={ramp.captionY} fontWeight={600}>
        {caption}
      </text>
      {gradientId && (
        <>
          <rect
            x={ramp.x}
            y={ramp.y}
            width={ramp.rampWidth}
            height={ramp.rampHeight}
            fill={`url(#${gradientId})`}
            stroke={LIGHT.outline}
            strokeWidth={0.5}
          />
          {ramp.ticks.map((t) => (
            <g key={t.label}>
              <line x1={t.x} x2={t.x} y1={ramp.tickTop} y2={ramp.tickBottom} stroke={ink} />
              <text x={t.x} y={ramp.tickLabelY} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
        </>
      )}
    </>
  );
}

/** The hatch that marks unknown cells, in every chart. */
export function HatchPattern({ id }: { /** Unique id in the page. */ readonly id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
      <rect width="8" height="8" fill={LIGHT.unknownFill} />
      <line x1="0" y1="0" x2="0" y2="8" stroke={LIGHT.outline} strokeWidth="3" />
    </pattern>
  );
}

/** The chart's title, at the place placeTitle gives it; its id names the chart for assistive technology. */
export function ChartTitle({
  id,
  frame,
  fill,
  children,
}: {
  readonly id: string;
  readonly frame: TitleFrame;
  readonly fill: string;
  readonly children: ReactNode;
}) {
  return (
    <text id={id} x={frame.x} y={frame.y} fontSize={frame.fontSize} fontWeight={700} fill={fill}>
      {children}
    </text>
  );
}

/** A cell's number, centred in its box and bold; hidden from screen readers (the cell's label says it). */
export function CellNumber({
  box,
  fill,
  fontSize,
  children,
}: {
  /** The cell's box; y is the cell's top in the coordinates it is drawn in. */
  readonly box: CellBox;
  readonly fill: string;
  /** Inherited from the chart when absent. */
  readonly fontSize?: number;
  readonly children: string;
}) {
  return (
    <text
      x={box.x + box.width / 2}
      y={box.y + box.height / 2}
      dy="0.35em"
      textAnchor="middle"
      fontWeight={700}
      fontSize={fontSize}
      fill={fill}
      aria-hidden="true"
    >
      {children}
    </text>
  );
}
