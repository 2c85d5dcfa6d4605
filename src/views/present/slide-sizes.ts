// The size of each kind of slide chart for the stage it is shown in: the font chosen so the chart's
// smallest text is legible on that screen, cells and plot sized so the chart fills the stage; no band for the
// chart's own title, which the slide's heading shows. Pure.
import type { DifferenceInput } from '../../charts/compare/difference-layout';
import { layoutDifference } from '../../charts/compare/difference-layout';
import type { GridFrameSize } from '../../charts/compare/grid-frame';
import {
  layoutMetricBars,
  metricPanelMinWidth,
  type MetricBarsInput,
  type MetricBarsSize,
} from '../../charts/compare/metric-bars-layout';
import { layoutSmallMultiples, type SmallMultiplesInput } from '../../charts/compare/small-multiples-layout';
import { layoutHeatmap } from '../../charts/heatmap/heatmap-layout';
import { estimateTextWidth, wrapText } from '../../charts/text-measure';
import type { HeatmapInput, HeatmapSize } from '../../charts/heatmap/heatmap-types';
import { sankeyWords, type SankeyText } from '../../charts/sankey/sankey-describe';
import { layoutPairLegend, layoutSankey, type PairLegendLayout } from '../../charts/sankey/sankey-layout';
import { pairSankeySizes } from '../shared/sankey-pair';
import type { SankeyInput, SankeyOptions, SankeySize } from '../../charts/sankey/sankey-types';
import {
  bestFit,
  fitScale,
  gridCandidates,
  slideTextPx,
  solveLinear,
  type Extent,
  type SlideBox,
} from '../shared/slide-fit';

/** Room round a grid row's name on a slide, px (10 on screen): nine one-line rows then fit a 720-line screen. */
export const SLIDE_ROW_PAD = 4;

/**
 * A heatmap slide's room round its row names, px: at SLIDE_ROW_PAD its nine rows, slanted headings, legend and NCSC key
 * made the Japanese heatmap 563 px tall on a 1280 × 720 stage of 562.97 (its labels 0.9999 of 18 px).
 */
const HEATMAP_ROW_PAD = SLIDE_ROW_PAD - 1;

// Each chart's smallest text as a share of its font size (its legend, captions or marginal numbers).
const COMPARE_SMALLEST = 0.95;
const SANKEY_SMALLEST = 0.9;

/**
 * A heatmap slide: slanted headings, cells sized to fill the stage. Its marginal numbers, legend and captions are
 * drawn at the labels' size (smallScale 1), the room's minimum: smaller ones made every label 1/0.85 of it. The
 * legend starts under the row names: under the grid, its keys made the chart wider than 4:3 (0.89 at 1440 × 1080).
 */
export function slideHeatmapSize(input: HeatmapInput, box: SlideBox, blank: string): HeatmapSize {
  const fontSize = slideTextPx(box.screenHeight);
  const measure = (size: HeatmapSize) => layoutHeatmap(input, size, { blank });
  const widths = [12, 18, 24, 30, 36].map((ems) => ems * fontSize);
  // Slanted headings suit short names; long ones (Japanese agency names) fit better wrapped level.
  const candidates = (['slanted', 'wrapped'] as const).flatMap((columnLabels) =>
    gridCandidates(
      { fontSize, columnLabels, untitled: true, smallScale: 1, legendAtStart: true, rowPad: HEATMAP_ROW_PAD },
      fontSize,
      widths,
      measure,
      box,
      2,
    ),
  );
  return bestFit(candidates, measure, box);
}

/**
 * A compare grid chart (side-by-side heatmaps, difference) for the stage: slanted or level column
 * names, whichever fills more, with whole names (Japanese agency names are long), cells at least
 * `minCellEms` wide for their numbers, and the legend under the grid or beside it (`legends` tried).
 */
function slideGridSize(
  measure: (size: GridFrameSize) => Extent,
  box: SlideBox,
  minCellEms: number,
  legends: readonly NonNullable<GridFrameSize['legend']>[] = ['below'],
  /** A slide's own sizes: rows' room (rowPad), the legend at the labels' size (legendScale or smallScale 1). */
  slide: Pick<GridFrameSize, 'rowPad' | 'legendScale' | 'smallScale'> = {},
): GridFrameSize {
  const labelsAtMinimum = slide.legendScale === 1 || slide.smallScale === 1;
  const fontSize = slideTextPx(box.screenHeight) / (labelsAtMinimum ? 1 : COMPARE_SMALLEST);
  const widths = [8, 12, 16, 22, 28, 34, 40].map((ems) => ems * fontSize);
  const candidates = legends.flatMap((legend) =>
    (['rotated', 'wrapped'] as const).flatMap((columnLabels) =>
      gridCandidates(
        { fontSize, columnLabels, maxColumnLabelWidth: 30 * fontSize, legend, untitled: true, ...slide },
        fontSize,
        widths,
        measure,
        box,
        minCellEms,
      ),
    ),
  );
  return bestFit(candidates, measure, box);
}

/**
 * The side-by-side heatmaps of a comparison slide (or of one part: slide-parts.ts): the legend at the labels'
 * size, under the grid or in the corner above the row names that one or two countries leave empty.
 */
export function slideSmallMultiplesSize(input: SmallMultiplesInput, box: SlideBox): GridFrameSize {
  const slide = { smallScale: 1, rowPad: SLIDE_ROW_PAD };
  return slideGridSize((size) => layoutSmallMultiples(input, size), box, 1.7, ['below', 'corner'], slide);
}

/**
 * A difference cell's least width in ems of the chart's font: its widest number ("+10", bold, drawn at 1.1 em) with
 * 0.35 em each side. At 2.4 em, "+10" filled its whole cell (a new-user trial).
 */
export function differenceCellEms(): number {
  return (estimateTextWidth('+10', 110, true) + 70) / 100;
}

/** The difference heatmap of a difference slide: its signed numbers ("+10") need wider cells. */
export function slideDifferenceSize(input: DifferenceInput, box: SlideBox): GridFrameSize {
  const legends = ['below', 'beside', 'stacked'] as const;
  // Its legend at the labels' size (0.95 on screen), so the labels need not be 1/0.95 of the room's minimum.
  const slide = { rowPad: SLIDE_ROW_PAD, legendScale: 1 };
  return slideGridSize((size) => layoutDifference(input, size), box, differenceCellEms(), legends, slide);
}

/** The metric charts of a metrics slide: as many panels a row as fill the stage best. */
export function slideMetricBarsSize(input: MetricBarsInput, box: SlideBox): MetricBarsSize {
  // Every word of the metric charts is drawn at their font size (MetricBars): none smaller to allow for.
  const fontSize = slideTextPx(box.screenHeight);
  // Never so narrow that a panel's values run into the next panel's names.
  const minWidth = metricPanelMinWidth(input, fontSize);
  const measure = (size: MetricBarsSize) => layoutMetricBars(input, size);
  const candidates = [2, 3, 4, 5, 6].map((panelsPerRow) => {
    const panelWidth = solveLinear(
      (w) => measure({ fontSize, panelsPerRow, panelWidth: w, untitled: true, rowTitles: true }).width,
      box.width,
      minWidth,
      Math.max(minWidth, 30 * fontSize),
    );
    return { fontSize, panelsPerRow, panelWidth: Math.floor(panelWidth), untitled: true, rowTitles: true };
  });
  return bestFit(candidates, measure, box);
}

/**
 * A Sankey slide's chart (or one of a pair): the stage's width, the plot as tall as the rest leaves. No legend
 * in the chart: the slide draws one under it (slideSankeyLegend) without the categories' and stakeholders'
 * swatches, which only repeat the names drawn beside their coloured nodes (nine categories took four lines).
 */
export function slideSankeySize(
  input: SankeyInput,
  options: SankeyOptions,
  text: SankeyText,
  box: SlideBox,
  pair?: { readonly title: string },
): SankeySize {
  // A pair's labels are its smallest text (the room's minimum): its notes are said once, for both, in the caption.
  const fontSize = slideTextPx(box.screenHeight) / (pair ? 1 : SANKEY_SMALLEST);
  // One chart of a pair is titled with its country, drawn (the slide's heading names both).
  const words = sankeyWords(text, pair?.title ?? '', input, options);
  const [untitled, legend] = [pair === undefined, false];
  const measure = (size: SankeySize) => layoutSankey(input, options, size, words);
  const candidates = [12, 16, 22].map((ems) => {
    const notes = pair === undefined;
    const base = { width: box.width, fontSize, maxLabelWidth: ems * fontSize, untitled, legend, notes };
    const plotHeight = solveLinear((h) => measure({ ...base, plotHeight: h }).height, box.height, 150, 2000);
    return { ...base, plotHeight: Math.floor(plotHeight) };
  });
  return bestFit(candidates, measure, box);
}

/** A one-country Sankey slide: the chart over its legend (the scale bar and the sector groups). */
export function slideSankeySolo(
  input: SankeyInput,
  options: SankeyOptions,
  text: SankeyText,
  box: SlideBox,
): { size: SankeySize; legend: PairLegendLayout } {
  const fontSize = slideTextPx(box.screenHeight) / SANKEY_SMALLEST;
  const charts = [{ input, words: sankeyWords(text, '', input, options) }];
  const legendAt = (pxPerUnit: number) => layoutPairLegend(charts, options, { width: box.width, fontSize, pxPerUnit });
  const rest = { ...box, height: Math.max(1, box.height - legendAt(0).height - PAIR_LEGEND_GAP) };
  const size = slideSankeySize(input, options, text, rest);
  const { pxPerUnit } = layoutSankey(input, options, size, charts[0]!.words);
  return { size, legend: legendAt(pxPerUnit) };
}

/** Between the two Sankeys of a pair and their legend, in CSS px (presenter.css). */
export const PAIR_LEGEND_GAP = 8;

/** A side-by-side Sankey slide as drawn: the two charts' sizes, their legend, and whether rows are named by id. */
export interface SlidePairFit {
  readonly sizes: readonly [SankeySize, SankeySize];
  readonly legend: PairLegendLayout;
  /** The rows are named by id alone, and the key of those names is drawn under the legend. */
  readonly keyed: boolean;
}

/**
 * Two Sankeys side by side on one scale (`gap` px apart) over their one shared legend, the stage's width:
 * each half then keeps its height for its flows instead of two half-width legends. Where whole row names would
 * draw the pair below the room's minimum, the rows are named by id (`keyed`: keyRowIds) with their key under it.
 */
export function slideSankeyPair(
  inputs: readonly [SankeyInput, SankeyInput],
  options: SankeyOptions,
  text: SankeyText,
  box: SlideBox,
  gap: number,
  /** Each chart's title: its country, drawn above it. */
  titles: readonly [string, string],
  /** The pair with rows named by id, and the key of those names (keyRowIds). */
  keyed?: { readonly inputs: readonly [SankeyInput, SankeyInput]; readonly key: string },
): SlidePairFit {
  const whole = fitPair(inputs, options, text, box, gap, titles);
  if (!keyed || whole.scale >= 0.999) return { ...whole, keyed: false };
  const rest = belowRowKey(keyed.key, box);
  const short = fitPair(keyed.inputs, options, text, rest, gap, titles);
  return short.scale > whole.scale ? { ...short, keyed: true } : { ...whole, keyed: false };
}

/** Two Sankeys side by side over their legend in `box`, and the scale their charts are drawn at (1 = their own size). */
function fitPair(
  inputs: readonly [SankeyInput, SankeyInput],
  options: SankeyOptions,
  text: SankeyText,
  box: SlideBox,
  gap: number,
  titles: readonly [string, string],
) {
  // The legend is drawn at its own size (0.9 of its font: the room's minimum).
  const fontSize = slideTextPx(box.screenHeight) / SANKEY_SMALLEST;
  const charts = inputs.map((input, i) => ({ input, words: sankeyWords(text, titles[i]!, input, options) }));
  const legendAt = (pxPerUnit: number) => layoutPairLegend(charts, options, { width: box.width, fontSize, pxPerUnit });
  const first = legendAt(0);
  const half = {
    ...box,
    width: Math.floor((box.width - gap) / 2),
    height: Math.max(1, box.height - first.height - PAIR_LEGEND_GAP),
  };
  const base = slideSankeySize(inputs[0], options, text, half, { title: titles[0] });
  const sizes = pairSankeySizes(inputs, options, text, base);
  const scale = Math.min(...charts.map((c, i) => fitScale(layoutSankey(c.input, options, sizes[i]!, c.words), half)));
  return { sizes, legend: legendAt(sizes[0].pxPerUnit ?? 0), scale };
}

/** What a chart has of `box` over the key of its rows named by id (.slide-row-key: the room's size, 1.3 lines, 8 px above). */
export function belowRowKey(key: string, box: SlideBox): SlideBox {
  const font = slideTextPx(box.screenHeight);
  const keyLines = wrapText(key, box.width, font, 20).lines.length;
  return { ...box, height: Math.max(1, box.height - Math.ceil(keyLines * font * 1.3) - PAIR_LEGEND_GAP) };
}

/** A grid slide's chart size, and whether its rows are named by id with their key under it. */
export interface KeyedFit<S> {
  readonly size: S;
  readonly keyed: boolean;
}

/**
 * A grid chart (heatmap, difference) with whole row names, or with rows named by id (keyRows) and their key under
 * it: only where whole names would draw its text under the room's minimum and ids draw it larger. `sizeFor` sizes
 * an input for a box (slideHeatmapSize, slideDifferenceSize), `measure` lays it out.
 */
export function keyedGridFit<I, S>(
  whole: I,
  keyed: { readonly input: I; readonly key: string },
  box: SlideBox,
  sizeFor: (input: I, box: SlideBox) => S,
  measure: (input: I, size: S) => Extent,
): KeyedFit<S> {
  const size = sizeFor(whole, box);
  const scale = fitScale(measure(whole, size), box);
  if (!keyed.key || scale >= 0.999) return { size, keyed: false };
  const rest = belowRowKey(keyed.key, box);
  const short = sizeFor(keyed.input, rest);
  return fitScale(measure(keyed.input, short), rest) > scale ? { size: short, keyed: true } : { size, keyed: false };
}
