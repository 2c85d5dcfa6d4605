import { useId, useMemo, type Ref } from 'react';
import type { DiffCell } from '../../domain/compare';
import { layoutDifference, type DifferenceInput } from './difference-layout';
import type { GridFrameSize } from './grid-frame';
import { CellRect, CompareChartSvg, CompareLegendMarks, GridLabels } from './svg-parts';
import { CellNumber, HatchPattern, RampGradient } from '../ChartParts';

export interface DifferenceHeatmapProps {
  /** A − B on the aligned grid, with the legend's words. */
  readonly data: DifferenceInput;
  /** Drawn above the grid; also the chart's accessible name. */
  readonly title: string;
  /** Accessible description of one cell, e.g. "D Incident response, NCSC: Japan 5, Singapore 10, difference −5". */
  readonly describeCell: (row: string, column: string, cell: DiffCell) => string;
  /** Sizes; defaults suit a projector. */
  readonly size?: GridFrameSize;
  /** The <svg> element, for exporting it as a file. */
  readonly svgRef?: Ref<SVGSVGElement>;
}

/** A diverging heatmap of A − B; unknown and absent cells are marked, never coloured as a number. */
export function DifferenceHeatmap({ data, title, describeCell, size, svgRef }: DifferenceHeatmapProps) {
  const layout = useMemo(() => layoutDifference(data, size), [data, size]);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `df-title-${uid}`;
  const hatchId = `df-hatch-${uid}`;
  const rampId = `df-ramp-${uid}`;
  const { frame, legend } = layout;
  return (
    <CompareChartSvg
      svgRef={svgRef}
      className="difference-heatmap"
      titleId={titleId}
      title={title}
      width={layout.width}
      bodyHeight={layout.height}
      fontSize={frame.fontSize}
      untitled={size?.untitled}
      defs={
        <>
          <HatchPattern id={hatchId} />
          <RampGradient id={rampId} ramp={legend} />
        </>
      }
    >
      <GridLabels frame={frame} />
      <DifferenceCells layout={layout} describeCell={describeCell} hatchId={hatchId} />
      <DifferenceLegend legend={legend} rampId={rampId} hatchId={hatchId} />
    </CompareChartSvg>
  );
}

type DifferenceLayout = ReturnType<typeof layoutDifference>;

/** The cells, each with its accessible description and, when it has one, its number. */
function DifferenceCells({
  layout,
  describeCell,
  hatchId,
}: {
  layout: DifferenceLayout;
  describeCell: DifferenceHeatmapProps['describeCell'];
  hatchId: string;
}) {
  const { frame } = layout;
  const panel = frame.panels[0]!;
  return (
    <g className="cells">
      {layout.cells.map((c) => (
        <g
          key={`${c.row}-${c.col}`}
          role="img"
          aria-label={describeCell(frame.rowLabels[c.row]!.full, panel.columnLabels[c.col]!.full, c.cell)}
          data-kind={c.kind}
          data-value={c.cell.kind === 'diff' ? String(c.cell.value) : ''}
        >
          <CellRect x={c.x} y={c.y} width={c.width} height={c.height} kind={c.kind} fill={c.fill} hatchId={hatchId} />
          {c.text && (
            <CellNumber box={c} fill={c.textColor} fontSize={frame.fontSize * 1.1}>
              {c.text}
            </CellNumber>
          )}
        </g>
      ))}
    </g>
  );
}

/** The diverging ramp with which side is higher, and the swatches of unknown and absent cells. */
function DifferenceLegend({
  legend,
  rampId,
  hatchId,
}: {
  legend: DifferenceLayout['legend'];
  rampId: string;
  hatchId: string;
}) {
  const sideY = legend.y + legend.rampHeight + 42;
  return (
    <CompareLegendMarks legend={legend} rampId={rampId} hatchId={hatchId} fontSize={legend.fontSize}>
      <text className="legend-b-higher" x={legend.bHigher.x} y={sideY} fontWeight={700}>
        {legend.bHigher.text}
      </text>
      <text className="legend-a-higher" x={legend.aHigher.x} y={sideY} fontWeight={700}>
        {legend.aHigher.text}
      </text>
    </CompareLegendMarks>
  );
}
