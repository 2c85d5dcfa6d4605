import { memo } from 'react';
import type { HeatmapCell, HeatmapFrame, HeatmapLabel, HeatmapText } from './heatmap-types';
import { CellNumber } from '../ChartParts';
import { heatmapIds } from './HeatmapDecor';

interface CellRowsProps {
  readonly frame: HeatmapFrame;
  readonly uid: string;
  readonly text: HeatmapText;
  readonly onToggleRow: ((key: string) => void) | undefined;
}

/**
 * The grid's rows. Each is placed by a transform and the DOM keeps them in the data's own order,
 * so re-sorting changes three attributes per row instead of moving or redrawing 2,560 cells. The
 * visual order is carried by aria-rowindex and data-rowindex, which keyboard movement follows;
 * unsorted, DOM and visual order are the same.
 */
export const CellRows = memo(function CellRows({ frame, uid, text, onToggleRow }: CellRowsProps) {
  const byRow: HeatmapCell[][] = frame.rowLabels.map(() => []);
  for (const c of frame.cells) byRow[c.row]!.push(c);
  const domOrder = frame.rowLabels.map((l, r) => [l, r] as const).sort((a, b) => a[0].sourceIndex - b[0].sourceIndex);
  return (
    <g className="heatmap-rows">
      {domOrder.map(([l, r]) => (
        <g key={l.key} role="row" aria-rowindex={r + 2} data-rowindex={r} transform={`translate(0 ${l.top})`}>
          <CellRow
            label={l}
            cells={byRow[r]!}
            first={r === 0}
            uid={uid}
            text={text}
            onToggleRow={onToggleRow}
            rowHeaderWidth={frame.rowHeaderWidth}
            markerX={frame.markerX}
            cellFontSize={frame.cellFontSize}
            lineHeight={frame.lineHeight}
            foreground={frame.foreground}
            columnNames={frame.columnLabels}
          />
        </g>
      ))}
    </g>
  );
});

interface CellRowProps {
  readonly label: HeatmapLabel;
  readonly cells: readonly HeatmapCell[];
  /** The first row holds the grid's initial tab stop. */
  readonly first: boolean;
  readonly uid: string;
  readonly text: HeatmapText;
  readonly onToggleRow: ((key: string) => void) | undefined;
  readonly rowHeaderWidth: number;
  readonly markerX: number;
  readonly cellFontSize: number;
  readonly lineHeight: number;
  readonly foreground: string;
  readonly columnNames: readonly HeatmapLabel[];
}

/** One row's header and cells, drawn relative to the row's top. */
const CellRow = memo(function CellRow({
  label: l,
  cells,
  first,
  uid,
  text,
  onToggleRow,
  rowHeaderWidth,
  markerX,
  cellFontSize,
  lineHeight,
  foreground,
  columnNames,
}: CellRowProps) {
  return (
    <>
      <RowHeader
        label={l}
        onToggleRow={onToggleRow}
        rowHeaderWidth={rowHeaderWidth}
        markerX={markerX}
        lineHeight={lineHeight}
        foreground={foreground}
      />
      {cells.map((c) => (
        <CellMark
          key={c.col}
          cell={c}
          first={first}
          label={text.describeCell(l.full, columnNames[c.col]!.full, cellValue(c, text))}
          hatchId={heatmapIds(uid).hatch}
          cellFontSize={cellFontSize}
        />
      ))}
    </>
  );
}, sameRow);

/** What a cell holds, in words: "unknown", "blank" or "7 of 10". */
function cellValue(c: HeatmapCell, text: HeatmapText): string {
  return c.kind === 'unknown' ? text.unknown : c.kind === 'blank' ? text.blank : text.outOf10(String(c.score));
}

/** A row's header: the expand marker, the id and the wrapped name; a click toggles an expandable row. */
function RowHeader({
  label: l,
  onToggleRow,
  rowHeaderWidth,
  markerX,
  lineHeight,
  foreground,
}: Pick<CellRowProps, 'label' | 'onToggleRow' | 'rowHeaderWidth' | 'markerX' | 'lineHeight' | 'foreground'>) {
  const dy = l.y - l.top;
  return (
    <g
      role="rowheader"
      data-rowheader=""
      tabIndex={-1}
      aria-label={l.full}
      {...(l.expandable
        ? { 'aria-expanded': l.expanded, onClick: () => onToggleRow?.(l.key), style: { cursor: 'pointer' } }
        : {})}
      className="heatmap-rowheader"
    >
      <title>{l.full}</title>
      <rect x={0} y={0} width={rowHeaderWidth} height={l.height} fill="transparent" className="focus-ring" />
      {l.expandable && (
        <text x={markerX} y={dy} fill={foreground} aria-hidden="true">
          {l.expanded ? '▾' : '▸'}
        </text>
      )}
      {l.id && (
        <text x={l.idX} y={dy} fontWeight={l.depth ? 400 : 700} fill={foreground} aria-hidden="true">
          {l.id}
        </text>
      )}
      <text x={l.x} y={dy} fill={foreground} aria-hidden="true">
        {l.lines.map((line, i) => (
          <tspan key={i} x={l.x} dy={i === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** One grid cell: its box (hatched when unknown) and its score, described by `label`. */
function CellMark({
  cell: c,
  first,
  label,
  hatchId,
  cellFontSize,
}: {
  readonly cell: HeatmapCell;
  readonly first: boolean;
  readonly label: string;
  readonly hatchId: string;
  readonly cellFontSize: number;
}) {
  return (
    <g
      role="gridcell"
      tabIndex={first && c.col === 0 ? 0 : -1}
      aria-label={label}
      data-col={c.col}
      data-score={c.score === null ? '' : String(c.score)}
      className="heatmap-cell"
      opacity={c.faded ? 0.22 : 1}
    >
      <rect
        x={c.x}
        y={0}
        width={c.width}
        height={c.height}
        rx={3}
        fill={c.kind === 'unknown' ? `url(#${hatchId})` : c.fill}
      />
      {c.text && (
        <CellNumber box={{ x: c.x, y: 0, width: c.width, height: c.height }} fill={c.textColor} fontSize={cellFontSize}>
          {c.text}
        </CellNumber>
      )}
    </g>
  );
}

/** Rows are equal when everything drawn inside them is, whatever their position in the grid. */
function sameRow(a: CellRowProps, b: CellRowProps): boolean {
  if (a.uid !== b.uid || a.text !== b.text || a.onToggleRow !== b.onToggleRow || a.first !== b.first) return false;
  if (
    a.rowHeaderWidth !== b.rowHeaderWidth ||
    a.markerX !== b.markerX ||
    a.cellFontSize !== b.cellFontSize ||
    a.lineHeight !== b.lineHeight ||
    a.foreground !== b.foreground
  )
    return false;
  const la = a.label;
  const lb = b.label;
  if (
    la.key !== lb.key ||
    la.full !== lb.full ||
    la.x !== lb.x ||
    la.idX !== lb.idX ||
    la.y - la.top !== lb.y - lb.top ||
    la.height !== lb.height ||
    la.expanded !== lb.expanded ||
    la.lines.join('\n') !== lb.lines.join('\n')
  )
    return false;
  if (a.columnNames.length !== b.columnNames.length || a.columnNames.some((c, i) => c.full !== b.columnNames[i]!.full))
    return false;
  if (a.cells.length !== b.cells.length) return false;
  for (let i = 0; i < a.cells.length; i++) {
    const p = a.cells[i]!;
    const q = b.cells[i]!;
    if (
      p.x !== q.x ||
      p.width !== q.width ||
      p.height !== q.height ||
      p.fill !== q.fill ||
      p.text !== q.text ||
      p.textColor !== q.textColor ||
      p.faded !== q.faded ||
      p.score !== q.score
    )
      return false;
  }
  return true;
}

/** The header row: one column header per column, level and wrapped or slanted on one line. Kept while only colours change. */
export const ColumnHeaders = memo(function ColumnHeaders({
  labels,
  angle,
  lineHeight,
  foreground,
}: {
  readonly labels: readonly HeatmapLabel[];
  readonly angle: number;
  readonly lineHeight: number;
  readonly foreground: string;
}) {
  return (
    <g role="row" aria-rowindex={1}>
      {labels.map((l, i) => (
        <text
          key={l.key}
          role="columnheader"
          aria-colindex={i + 2}
          aria-label={l.full}
          x={l.x}
          y={l.y}
          fontWeight={600}
          textAnchor={angle === 0 ? 'middle' : 'start'}
          transform={angle === 0 ? undefined : `rotate(${angle} ${l.x} ${l.y})`}
          fill={foreground}
        >
          <title>{l.full}</title>
          {l.lines.map((line, j) => (
            <tspan key={j} x={l.x} dy={j === 0 ? 0 : lineHeight} aria-hidden="true">
              {line}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
});
