// A comparison slide too wide for the room continues on further slide parts ("1/2", "2/2"), as an overlong
// table does in PowerPoint: each part the same rows, columns, order and 0–10 scale, fewer countries side by
// side. Everything that walks the deck (presenter keys and counter, presenter view, PDF, PowerPoint) walks
// its pages: one per part. Pure.
import { layoutSmallMultiples, type SmallMultiplesInput } from '../../charts/compare/small-multiples-layout';
import type { Lang } from '../../domain/display-options';
import type { Workspace } from '../../domain/workspace';
import { compareMessages } from '../../i18n/compare-messages';
import type { SlideSpec } from '../../state/present-slice';
import { fitScale, slideTextPx, type SlideBox } from '../shared/slide-fit';
import {
  slideCompareMatrices,
  slideComparison,
  slideSmallMultiplesInput,
  type SlideComparison,
} from '../shared/slide-inputs';
import { keyLongColumns } from './slide-keys';
import { slideSmallMultiplesSize } from './slide-sizes';

/** One part of a slide that continues over several: which of its countries (panels) it shows. */
export interface SlidePart {
  /** 0-based. */
  readonly index: number;
  /** How many parts the slide has (≥ 2: a slide that fits has no parts). */
  readonly count: number;
  /** The indices of the comparison's countries this part shows, in the slide's order. */
  readonly panels: readonly number[];
}

/** n items in `parts` runs as even as possible, the longer first: 3 in 2 → [[0, 1], [2]]; 5 in 2 → [[0, 1, 2], [3, 4]]. */
export function splitEvenly(n: number, parts: number): number[][] {
  const p = Math.max(1, Math.min(n, Math.trunc(parts)));
  const runs: number[][] = [];
  let at = 0;
  for (let i = 0; i < p; i++) {
    const length = Math.ceil((n - at) / (p - i));
    runs.push(Array.from({ length }, (_, k) => at + k));
    at += length;
  }
  return runs;
}

/** Whether a chart of just these countries is drawn at its own size (type at the room's minimum) in box. */
function panelsFit(input: SmallMultiplesInput, panels: readonly number[], box: SlideBox): boolean {
  const part = { ...input, panels: panels.map((i) => input.panels[i]!) };
  return fitScale(layoutSmallMultiples(part, slideSmallMultiplesSize(part, box)), box) >= 0.995;
}

/**
 * The parts of a comparison: the fewest whose every chart keeps the room's type size (countries split
 * evenly, in order), one country a part at most; [] when the whole comparison fits on one slide.
 */
export function comparisonParts(input: SmallMultiplesInput, box: SlideBox): SlidePart[] {
  const n = input.panels.length;
  if (
    n <= 1 ||
    panelsFit(
      input,
      input.panels.map((_, i) => i),
      box,
    )
  )
    return [];
  let runs = splitEvenly(n, n);
  for (let count = 2; count < n; count++) {
    const split = splitEvenly(n, count);
    // The first run is the longest: panels differ only in their countries' names, which never widen them.
    if (panelsFit(input, split[0]!, box)) {
      runs = split;
      break;
    }
  }
  return runs.map((panels, index) => ({ index, count: runs.length, panels }));
}

/** A comparison slide's side-by-side heatmaps as the slide draws them: long headings shortened, with their key. */
export function comparisonSlideInput(
  shown: SlideComparison['shown'],
  lang: Lang,
): { readonly data: SmallMultiplesInput; readonly keys: readonly string[] } {
  const full = slideSmallMultiplesInput(shown, lang, compareMessages[lang]);
  const { columns, keys } = keyLongColumns(full.columns);
  return { data: { ...full, columns }, keys };
}

// Each answer lays the chart out some hundred times: kept per (workspace, slide), both immutable, and size.
const partsCache = new WeakMap<Workspace, WeakMap<SlideSpec, Map<string, SlidePart[]>>>();

/** The parts a slide is shown in on a chart area of `box` ([] = one slide, as every kind but the comparison). */
export function slideParts(slide: SlideSpec, workspace: Workspace, lang: Lang, box: SlideBox): SlidePart[] {
  if (slide.kind !== 'compare') return [];
  let bySlide = partsCache.get(workspace);
  if (!bySlide) partsCache.set(workspace, (bySlide = new WeakMap()));
  let bySize = bySlide.get(slide);
  if (!bySize) bySlide.set(slide, (bySize = new Map<string, SlidePart[]>()));
  const key = `${lang} ${box.width}×${box.height} ${box.screenHeight}`;
  let parts = bySize.get(key);
  if (!parts) {
    const matrices = slideCompareMatrices(workspace, slide);
    parts =
      matrices.length < 2
        ? []
        : comparisonParts(comparisonSlideInput(slideComparison(matrices, slide).shown, lang).data, box);
    bySize.set(key, parts);
  }
  return parts;
}

/**
 * The chart area of a presenter slide on a screen of this size (presenter.css): the slide less its heading
 * (one line, at most 3.2 vw), its footer (counter, buttons and about four lines of sources, at the room's
 * minimum) and three caption lines. Estimated a little small, never large.
 */
export function presenterChartBox(screen: { readonly width: number; readonly height: number }): SlideBox {
  const { width, height } = screen;
  const [vw, vh] = [width / 100, height / 100];
  const heading = Math.min(64, Math.max(28, 3.2 * vw)) * 1.15 + 1.8 * vh;
  // The footer's text is at the room's minimum (presenter.css: max(18px, 100vh / 45)), its sources up to four lines.
  const footer = 1.2 * vh + 2 + 4 * 1.25 * Math.max(18, height / 45);
  // Three caption lines: the roll-up, the key of a short heading (a line of its own), "continued".
  const caption = 3 * 1.3 * slideTextPx(height) + 0.4 * vh;
  return {
    width: Math.floor(width - 4 * vw),
    height: Math.max(1, Math.floor(height - heading - footer - caption)),
    screenHeight: height,
  };
}

/** The chart area of an exported slide (PowerPoint, PDF): a 1280 × 720 slide's 600-px stage less two caption lines. */
export const EXPORT_CHART_BOX: SlideBox = { width: 1280, height: 600 - 2 * 1.3 * 18, screenHeight: 720 };

/** One page of the deck as it is walked: a slide, or one part of a slide that continues. */
export interface DeckPage<S> {
  readonly slide: S;
  /** The slide's place in the deck (0-based). */
  readonly slideIndex: number;
  readonly part?: SlidePart;
}

/** The deck's pages in order: each slide once, a slide with parts once per part. */
export function deckPages<S>(slides: readonly S[], partsOf: (slide: S) => readonly SlidePart[]): DeckPage<S>[] {
  return slides.flatMap((slide, slideIndex) => {
    const parts = partsOf(slide);
    return parts.length === 0 ? [{ slide, slideIndex }] : parts.map((part) => ({ slide, slideIndex, part }));
  });
}

/** The page showing part `part` of slide `slideIndex` (a part past the slide's last is its last). */
export function pageIndexOf(pages: readonly DeckPage<unknown>[], slideIndex: number, part: number): number {
  let found = -1;
  pages.forEach((p, i) => {
    if (p.slideIndex === slideIndex && (found < 0 || (p.part?.index ?? 0) <= part)) found = i;
  });
  return Math.max(0, found);
}

/** The page a step leads to from page `at` of `count`, staying within the deck. */
export function stepPage(at: number, count: number, step: 'next' | 'previous' | 'first' | 'last'): number {
  const to = { next: at + 1, previous: at - 1, first: 0, last: count - 1 }[step];
  return Math.max(0, Math.min(count - 1, to));
}

/** What names a page: the counter ("Slide 4 of 6 (1/2)") and the heading, each with the part when there is one. */
export function pageWords(
  t: { readonly slideOf: (i: number, n: number) => string; readonly partOf: (i: number, n: number) => string },
  page: DeckPage<unknown> | undefined,
  slideCount: number,
  title: string,
): { readonly counter: string; readonly title: string } {
  const part = page?.part ? t.partOf(page.part.index + 1, page.part.count) : '';
  return { counter: t.slideOf((page?.slideIndex ?? 0) + 1, Math.max(1, slideCount)) + part, title: title + part };
}
