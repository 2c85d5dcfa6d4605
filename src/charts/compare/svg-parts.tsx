import type { CSSProperties, ReactNode, Ref } from 'react';
import { CHART_FONT, LIGHT, placeTitle, type CellBox } from '../chart-theme';
import { ChartTitle, RampLegend } from '../ChartParts';
import { minReadableWidth, type GridFrame } from './grid-frame';
import type { CompareLegend, LegendSwatch } from './legend';

// The exported SVG files stand alone, so styles are literal (chart-theme.ts): no CSS variables, no currentColor.
const INK = LIGHT.ink;
const OUTLINE = LIGHT.outline;

/** The rectangle of a cell of any kind: unknown hatched, absent as a dashed outline with no fill. */
export function CellRect({
  x,
  y,
  width,
  height,
  kind,
  fill,
  hatchId,
}: CellBox & { readonly kind: string; readonly fill: string; readonly hatchId: string }) {
  if (kind === 'absent')
    return (
      <rect
        x={x + 1}
        y={y + 1}
        width={width - 2}
        height={height - 2}
        rx={3}
        fill="none"
        stroke={OUTLINE}
        strokeWidth={1.5}
        strokeDasharray="4 3"
      />
    );
  return (
    <rect x={x} y={y} width={width} height={height} rx={3} fill={kind === 'unknown' ? `url(#${hatchId})` : fill} />
  );
}

/** The legend keys for blank, unknown and absent cells. */
export function LegendSwatches({
  swatches,
  y,
  height,
  hatchId,
  fontSize,
}: {
  readonly swatches: readonly LegendSwatch[];
  readonly y: number;
  readonly height: number;
  readonly hatchId: string;
  readonly fontSize: number;
}) {
  return (
    <>
      {swatches.map((s) => (
        <g key={s.kind} className={`legend-${s.kind}`}>
          <CellRect
            x={s.x}
            y={s.y ?? y}
            width={22}
            height={height}
            kind={s.kind}
            fill={s.kind === 'blank' ? LIGHT.blankFill : 'none'}
            hatchId={hatchId}
          />
          {s.kind === 'blank' && (
            <rect
              x={s.x}
              y={s.y ?? y}
              width={22}
              height={height}
              rx={3}
              fill="none"
              stroke={OUTLINE}
              strokeWidth={0.5}
            />
          )}
          <text x={s.textX} y={(s.y ?? y) + height / 2} dy="0.35em" fontSize={fontSize} fill={INK}>
            {s.label}
          </text>
        </g>
      ))}
    </>
  );
}

/**
 * The column labels of every panel, then the row labels once on the left: level and wrapped when
 * the frame lays its columns out level, else slanted on one line; the whole name is in a <title>.
 */
export function GridLabels({ frame }: { /** The grid the labels belong to. */ readonly frame: GridFrame }) {
  const level = frame.columnLabelAngle === 0;
  return (
    <>
      <g
        className="column-labels"
        textAnchor={level ? 'middle' : undefined}
        fill={INK}
        fontWeight={600}
        aria-hidden="true"
      >
        {frame.panels.flatMap((p, pi) =>
          p.columnLabels.map((l) =>
            level ? (
              <text key={`${pi}-${l.key}`} x={l.x} y={l.y}>
                <title>{l.full}</title>
                <LabelLines x={l.x} lines={l.lines} lineHeight={frame.lineHeight} />
              </text>
            ) : (
              <text
                key={`${pi}-${l.key}`}
                x={l.x}
                y={l.y}
                transform={`rotate(${frame.columnLabelAngle} ${l.x} ${l.y})`}
              >
                <title>{l.full}</title>
                {l.lines[0]}
              </text>
            ),
          ),
        )}
      </g>
      <RowLabels frame={frame} />
    </>
  );
}

/** The row labels on the left of the grid: id in bold, then the name wrapped; the whole name in a <title>. */
export function RowLabels({ frame }: { /** The grid the labels belong to. */ readonly frame: GridFrame }) {
  return (
    <g className="row-labels" fill={INK} aria-hidden="true">
      {frame.rowLabels.map((l) => (
        <g key={l.key}>
          <title>{l.full}</title>
          {l.id && (
            <text x={frame.rowIdX} y={l.y} fontWeight={700}>
              {l.id}
            </text>
          )}
          <text x={l.x} y={l.y}>
            <LabelLines x={l.x} lines={l.lines} lineHeight={frame.lineHeight} />
          </text>
        </g>
      ))}
    </g>
  );
}

/** A label's wrapped lines as <tspan>s, each a line below the one before. */
function LabelLines({
  x,
  lines,
  lineHeight,
}: {
  readonly x: number;
  readonly lines: readonly string[];
  readonly lineHeight: number;
}) {
  return lines.map((line, i) => (
    <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
      {line}
    </tspan>
  ));
}

/**
 * The frame every comparison chart is drawn in: the <svg> with its font, background and title
 * band, its <defs>, and the chart's body below the title.
 */
export function CompareChartSvg({
  svgRef,
  className,
  titleId,
  title,
  width,
  bodyHeight,
  fontSize,
  untitled,
  defs,
  children,
}: {
  readonly svgRef: Ref<SVGSVGElement> | undefined;
  /** Added to "compare-chart". */
  readonly className: string;
  readonly titleId: string;
  readonly title: string;
  readonly width: number;
  /** The height below the title band. */
  readonly bodyHeight: number;
  readonly fontSize: number;
  /** No band for the title (a slide): it is kept, undrawn, as the accessible name. */
  readonly untitled?: boolean;
  readonly defs?: ReactNode;
  readonly children: ReactNode;
}) {
  const titleFrame = untitled ? { ...placeTitle(fontSize), height: 0 } : placeTitle(fontSize);
  const height = bodyHeight + titleFrame.height;
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      className={`compare-chart ${className}`}
      role="group"
      aria-labelledby={titleId}
      width={width}
      height={height}
      style={{ '--chart-min-width': `${minReadableWidth(width, fontSize)}px` } as CSSProperties}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={CHART_FONT}
      fontSize={fontSize}
    >
      {defs && <defs>{defs}</defs>}
      <rect width={width} height={height} fill={LIGHT.background} />
      <ChartTitle id={titleId} frame={titleFrame} fill={INK}>
        {title}
      </ChartTitle>
      <g transform={`translate(0 ${titleFrame.height})`}>{children}</g>
    </svg>
  );
}

/**
 * A comparison chart's legend: the ramp with its caption and ticks, then what the chart adds
 * (`children`, e.g. which side is higher), then the swatches of blank, unknown and absent cells.
 */
export function CompareLegendMarks({
  legend,
  rampId,
  hatchId,
  fontSize,
  children,
}: {
  readonly legend: CompareLegend;
  readonly rampId: string;
  readonly hatchId: string;
  /** The legend's font size. */
  readonly fontSize: number;
  readonly children?: ReactNode;
}) {
  return (
    <g className="legend" fill={INK} fontSize={fontSize}>
      <RampLegend ramp={legend} caption={legend.caption} gradientId={rampId} ink={INK} />
      {children}
      <LegendSwatches
        swatches={legend.swatches}
        y={legend.y}
        height={legend.rampHeight}
        hatchId={hatchId}
        fontSize={fontSize}
      />
    </g>
  );
}
