import type { StateCreator } from 'zustand';
import { resolveCompareIds, resolveDiffPair } from '../domain/compare';
import type { PaletteId } from '../domain/display-options';
import type { HeatmapSlice } from './heatmap-slice';
import type { SankeySlice } from './sankey-slice';
import type { AppState } from './store';

/** A heatmap slide: one country with the heatmap options it had when added. */
export interface HeatmapSlideSpec {
  readonly kind: 'heatmap';
  readonly countryId: string;
  readonly palette: PaletteId;
  readonly options: HeatmapSlice['heatmap'];
}

/** A Sankey slide: one country (and optionally a second, side by side) with the Sankey options. */
export interface SankeySlideSpec {
  readonly kind: 'sankey';
  readonly countryId: string;
  /** The second country drawn side by side on the same scale (the Sankey view's "compare with"). */
  readonly compareId?: string;
  readonly options: Pick<
    SankeySlice,
    'sankeyDirection' | 'sankeyOrder' | 'sankeyMinScore' | 'sankeyNormalise' | 'sankeyColorBy' | 'sankeyShowSectors'
  >;
}

/**
 * A comparison slide: several countries side by side, their metrics, or the difference A − B of two
 * of them (diffA/diffB as the compare view chose them, else its first two), with the comparison options.
 */
export interface CompareSlideSpec {
  readonly kind: 'compare' | 'metrics' | 'difference';
  readonly countryIds: readonly string[];
  /** Granularity and roll-up are absent in decks saved before Compare could roll up ('auto', 'max'). */
  readonly options: Pick<AppState, 'compareThreshold' | 'diffA' | 'diffB'> &
    Partial<Pick<AppState, 'compareGranularity' | 'compareRollup'>>;
}

/** What one slide shows; the union grows as views learn to be presented. */
export type SlideSpec = HeatmapSlideSpec | SankeySlideSpec | CompareSlideSpec;
/** What the presenter adds to a slide: a title of their own and speaker notes (both optional). */
export interface SlideText {
  /** Replaces the generated heading (two variants of one heatmap told apart); blank = the generated one. */
  readonly title?: string;
  /** Speaker notes: shown in the deck, never on the projected slide. */
  readonly notes?: string;
}
/** A slide in the deck: its spec plus an id unique in the deck, and the presenter's own text. */
export type Slide = SlideSpec & SlideText & { readonly id: string };

/** Presenter mode and its deck of slides: owned by the present feature. */
export interface PresentSlice {
  presenting: boolean;
  /** The slides in presenting order; saved with the workspace (see partializePresent). */
  deck: readonly Slide[];
  /** The slide shown in presenter mode (0-based, clamped to the deck). */
  slideIndex: number;
  /** Which part of that slide, when it continues over several (0-based; the view clamps it to the slide's parts). */
  slidePart: number;
  setPresenting: (on: boolean) => void;
  /** The deck's print document is open (Export PDF), until the print dialog closes. */
  printingDeck: boolean;
  setPrintingDeck: (on: boolean) => void;
  /** Appends a snapshot of what a view shows now; returns the new slide's id. */
  addSlide: (spec: SlideSpec) => string;
  removeSlide: (id: string) => void;
  /** Moves a slide by delta places (−1 = earlier), stopping at either end. */
  moveSlide: (id: string, delta: number) => void;
  /** The slides the last "Clear deck" removed, until undone or the deck is cleared again (not saved). */
  clearedDeck: readonly Slide[];
  /** Empties the deck, keeping what it held for undoClearDeck. */
  clearDeck: () => void;
  /** Puts back the slides the last clearDeck removed, ahead of any slide added since. */
  undoClearDeck: () => void;
  /** Sets a slide's own title (blank = the generated heading) and/or its speaker notes. */
  editSlide: (id: string, text: SlideText) => void;
  /** Replaces the deck wholesale (persistence, standalone files). */
  loadDeck: (deck: readonly Slide[]) => void;
  /** Shows slide `index` (its part `part`, default the first). */
  goToSlide: (index: number, part?: number) => void;
}

/** The part of the present state saved with the workspace. */
export function partializePresent(s: Pick<PresentSlice, 'deck'>): Pick<PresentSlice, 'deck'> {
  return { deck: s.deck };
}

/** The comparison options a comparison slide keeps. */
function compareOptions(s: AppState): CompareSlideSpec['options'] {
  const { compareThreshold, diffA, diffB, compareGranularity, compareRollup } = s;
  return { compareThreshold, diffA, diffB, compareGranularity, compareRollup };
}

/** A snapshot of the current state as a slide spec for a view; editor views present as heatmaps. */
export function snapshotSlide(s: AppState, view: SlideSpec['kind'] | 'editor' = s.view): SlideSpec | undefined {
  if (view === 'difference') {
    // The pair as the Compare view resolves it, among every loaded country; the slide keeps just those two.
    const all = s.workspace.matrices;
    const [a, b] = resolveDiffPair(all, resolveCompareIds(all, s.compareIds), s.diffA, s.diffB);
    if (!a || !b || a === b) return undefined;
    return {
      kind: 'difference',
      countryIds: [a.id, b.id],
      options: { ...compareOptions(s), diffA: a.id, diffB: b.id },
    };
  }
  if (view === 'compare' || view === 'metrics') {
    const ids = s.compareIds ?? s.workspace.matrices.slice(0, 3).map((m) => m.id);
    return ids.length === 0
      ? undefined
      : {
          kind: view,
          countryIds: [...ids],
          options: compareOptions(s),
        };
  }
  if (s.selectedId === undefined) return undefined;
  if (view === 'sankey') {
    const { sankeyDirection, sankeyOrder, sankeyMinScore, sankeyNormalise, sankeyColorBy, sankeyShowSectors } = s;
    const other = s.sankeyCompareId !== s.selectedId ? s.sankeyCompareId : undefined;
    return {
      kind: 'sankey',
      countryId: s.selectedId,
      ...(other !== undefined && s.workspace.matrices.some((m) => m.id === other) ? { compareId: other } : {}),
      options: { sankeyDirection, sankeyOrder, sankeyMinScore, sankeyNormalise, sankeyColorBy, sankeyShowSectors },
    };
  }
  return { kind: 'heatmap', countryId: s.selectedId, palette: s.palette, options: s.heatmap };
}

const clampIndex = (i: number, n: number) => Math.max(0, Math.min(n - 1, Math.trunc(i) || 0));

export const presentSlice: StateCreator<AppState, [], [], PresentSlice> = (set, get) => ({
  presenting: false,
  printingDeck: false,
  setPrintingDeck: (printingDeck) => set({ printingDeck }),
  deck: [],
  slideIndex: 0,
  slidePart: 0,
  // Entering always starts at the first slide: a workshop deck is shown from the top.
  setPresenting: (presenting) => set(presenting ? { presenting, slideIndex: 0, slidePart: 0 } : { presenting }),
  addSlide: (spec) => {
    // Unique across tabs too: two tabs adding a slide at once must not make one slide of two.
    const used = new Set(get().deck.map((d) => d.id));
    let id: string;
    do id = `slide-${Math.random().toString(36).slice(2, 10)}`;
    while (used.has(id));
    set((s) => ({ deck: [...s.deck, { ...spec, id }] }));
    return id;
  },
  removeSlide: (id) =>
    set((s) => {
      const deck = s.deck.filter((d) => d.id !== id);
      return { deck, slideIndex: clampIndex(s.slideIndex, deck.length) };
    }),
  moveSlide: (id, delta) =>
    set((s) => {
      const from = s.deck.findIndex((d) => d.id === id);
      if (from < 0) return {};
      const to = clampIndex(from + delta, s.deck.length);
      const deck = [...s.deck];
      deck.splice(to, 0, ...deck.splice(from, 1));
      return { deck };
    }),
  clearedDeck: [],
  clearDeck: () => set((s) => (s.deck.length ? { deck: [], slideIndex: 0, clearedDeck: s.deck } : {})),
  undoClearDeck: () =>
    set((s) => {
      const ids = new Set(s.clearedDeck.map((d) => d.id));
      return { deck: [...s.clearedDeck, ...s.deck.filter((d) => !ids.has(d.id))], clearedDeck: [] };
    }),
  editSlide: (id, text) =>
    set((s) => ({
      deck: s.deck.map((d) => {
        if (d.id !== id) return d;
        const next: Slide = { ...d, ...text };
        // Blank text is no text: the generated heading comes back, and no empty notes are saved.
        const { title, notes, ...rest } = next;
        return {
          ...rest,
          ...(title?.trim() ? { title: title.trim() } : {}),
          ...(notes?.trim() ? { notes } : {}),
        };
      }),
    })),
  loadDeck: (deck) => set((s) => ({ deck: [...deck], slideIndex: clampIndex(s.slideIndex, Math.max(1, deck.length)) })),
  goToSlide: (index, part = 0) =>
    set((s) => ({
      slideIndex: clampIndex(index, Math.max(1, s.deck.length)),
      slidePart: Math.max(0, Math.trunc(part) || 0),
    })),
});
