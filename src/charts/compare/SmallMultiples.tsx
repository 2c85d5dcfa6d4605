import { useId, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { AlignedScore } from '../../domain/compare';
import { useVisibleRegion } from '../use-visible-region';
import { itemsInRegion } from '../visible-region';
import type { GridFrameSize } from './grid-frame';
import { layoutSmallMultiples, type SmallMultiplesInput, type SmallMultiplesLayout } from './small-multiples-layout';
import { CellRect, CompareChartSvg, CompareLegendMarks, GridLabels, RowLabels } from './svg-parts';
import { CHART_FONT, LIGHT, placeTitle } from '../chart-theme';
import { CellNumber, HatchPattern, RampGradient } from '../ChartParts';

const INK = LIGHT.ink;

export interface SmallMultiplesProps {
  /** Countries aligned on one grid. */
  readonly data: SmallMultiplesInput;
  /** Drawn above the panels; also the chart's accessible name. */
  readonly title: string;
  /** Accessible description of one cell, e.g. "Japan: A Strategic management, NCSC: 10 of 10". */
  readonly describeCell: (panel: string, row: string, column: string, value: AlignedScore) => string;
  /** Sizes; defaults suit a projector. */
  readonly size?: GridFrameSize;
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

/** Heatmaps of several countries side by side, aligned row by row and column by column, on one scale. */
export function SmallMultiples({ data, title, describeCell, size, svgRef, windowed = false }: SmallMultiplesProps) {
  const layout = useMemo(() => layoutSmallMultiples(data, size), [data, size]);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `sm-title-${uid}`;
  const hatchId = `sm-hatch-${uid}`;
  const rampId = `sm-ramp-${uid}`;
  const { frame, legend } = layout;
  const fs = frame.fontSize;
  const titleHeight = size?.untitled ? 0 : placeTitle(fs).height;
  const height = layout.height + titleHeight;
  const own = useRef<SVGSVGElement | null>(null);
  const ref = svgRef ?? own;
  const isWindowed = windowed && layout.cells.length > WINDOWED_MIN_CELLS;
  const region = useVisibleRegion(ref, isWindowed, layout.width, height, 1);
  // The cells sit below the title: the region is in the svg's coordinates.
  const cells = useMemo(
    () =>
      region === 'all'
        ? layout.cells
        : itemsInRegion(layout.cells, {
            ...region,
            top: region.top - titleHeight,
            bottom: region.bottom - titleHeight,
          }),
    [layout, region, titleHeight],
  );
  const chart = (
    <CompareChartSvg
      svgRef={ref}
      className="small-multiples"
      titleId={titleId}
      title={title}
      width={layout.width}
      bodyHeight={layout.height}
      fontSize={fs}
      untitled={size?.untitled}
      defs={
        <>
          <HatchPattern id={hatchId} />
          <RampGradient id={rampId} ramp={legend} />
        </>
      }
    >
      <g className="panel-titles" fill={INK} fontWeight={700} fontSize={fs * 1.15} aria-hidden="true">
        {layout.panelTitles.map((t) => (
          <text key={t.key} x={t.x} y={t.y}>
            {t.title}
          </text>
        ))}
      </g>
      <GridLabels frame={frame} />
      <SmallMultiplesCells cells={cells} layout={layout} describeCell={describeCell} hatchId={hatchId} />
      <CompareLegendMarks legend={legend} rampId={rampId} hatchId={hatchId} fontSize={layout.legendFontSize}>
        {legend.captionLines?.map((l) => (
          <text key={l.text} x={legend.x} y={l.y} fontWeight={600}>
            {l.text}
          </text>
        ))}
      </CompareLegendMarks>
    </CompareChartSvg>
  );
  if (!isWindowed) return chart;
  return (
    <StickyRowLabels frame={frame} titleHeight={titleHeight} height={height} fontSize={fs}>
      {chart}
    </StickyRowLabels>
  );
}

/** The cells of every panel, each an image named by describeCell. */
function SmallMultiplesCells({
  cells,
  layout,
  describeCell,
  hatchId,
}: {
  readonly cells: SmallMultiplesLayout['cells'];
  readonly layout: SmallMultiplesLayout;
  readonly describeCell: SmallMultiplesProps['describeCell'];
  readonly hatchId: string;
}) {
  const { frame } = layout;
  return (
    <g className="cells">
      {cells.map((c) => {
        const panel = layout.panelTitles[c.panel]!.title;
        const label = describeCell(
          panel,
          frame.rowLabels[c.row]!.full,
          frame.panels[c.panel]!.columnLabels[c.col]!.full,
          c.value,
        );
        return (
          <g key={`${c.panel}-${c.row}-${c.col}`} role="img" aria-label={label} data-kind={c.kind} data-panel={c.panel}>
            <CellRect x={c.x} y={c.y} width={c.width} height={c.height} kind={c.kind} fill={c.fill} hatchId={hatchId} />
            {c.text && (
              <CellNumber box={c} fill={c.textColor}>
                {c.text}
              </CellNumber>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** A windowed chart scrolls sideways; its row labels stay at the left edge, ending where the first panel begins. */
function StickyRowLabels({
  frame,
  titleHeight,
  height,
  fontSize,
  children,
}: {
  readonly frame: SmallMultiplesLayout['frame'];
  readonly titleHeight: number;
  readonly height: number;
  readonly fontSize: number;
  readonly children: ReactNode;
}) {
  const labelsWidth = frame.panels[0]!.x - 6;
  return (
    <div className="sm-windowed">
      <div className="sm-sticky-labels" aria-hidden="true">
        <svg
          width={labelsWidth}
          height={height}
          viewBox={`0 0 ${labelsWidth} ${height}`}
          fontFamily={CHART_FONT}
          fontSize={fontSize}
        >
          <rect
            y={titleHeight}
            width={labelsWidth}
            height={frame.gridY + frame.gridHeight + 4}
            fill={LIGHT.background}
          />
          <g transform={`translate(0 ${titleHeight})`}>
            <RowLabels frame={frame} />
          </g>
        </svg>
      </div>
      {children}
    </div>
  );
}
