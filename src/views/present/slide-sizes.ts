// The size of each kind of slide chart for the stage it is shown in: the font chosen so the chart's
// smallest text is legible on that screen, cells and plot sized so the chart fills the stage; no band for the
// chart's own title, which the slide's heading shows. Pure.
import type { DifferenceInput } from '../../charts/compare/difference-layout';
import { layoutDifference } from '../../charts/compare/difference-layout';
import type { GridFrameSize } from '../../charts/compare/grid-frame';
import { layoutMetricBars, type MetricBarsInput, type MetricBarsSize } from '../../charts/compare/metric-bars-layout';
import { layoutSmallMultiples, type SmallMultiplesInput } from '../../charts/compare/small-multiples-layout';
import { layoutHeatmap } from '../../charts/heatmap/heatmap-layout';
import type { HeatmapInput, HeatmapSize } from '../../charts/heatmap/heatmap-types';
import { sankeyWords, type SankeyText } from '../../charts/sankey/sankey-describe';
import { layoutSankey } from '../../charts/sankey/sankey-layout';
import type { SankeyInput, SankeyOptions, SankeySize } from '../../charts/sankey/sankey-types';
import { bestFit, gridCandidates, slideTextPx, solveLinear, type Extent, type SlideBox } from '../shared/slide-fit';

// Each chart's smallest text as a share of its font size (its legend, captions or marginal numbers).
const HEATMAP_SMALLEST = 0.85;
const COMPARE_SMALLEST = 0.95;
const SANKEY_SMALLEST = 0.9;

/** A heatmap slide: slanted headings, cells sized to fill the stage. */
export function slideHeatmapSize(input: HeatmapInput, box: SlideBox, blank: string): HeatmapSize {
  const fontSize = slideTextPx(box.screenHeight) / HEATMAP_SMALLEST;
  const measure = (size: HeatmapSize) => layoutHeatmap(input, size, { blank });
  const widths = [12, 18, 24, 30].map((ems) => ems * fontSize);
  // Slanted headings suit short names; long ones (Japanese agency names) fit better wrapped level.
  const candidates = (['slanted', 'wrapped'] as const).flatMap((columnLabels) =>
    gridCandidates({ fontSize, columnLabels, untitled: true }, fontSize, widths, measure, box, 2),
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
  legends: readonly ('below' | 'beside')[] = ['below'],
): GridFrameSize {
  const fontSize = slideTextPx(box.screenHeight) / COMPARE_SMALLEST;
  const widths = [8, 12, 16, 22, 28].map((ems) => ems * fontSize);
  const candidates = legends.flatMap((legend) =>
    (['rotated', 'wrapped'] as const).flatMap((columnLabels) =>
      gridCandidates(
        { fontSize, columnLabels, maxColumnLabelWidth: 30 * fontSize, legend, untitled: true },
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

/** The side-by-side heatmaps of a comparison slide. */
export function slideSmallMultiplesSize(input: SmallMultiplesInput, box: SlideBox): GridFrameSize {
  return slideGridSize((size) => layoutSmallMultiples(input, size), box, 1.8);
}

/** The difference heatmap of a difference slide: its signed numbers ("+10") need wider cells. */
export function slideDifferenceSize(input: DifferenceInput, box: SlideBox): GridFrameSize {
  return slideGridSize((size) => layoutDifference(input, size), box, 2.4, ['below', 'beside']);
}

/** The metric charts of a metrics slide: as many panels a row as fill the stage best. */
export function slideMetricBarsSize(input: MetricBarsInput, box: SlideBox): MetricBarsSize {
  const fontSize = slideTextPx(box.screenHeight) / COMPARE_SMALLEST;
  const measure = (size: MetricBarsSize) => layoutMetricBars(input, size);
  const candidates = [2, 3, 4, 5, 6].map((panelsPerRow) => {
    const panelWidth = solveLinear(
      (w) => measure({ fontSize, panelsPerRow, panelWidth: w, untitled: true }).width,
      box.width,
      8 * fontSize,
      30 * fontSize,
    );
    return { fontSize, panelsPerRow, panelWidth: Math.floor(panelWidth), untitled: true };
  });
  return bestFit(candidates, measure, box);
}

/** A Sankey slide (or one of a pair): the stage's width, the plot as tall as the rest leaves. */
export function slideSankeySize(
  input: SankeyInput,
  options: SankeyOptions,
  text: SankeyText,
  box: SlideBox,
): SankeySize {
  const fontSize = slideTextPx(box.screenHeight) / SANKEY_SMALLEST;
  const words = sankeyWords(text, '', input, options);
  const measure = (size: SankeySize) => layoutSankey(input, options, size, words);
  const candidates = [12, 16, 22].map((ems) => {
    const base = { width: box.width, fontSize, maxLabelWidth: ems * fontSize, untitled: true };
    const plotHeight = solveLinear((h) => measure({ ...base, plotHeight: h }).height, box.height, 150, 2000);
    return { ...base, plotHeight: Math.floor(plotHeight) };
  });
  return bestFit(candidates, measure, box);
}
