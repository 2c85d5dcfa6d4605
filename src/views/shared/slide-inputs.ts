import {
  metricBarsInput,
  shownMetrics,
  smallMultiplesInput,
  type CountryEntry,
} from '../../charts/compare/compare-inputs';
import type { MetricBarsInput } from '../../charts/compare/metric-bars-layout';
import type { SmallMultiplesInput } from '../../charts/compare/small-multiples-layout';
import type { CompareText } from '../../charts/compare/format-metric';
import { buildHeatmapModel, heatmapInputFromModel } from '../../charts/heatmap/heatmap-model';
import type { HeatmapInput } from '../../charts/heatmap/heatmap-types';
import { heatmapMessages } from '../../i18n/heatmap-messages';
import { rollUpMatrix, type RollupRule } from '../../domain/rollup';
import {
  matricesForCompare,
  pairForCompare,
  resolveGranularity,
  type ResolvedGranularity,
} from '../../domain/compare-align';
import type { SankeyOptions } from '../../charts/sankey/sankey-types';
import type { Lang } from '../../domain/display-options';
import { alignMatrices, diffMatrices, resolveDiffPair, type MatrixDifference } from '../../domain/compare';
import type { RoleMatrix } from '../../domain/matrix';
import { countryMetricsOf } from '../../domain/metrics/metrics-cache';
import type { Workspace } from '../../domain/workspace';
import type { CompareSlideSpec, HeatmapSlideSpec, SankeySlideSpec } from '../../state/present-slice';

/** More rows than this do not fit a slide legibly (nine categories do; 64 services do not). */
export const SLIDE_MAX_ROWS = 24;

/** Whether a heatmap slide showing `shownRows` rows of the matrix draws it per category instead. */
function heatmapSlideRollsUp(matrix: RoleMatrix, shownRows: number): boolean {
  return shownRows > SLIDE_MAX_ROWS && matrix.rows.some((r) => r.x1060Id?.includes('-'));
}

// Headings are asked for on every render of the deck and the presenter: the answer is kept per
// (matrix, slide options), both immutable, instead of building the heatmap model each time.
const perCategory = new WeakMap<RoleMatrix, WeakMap<HeatmapSlideSpec['options'], boolean>>();

/** Whether a heatmap slide draws its matrix per category (see slideHeatmapInput), for its heading. */
export function heatmapSlidePerCategory(matrix: RoleMatrix, slide: HeatmapSlideSpec): boolean {
  let byOptions = perCategory.get(matrix);
  if (!byOptions) perCategory.set(matrix, (byOptions = new WeakMap()));
  let answer = byOptions.get(slide.options);
  if (answer === undefined)
    byOptions.set(
      slide.options,
      (answer = heatmapSlideRollsUp(matrix, buildHeatmapModel(matrix, slide.options, 'en').rows.length)),
    );
  return answer;
}

/**
 * The heatmap input of a slide, built as HeatmapView builds its own but with the projector palette:
 * slides are for the back of a room, whatever palette the desk view uses.
 */
export function slideHeatmapInput(
  matrix: RoleMatrix,
  slide: HeatmapSlideSpec,
  lang: Lang,
  theme: 'light' | 'dark',
): HeatmapInput {
  const t = heatmapMessages[lang];
  let opts = slide.options;
  let model = buildHeatmapModel(matrix, opts, lang);
  const captions: string[] = [];
  // A slide of 64 service rows printed 3–4 px type even on a 1080p screen: beyond SLIDE_MAX_ROWS a
  // matrix with services is shown per category (collapsed), and the slide says so.
  const shown = model.rows.length;
  if (heatmapSlideRollsUp(matrix, shown)) {
    opts = { ...opts, granularity: 'category', expanded: [] };
    model = buildHeatmapModel(matrix, opts, lang);
    captions.push(t.slideRolledUp(shown, (opts.rollup === 'max' ? t.rollupMax : t.rollupMean).toLowerCase()));
  }
  // The fade is part of what the slide shows: it says so, as the heatmap view does under its chart.
  if (opts.threshold > 0) captions.push(t.fadedBelow(opts.threshold));
  const draw = {
    palette: 'projector',
    theme,
    captions,
    colorMode: opts.colorMode,
    brackets: opts.brackets,
    threshold: opts.threshold,
  } as const;
  // Nobody clicks a projected slide: no expand markers; the margin caption still explains "12+" and "?".
  return heatmapInputFromModel(model, {
    ...draw,
    interactive: false,
    unknownMarginCaption: heatmapMessages[lang].marginUnknownCaption,
  });
}

/** Whether a matrix has more rows than a slide shows legibly and services that roll up into categories. */
export function tooManyRowsForSlide(matrix: RoleMatrix): boolean {
  return matrix.rows.length > SLIDE_MAX_ROWS && matrix.rows.some((r) => r.x1060Id?.includes('-'));
}

/**
 * The matrix a Sankey slide draws: as it is, or per category (the highest score of its services)
 * when it has more rows than a slide can show legibly; the slide's heading says so (slideTitle).
 */
export function slideSankeyMatrix(matrix: RoleMatrix): RoleMatrix {
  return tooManyRowsForSlide(matrix) ? rollUpMatrix(matrix, 'max') : matrix;
}

/** The Sankey options of a slide, from the state's names to the chart's. */
export function slideSankeyOptions(slide: SankeySlideSpec): SankeyOptions {
  const o = slide.options;
  return {
    direction: o.sankeyDirection,
    order: o.sankeyOrder,
    minScore: o.sankeyMinScore,
    normalise: o.sankeyNormalise,
    colorBy: o.sankeyColorBy,
    showSectors: o.sankeyShowSectors,
  };
}

/** The countries of a comparison slide that are still in the workspace, in the slide's order. */
export function slideCompareMatrices(workspace: Workspace, slide: CompareSlideSpec): RoleMatrix[] {
  return slide.countryIds
    .map((id) => workspace.matrices.find((m) => m.id === id))
    .filter((m): m is RoleMatrix => m !== undefined);
}

/** A comparison slide's countries as drawn, and how their rows were lined up (stated under the chart). */
export interface SlideComparison {
  readonly shown: readonly RoleMatrix[];
  readonly granularity: ResolvedGranularity;
  readonly rule: RollupRule;
}

/**
 * The countries of a comparison, metrics or difference slide as Compare drew them (its granularity and
 * roll-up, 'auto' for decks saved before it had them); a country too big for a slide rolls them all up.
 */
export function slideComparison(matrices: readonly RoleMatrix[], slide: CompareSlideSpec): SlideComparison {
  const rule = slide.options.compareRollup ?? 'max';
  let granularity = resolveGranularity(slide.options.compareGranularity ?? 'auto', matrices);
  if (matrices.some(tooManyRowsForSlide)) granularity = 'category';
  return { shown: matricesForCompare(matrices, granularity, rule), granularity, rule };
}

/**
 * The comparison slide's side-by-side heatmaps, as the compare view builds them but in the projector
 * palette. The difference heatmap is left off: stacked under the small multiples, both shrank below
 * what a room can read.
 */
export function slideSmallMultiplesInput(
  shown: readonly RoleMatrix[],
  lang: Lang,
  t: CompareText,
): SmallMultiplesInput {
  return smallMultiplesInput(alignMatrices(shown), lang, 'projector', t);
}

/** What a difference slide draws: A − B of its two countries, lined up as Compare lined them up. */
export interface SlideDifference {
  readonly a: RoleMatrix;
  readonly b: RoleMatrix;
  readonly diff: MatrixDifference;
  /** Both drawn per category (by `rule`); the caption says so. */
  readonly perCategory: boolean;
  readonly rule: RollupRule;
}

/**
 * The two countries of a difference slide, chosen as the compare view chose them (its A and B, else
 * the first two compared), and their difference, at the slide's granularity; a matrix of 64 services
 * is always rolled up per category on a slide, and then so is the other, so the two line up row by row.
 */
export function slideDifference(workspace: Workspace, slide: CompareSlideSpec): SlideDifference | undefined {
  const [a, b] = resolveDiffPair(
    slideCompareMatrices(workspace, slide),
    slide.countryIds,
    slide.options.diffA,
    slide.options.diffB,
  );
  if (!a || !b || a === b) return undefined;
  const rule = slide.options.compareRollup ?? 'max';
  const tooBig = tooManyRowsForSlide(a) || tooManyRowsForSlide(b);
  const pair = pairForCompare(a, b, tooBig ? 'category' : (slide.options.compareGranularity ?? 'auto'), rule);
  let byB = differences.get(pair.a);
  if (!byB) differences.set(pair.a, (byB = new WeakMap()));
  let d = byB.get(pair.b);
  if (!d) {
    const perCategory = pair.granularity === 'category';
    byB.set(pair.b, (d = { a, b, diff: diffMatrices(pair.a, pair.b), perCategory, rule }));
  }
  return d;
}

// The deck and the presenter ask for a slide's heading and chart on every render: each pair's
// difference is kept per (A, B) as drawn — matrices are never changed in place — instead of diffed each time.
const differences = new WeakMap<RoleMatrix, WeakMap<RoleMatrix, SlideDifference>>();

/** The metrics slide's bar charts at the slide's threshold. */
export function slideMetricBarsInput(
  shown: readonly RoleMatrix[],
  slide: CompareSlideSpec,
  lang: Lang,
  t: CompareText,
): MetricBarsInput {
  const entries: CountryEntry[] = shown.map((matrix) => ({
    matrix,
    metrics: countryMetricsOf(matrix, slide.options.compareThreshold),
  }));
  return metricBarsInput(entries, shownMetrics(entries), lang, t);
}
