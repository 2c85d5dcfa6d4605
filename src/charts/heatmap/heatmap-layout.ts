import { CHART_THEMES, placeTitle, type ChartTheme } from '../chart-theme';
import { bracketColor, scoreBrackets, scoreColorScale, textColorOn, type ScoreBracket } from '../color-scales';
import { chartMessages, paletteName } from '../../i18n/chart-messages';
import { placeRamp } from '../ramp-legend';
import { INDENT, PAD, sizeGrid, unknownKeyEnd, type Grid } from './heatmap-grid';
import { estimateTextWidth, wrapText } from '../text-measure';
import type {
  HeatmapCell,
  HeatmapFrame,
  HeatmapInput,
  HeatmapLabel,
  HeatmapLegend,
  HeatmapSize,
  MarginalBar,
} from './heatmap-types';
import { formatCellNumber, formatMarginal, marginalMax } from './heatmap-format';

// The heatmap as a recipe: sizeGrid (heatmap-grid.ts) → placeCells → placeLabels → placeMarginals → placeLegend →
// placeTitle. Each step is pure and reads only what the steps before it returned.

/** The words the layout measures, so that what follows them is placed after them. */
export interface HeatmapLayoutText {
  /** The legend's words for blank cells. */
  readonly blank: string;
}

/** A blank cell's fill in the light theme. */
export const BLANK_FILL = CHART_THEMES.light.blankFill;

// Sizes in px (PAD and INDENT are sizeGrid's, in heatmap-grid.ts).
/** Length of the longest row marginal bar. */
const MARGIN_BAR = 110;
/** Width of a legend key's swatch. */
const KEY = 22;

/** The recipe's steps that colours, scores and captions do not change: grid, labels, marginals and title. */
export interface HeatmapGeometry {
  readonly grid: Grid;
  readonly labels: ReturnType<typeof placeLabels>;
  readonly marginals: ReturnType<typeof placeMarginals>;
  readonly title: ReturnType<typeof placeTitle>;
}

/** The geometry steps of the recipe (see HeatmapGeometry). Pure. */
export function heatmapGeometry(input: HeatmapInput, size: HeatmapSize = {}): HeatmapGeometry {
  const grid = sizeGrid(input, size);
  return {
    grid,
    labels: placeLabels(input, grid),
    marginals: placeMarginals(input, grid),
    // A slide's heading names the chart: no band for its title, which stays as the accessible name.
    title: size.untitled ? { ...placeTitle(grid.fontSize), height: 0 } : placeTitle(grid.fontSize),
  };
}

/**
 * Computes the geometry and colours of a heatmap. Pure: same input, same frame. `geometry`, when given, must be
 * heatmapGeometry of an input and size that place rows, columns and marginals as these do (heatmap-layout-cache.ts).
 */
export function layoutHeatmap(
  input: HeatmapInput,
  size: HeatmapSize = {},
  text: HeatmapLayoutText = { blank: chartMessages.en.blankLegend },
  geometry: HeatmapGeometry = heatmapGeometry(input, size),
): HeatmapFrame {
  const theme = CHART_THEMES[input.theme === 'dark' ? 'dark' : 'light'];
  const { grid, labels, marginals, title } = geometry;
  const cells = placeCells(input, grid, theme);
  const legend = placeLegend(input, grid, marginals, text, theme, size);
  return {
    ...legend.extent,
    height: legend.extent.height + title.height,
    title,
    fontSize: grid.fontSize,
    lineHeight: grid.lineHeight,
    cellFontSize: grid.fontSize * 1.1,
    smallFontSize: grid.fontSize * (size.smallScale ?? 0.85),
    cells,
    ...labels,
    columnLabelAngle: grid.slanted ? -45 : 0,
    markerX: PAD,
    rowHeaderWidth: grid.gridX - 4,
    gridX: grid.gridX,
    gridY: grid.gridY,
    gridWidth: grid.gridWidth,
    gridHeight: grid.gridHeight,
    ...marginals,
    legend: legend.legend,
    background: theme.background,
    foreground: theme.ink,
  };
}

/** How scores are coloured: the continuous ramp, or the bracket a score falls in. */
function scoreColors(input: HeatmapInput) {
  const dark = input.theme === 'dark';
  const mode = input.colorMode ?? 'continuous';
  const brackets: ScoreBracket[] =
    mode === 'brackets' ? scoreBrackets(input.palette, input.brackets ?? [1, 4, 7, 10], dark) : [];
  const ramp = scoreColorScale(input.palette, dark);
  return { mode, brackets, ramp, color: mode === 'brackets' ? (s: number) => bracketColor(brackets, s) : ramp };
}

/** One cell per row × column, row-major: blank, unknown (hatched, "?") or a coloured score. */
function placeCells(input: HeatmapInput, grid: Grid, theme: ChartTheme): HeatmapCell[] {
  const { color } = scoreColors(input);
  const threshold = input.threshold ?? 0;
  // Colour parsing dominates the layout's cost, and a matrix holds few distinct scores: cache them.
  const painted = new Map<number, { fill: string; textColor: string }>();
  const paint = (score: number) => {
    let p = painted.get(score);
    if (!p) {
      const fill = color(score);
      painted.set(score, (p = { fill, textColor: textColorOn(fill) }));
    }
    return p;
  };
  const { xs, ys, bandWidth: width, bandHeight: height } = grid;
  const unknownText = CHART_THEMES.light.ink;
  const blankText = theme.ink;
  const cells: HeatmapCell[] = [];
  for (let r = 0; r < input.rows.length; r++) {
    const rowValues = input.values[r];
    const y = ys[r]!;
    for (let c = 0; c < input.columns.length; c++) {
      const score = rowValues?.[c] ?? null;
      const x = xs[c]!;
      // Literal objects, not spreads: this loop runs 2,560 times for a 64 × 40 matrix.
      if (score === 'unknown')
        cells.push({
          row: r,
          col: c,
          x,
          y,
          width,
          height,
          score,
          kind: 'unknown',
          fill: theme.unknownFill,
          textColor: unknownText,
          text: '?',
          faded: false,
        });
      else if (score === null)
        cells.push({
          row: r,
          col: c,
          x,
          y,
          width,
          height,
          score,
          kind: 'blank',
          fill: theme.blankFill,
          textColor: blankText,
          text: '',
          faded: threshold > 0,
        });
      else {
        const p = paint(score);
        cells.push({
          row: r,
          col: c,
          x,
          y,
          width,
          height,
          score,
          kind: 'score',
          fill: p.fill,
          textColor: p.textColor,
          text: formatCellNumber(score),
          faded: score < threshold,
        });
      }
    }
  }
  return cells;
}

/** Row labels centred on their band (ids before names, services indented); column labels above the grid. */
function placeLabels(input: HeatmapInput, grid: Grid): { rowLabels: HeatmapLabel[]; columnLabels: HeatmapLabel[] } {
  const { fontSize, lineHeight, gridY, slanted } = grid;
  const rowLabels = input.rows.map((r, i): HeatmapLabel => {
    const lines = grid.wrappedRows[i]!.lines;
    const indent = r.depth ? INDENT : 0;
    const top = grid.ys[i]!;
    return {
      key: r.key,
      ...(r.id ? { id: r.id } : {}),
      lines,
      full: r.id ? `${r.id} ${r.name}` : r.name,
      x: grid.labelX + indent,
      // A row named by its id alone (a slide's keyed rows) has no name lines: its id sits on the band's middle line.
      y: top + (grid.bandHeight - Math.max(1, lines.length) * lineHeight) / 2 + lineHeight * 0.78,
      top,
      height: grid.bandHeight,
      depth: r.depth ?? 0,
      expandable: r.expandable ?? false,
      expanded: r.expanded ?? false,
      sourceIndex: r.sourceIndex ?? i,
      idX: grid.rowIdX + indent,
    };
  });
  const columnLabels = input.columns.map((c, i): HeatmapLabel => {
    const lines = grid.wrappedCols[i]!.lines;
    const cx = grid.xs[i]! + grid.bandWidth / 2;
    // A slanted heading starts just above its column's middle and rises to the right.
    const x = slanted ? cx - fontSize * 0.3 : cx;
    const y = slanted ? gridY - 8 : gridY - 10 - (lines.length - 1) * lineHeight - lineHeight * 0.22;
    return {
      key: c.key,
      lines,
      full: c.name,
      x,
      y,
      top: PAD,
      height: gridY - PAD,
      depth: 0,
      expandable: false,
      expanded: false,
      sourceIndex: i,
      idX: x,
    };
  });
  return { rowLabels, columnLabels };
}

/** Marginal bars: row values right of the grid, column values below it, each scaled to its own maximum. */
function placeMarginals(
  input: HeatmapInput,
  grid: Grid,
): { rowBars: MarginalBar[]; columnBars: MarginalBar[]; bottom: number } {
  const { xs, ys, bandWidth, bandHeight } = grid;
  const rowMax = marginalMax(input.rowMarginals);
  const barX = grid.gridX + grid.gridWidth + PAD;
  const rowBars = (input.rowMarginals ?? []).map((m, i): MarginalBar => {
    const w = rowMax > 0 && m.value !== null ? (m.value / rowMax) * MARGIN_BAR : 0;
    return {
      x: barX,
      y: ys[i]! + bandHeight * 0.25,
      width: w,
      height: bandHeight * 0.5,
      value: m.value,
      unknown: m.unknown,
      text: formatMarginal(m),
      textX: barX + w + 6,
      textY: ys[i]! + bandHeight / 2,
    };
  });
  const colMax = marginalMax(input.columnMarginals);
  const top = grid.gridY + grid.gridHeight + 8;
  const band = input.columnMarginals && input.columnMarginals.length > 0 ? 44 : 0;
  const columnBars = (input.columnMarginals ?? []).map((m, i): MarginalBar => {
    const h = colMax > 0 && m.value !== null ? (m.value / colMax) * (band - 18) : 0;
    return {
      x: xs[i]! + bandWidth * 0.2,
      y: top,
      width: bandWidth * 0.6,
      height: h,
      value: m.value,
      unknown: m.unknown,
      text: formatMarginal(m),
      textX: xs[i]! + bandWidth / 2,
      textY: top + h + 15,
    };
  });
  return { rowBars, columnBars, bottom: top + band };
}

/** The legend under the marginals, then the captions wrapped to the chart's width, which this step decides. */
function placeLegend(
  input: HeatmapInput,
  grid: Grid,
  marginals: { rowBars: readonly MarginalBar[]; bottom: number },
  text: HeatmapLayoutText,
  theme: ChartTheme,
  { smallScale, legendAtStart }: Pick<HeatmapSize, 'smallScale' | 'legendAtStart'>,
) {
  const { mode, brackets, ramp } = scoreColors(input);
  const [{ gridWidth, fontSize }, x] = [grid, legendAtStart ? PAD : grid.gridX];
  const y = marginals.bottom + 28;
  const rampWidth = Math.min(320, Math.max(220, gridWidth * 0.5));
  const rampFrame = placeRamp(
    x,
    y,
    rampWidth,
    { from: 0, to: 10, color: ramp, stopCount: 11 },
    mode === 'continuous' ? [0, 2, 4, 6, 8, 10] : [],
  );
  const swatchWidth = brackets.length > 0 ? rampWidth / brackets.length : 0;
  const swatches = brackets.map((b, i) => ({
    x: x + i * swatchWidth,
    width: swatchWidth - 2,
    color: b.color,
    label: b.label,
    labelX: x + i * swatchWidth + (swatchWidth - 2) / 2,
  }));
  const legendFont = fontSize * (smallScale ?? 0.9);
  const keyAt = (kx: number, fill: string) => ({
    x: kx,
    y,
    width: KEY,
    height: rampFrame.rampHeight,
    fill,
    textX: kx + KEY + 6,
    textY: y + 14,
  });
  const blankX = x + rampWidth + 32;
  const unknownX = blankX + KEY + 6 + estimateTextWidth(text.blank, legendFont) + 24;
  const legend: HeatmapLegend = {
    ...rampFrame,
    mode,
    fontSize: legendFont,
    swatches,
    paletteName: paletteName('en', input.palette),
    blankKey: keyAt(blankX, theme.blankFill),
    unknownKey: keyAt(unknownX, theme.unknownFill),
  };
  const rightEdge = Math.max(
    grid.gridX + gridWidth + (marginals.rowBars.length > 0 ? PAD + MARGIN_BAR + 48 : 0) + PAD,
    grid.gridX + gridWidth - grid.cellWidth / 2 + grid.slantReach + PAD,
  );
  // A slide's legend is drawn larger: its unknown key's words must still fit.
  const width = Math.max(rightEdge, blankX + 360, smallScale ? unknownKeyEnd(unknownX + KEY, legendFont) : 0);
  const captionSize = fontSize * (smallScale ?? 0.85);
  const captionStep = Math.round(captionSize * 1.3);
  const captionLines = (input.captions ?? []).flatMap((c) => wrapText(c, width - 2 * PAD, captionSize, 4).lines);
  const captionTop = y + 18 + 30;
  const captions = captionLines.map((line, i) => ({
    text: line,
    x: PAD,
    y: captionTop + captionSize + i * captionStep,
  }));
  const height = y + 18 + 24 + PAD + captionLines.length * captionStep + (captionLines.length ? 8 : 0);
  return { legend, extent: { width, height, captions } };
}
