import { memo, useLayoutEffect, useRef } from 'react';
import type { HeatmapCell, HeatmapFrame, HeatmapLabel, HeatmapText } from './heatmap-types';
import { heatmapIds } from './HeatmapDecor';

interface CellRowsProps {
  readonly frame: HeatmapFrame;
  readonly uid: string;
  readonly text: HeatmapText;
}

/** The ink of most cells' numbers, set once on the rows' group: a cell names its own only when it differs. */
const CELL_INK = '#000000';

/**
 * The grid's rows. Each is placed by a transform and the DOM keeps them in the data's own order,
 * so re-sorting changes two attributes per row instead of moving or redrawing 2,560 cells. The
 * visual order is carried by aria-rowindex, which keyboard movement follows; unsorted, DOM and
 * visual order are the same. What every cell's number shares (anchor, weight, size, ink) is set
 * here once and inherited; the row headers set their own.
 */
export const CellRows = memo(function CellRows({ frame, uid, text }: CellRowsProps) {
  const byRow: HeatmapCell[][] = frame.rowLabels.map(() => []);
  for (const c of frame.cells) byRow[c.row]!.push(c);
  const domOrder = frame.rowLabels.map((l, r) => [l, r] as const).sort((a, b) => a[0].sourceIndex - b[0].sourceIndex);
  const ref = useRef<SVGGElement>(null);
  const painted = useRef('');
  // A palette switch changes only colours: the rows are not drawn again (sameRow leaves colours out), and the
  // colours are written here, straight into the cells, before the frame is painted. React's diff of 2,560 cells
  // cost more than the re-colouring itself; a row drawn again for another reason draws the same colours.
  useLayoutEffect(() => {
    // The colours in DOM order: unchanged (a sort, a hover), the cells are not visited.
    const colours = domOrder.map(([, r]) => byRow[r]!.map((c) => `${c.fill} ${c.textColor}`).join()).join(';');
    const rows = ref.current?.children;
    if (!rows || colours === painted.current) return;
    painted.current = colours;
    domOrder.forEach(([, r], k) => paintRow(rows[k], byRow[r]!, hatchOf(uid)));
  });
  return (
    <g
      ref={ref}
      className="heatmap-rows"
      textAnchor="middle"
      fontWeight={700}
      fontSize={frame.cellFontSize}
      fill={CELL_INK}
    >
      {domOrder.map(([l, r]) => (
        <g key={l.key} role="row" aria-rowindex={r + 2} transform={`translate(0 ${l.top})`}>
          <CellRow
            label={l}
            cells={byRow[r]!}
            uid={uid}
            text={text}
            rowHeaderWidth={frame.rowHeaderWidth}
            markerX={frame.markerX}
            fontSize={frame.fontSize}
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

const hatchOf = (uid: string) => `url(#${heatmapIds(uid).hatch})`;

/** Sets a row's cells' fills and number inks where they differ from the cells' (the row's header comes first). */
function paintRow(row: Element | undefined, cells: readonly HeatmapCell[], hatch: string): void {
  if (!row) return;
  cells.forEach((c, i) => {
    const cell = row.children[i + 1];
    const rect = cell?.firstElementChild;
    const fill = c.kind === 'unknown' ? hatch : c.fill;
    if (rect && rect.getAttribute('fill') !== fill) rect.setAttribute('fill', fill);
    const text = cell?.children[1];
    if (!text) return;
    if (c.textColor === CELL_INK) text.removeAttribute('fill');
    else if (text.getAttribute('fill') !== c.textColor) text.setAttribute('fill', c.textColor);
  });
}

interface CellRowProps {
  readonly label: HeatmapLabel;
  readonly cells: readonly HeatmapCell[];
  readonly uid: string;
  readonly text: HeatmapText;
  readonly rowHeaderWidth: number;
  readonly markerX: number;
  /** The chart's font size, which the row header sets again over the cells' own. */
  readonly fontSize: number;
  readonly cellFontSize: number;
  readonly lineHeight: number;
  readonly foreground: string;
  readonly columnNames: readonly HeatmapLabel[];
}

/** One row's header and cells, drawn relative to the row's top. */
const CellRow = memo(function CellRow({
  label: l,
  cells,
  uid,
  text,
  rowHeaderWidth,
  markerX,
  fontSize,
  cellFontSize,
  lineHeight,
  foreground,
  columnNames,
}: CellRowProps) {
  const hatch = hatchOf(uid);
  // The number's baseline: 0.35 em below the cell's middle, as `dy="0.35em"` would put it.
  const baseline = cells.length ? cells[0]!.height / 2 + 0.35 * cellFontSize : 0;
  return (
    <>
      <RowHeader
        label={l}
        rowHeaderWidth={rowHeaderWidth}
        markerX={markerX}
        fontSize={fontSize}
        lineHeight={lineHeight}
        foreground={foreground}
      />
      {/* Cells are plain elements, not components: 2,560 of them at 64 × 40. */}
      {cells.map((c) => (
        <g
          key={c.col}
          role="gridcell"
          aria-label={text.describeCell(l.full, columnNames[c.col]!.full, cellValue(c, text))}
          className="heatmap-cell"
          opacity={c.faded ? 0.22 : undefined}
        >
          <rect x={c.x} width={c.width} height={c.height} rx={3} fill={c.kind === 'unknown' ? hatch : c.fill} />
          {c.text && (
            <text
              x={c.x + c.width / 2}
              y={baseline}
              fill={c.textColor === CELL_INK ? undefined : c.textColor}
              aria-hidden="true"
            >
              {c.text}
            </text>
          )}
        </g>
      ))}
    </>
  );
}, sameRow);

/** What a cell holds, in words: "unknown", "blank" or "7 of 10". */
function cellValue(c: HeatmapCell, text: HeatmapText): string {
  return c.kind === 'unknown' ? text.unknown : c.kind === 'blank' ? text.blank : text.outOf10(String(c.score));
}

/** A row's header: the expand marker, the id and the wrapped name (a click on the grid toggles an expandable row). */
function RowHeader({
  label: l,
  rowHeaderWidth,
  markerX,
  fontSize,
  lineHeight,
  foreground,
}: Pick<CellRowProps, 'label' | 'rowHeaderWidth' | 'markerX' | 'fontSize' | 'lineHeight' | 'foreground'>) {
  const dy = l.y - l.top;
  return (
    <g
      role="rowheader"
      data-rowheader=""
      tabIndex={-1}
      aria-label={l.full}
      {...(l.expandable ? { 'aria-expanded': l.expanded, style: { cursor: 'pointer' } } : {})}
      className="heatmap-rowheader"
      textAnchor="start"
      fontWeight={400}
      fontSize={fontSize}
      fill={foreground}
    >
      <title>{l.full}</title>
      <rect x={0} y={0} width={rowHeaderWidth} height={l.height} fill="transparent" className="focus-ring" />
      {l.expandable && (
        <text x={markerX} y={dy} aria-hidden="true">
          {l.expanded ? '▾' : '▸'}
        </text>
      )}
      {l.id && (
        <text x={l.idX} y={dy} fontWeight={l.depth ? 400 : 700} aria-hidden="true">
          {l.id}
        </text>
      )}
      <text x={l.x} y={dy} aria-hidden="true">
        {l.lines.map((line, i) => (
          <tspan key={i} x={l.x} dy={i === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** Rows are equal when everything drawn inside them is, colours aside, whatever their position in the grid. */
function sameRow(a: CellRowProps, b: CellRowProps): boolean {
  if (a.uid !== b.uid || !sameCellWords(a.text, b.text)) return false;
  if (
    a.rowHeaderWidth !== b.rowHeaderWidth ||
    a.markerX !== b.markerX ||
    a.fontSize !== b.fontSize ||
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
    // y − top is the same offset in every row, but not to the last bit once the row has moved (y = top + …).
    Math.abs(la.y - la.top - (lb.y - lb.top)) > 1e-6 ||
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
      // Colours (fill, textColor) are left out: CellRows writes them into the cells (a palette switch).
      p.kind !== q.kind ||
      p.text !== q.text ||
      p.faded !== q.faded ||
      p.score !== q.score
    )
      return false;
  }
  return true;
}

/** Whether two texts name cells alike: the palette's name, which changes with the palette, is not drawn in a row. */
function sameCellWords(a: HeatmapText, b: HeatmapText): boolean {
  return (
    a === b ||
    (a.describeCell === b.describeCell && a.outOf10 === b.outOf10 && a.unknown === b.unknown && a.blank === b.blank)
  );
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
