import { useId, useMemo, useState, type ReactNode, type Ref } from 'react';
import { CHART_FONT } from '../chart-theme';
import { ChartTitle } from '../ChartParts';
import { createHeatmapLayoutCache } from './heatmap-layout-cache';
import type { HeatmapInput, HeatmapSize, HeatmapText } from './heatmap-types';
import { HeatmapDefs, heatmapIds, HeatmapLegend, Marginals } from './HeatmapDecor';
import { CellRows, ColumnHeaders } from './HeatmapRows';
import { HeatmapStickyLabels } from './HeatmapStickyLabels';
import { useHeatmapInteraction } from './use-heatmap-interaction';
import { heatmapText } from './heatmap-model';

const DEFAULT_TEXT = heatmapText('en');

export interface HeatmapProps {
  /** Rows, columns, scores and colouring. */
  readonly data: HeatmapInput;
  /** Title drawn above the grid and used as the chart's accessible name. */
  readonly title: string;
  /** Sizes; defaults suit a projector. */
  readonly size?: HeatmapSize;
  /** Translated words; English by default. */
  readonly text?: HeatmapText;
  /** Tooltip content for a cell (row, column indices); none when absent. */
  readonly tooltip?: (row: number, col: number) => ReactNode;
  /** Called when an expandable row header is activated (click, Enter or Space). */
  readonly onToggleRow?: (key: string) => void;
  /** The <svg> element, for export. */
  readonly svgRef?: Ref<SVGSVGElement>;
  /** Drawn at full size with row labels that stay in view while it scrolls sideways (phones). */
  readonly stickyRowLabels?: boolean;
}

/**
 * A heatmap drawn as SVG with ARIA grid semantics: Tab enters the grid, arrow keys move between
 * cells (Home/End, Ctrl+Home/End, Page Up/Down too), each cell is announced with its row, column
 * and score. All geometry comes from layoutHeatmap: this component only draws its frame.
 */
export function Heatmap({
  data,
  title,
  size,
  text = DEFAULT_TEXT,
  tooltip,
  onToggleRow,
  svgRef,
  stickyRowLabels,
}: HeatmapProps) {
  // Colours, scores and captions re-colour the last geometry instead of measuring every label again.
  const [layouts] = useState(createHeatmapLayoutCache);
  const frame = useMemo(() => layouts.layout(data, size, { blank: text.blank }), [layouts, data, size, text.blank]);
  const uid = useId().replace(/:/g, '');
  const nCols = data.columns.length;
  const nRows = data.rows.length;
  const { wrapRef, tip, hideTip, handlers } = useHeatmapInteraction(data, frame, onToggleRow);

  return (
    <div
      className={`heatmap-wrap${stickyRowLabels ? ' heatmap-full-size' : ''}`}
      ref={wrapRef}
      onPointerLeave={hideTip}
    >
      {stickyRowLabels && <HeatmapStickyLabels frame={frame} />}
      <svg
        ref={svgRef}
        xmlns="http://www.w3.org/2000/svg"
        className="heatmap"
        role="grid"
        aria-labelledby={heatmapIds(uid).title}
        aria-rowcount={nRows + 1}
        aria-colcount={nCols + 1}
        width={frame.width}
        height={frame.height}
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        fontFamily={CHART_FONT}
        fontSize={frame.fontSize}
        {...handlers}
      >
        <HeatmapDefs uid={uid} frame={frame} />
        <rect width="100%" height="100%" fill={frame.background} />
        <ChartTitle id={heatmapIds(uid).title} frame={frame.title} fill={frame.foreground}>
          {title}
        </ChartTitle>
        <g transform={`translate(0 ${frame.title.height})`}>
          <ColumnHeaders
            labels={frame.columnLabels}
            angle={frame.columnLabelAngle}
            lineHeight={frame.lineHeight}
            foreground={frame.foreground}
          />
          <CellRows frame={frame} uid={uid} text={text} />
          <Marginals
            rowBars={frame.rowBars}
            columnBars={frame.columnBars}
            fontSize={frame.smallFontSize}
            foreground={frame.foreground}
          />
          <HeatmapLegend frame={frame} uid={uid} text={text} />
        </g>
      </svg>
      {tip && tooltip && (
        <div
          className="heatmap-tooltip"
          role="tooltip"
          style={{ left: tip.left, top: tip.top, bottom: tip.bottom, maxWidth: tip.maxWidth }}
        >
          {tooltip(tip.row, tip.col)}
        </div>
      )}
    </div>
  );
}
