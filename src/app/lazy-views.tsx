// The views and features that the first screen (the heatmap of the first country) does not need, each
// loaded on demand in its own chunk: the initial script holds only the shell and the heatmap. A chunk is
// fetched ahead when the user points at or focuses its tab, and all of them once the page is idle, so that
// switching is as quick as before. The single-file build inlines these chunks (see vite.config.ts).
import type { ComponentType } from 'react';
import { useAppState } from '../state/store-context';
import { lazyPart } from '../ui/lazy-part';
import { ChartExportBar, FigureSourceNote, HeatmapControls } from '../views/heatmap/lazy-controls';

const toolbar = () => import('./toolbar-parts');
const view = <P extends object>(load: () => Promise<ComponentType<P>>, name: string) =>
  lazyPart(load, 'view-loading', name);
const tool = <P extends object>(load: () => Promise<ComponentType<P>>, name: string) =>
  lazyPart(load, 'toolbar-slot', name);

export const SankeyView = view(() => import('../views/sankey/SankeyView').then((m) => m.SankeyView), 'SankeyView');
export const CompareView = view(() => import('../views/compare/CompareView').then((m) => m.CompareView), 'CompareView');
export const EditorView = view(() => import('../views/editor/EditorView').then((m) => m.EditorView), 'EditorView');
export const PresenterMode = view(
  () => import('../views/present/PresenterMode').then((m) => m.PresenterMode),
  'PresenterMode',
);
const LazyReview = view(() => import('../views/import/ImportReview').then((m) => m.ImportReview), 'ImportReview');

// The toolbar, drawn as soon as its chunk is in (each placeholder holds its control's place).
export const CountryPicker = tool(() => toolbar().then((m) => m.CountryPicker), 'CountryPicker');
export const LanguagePicker = tool(() => toolbar().then((m) => m.LanguagePicker), 'LanguagePicker');
export const ImportExportBar = tool(() => toolbar().then((m) => m.ImportExportBar), 'ImportExportBar');
export const PresentButton = tool(() => toolbar().then((m) => m.PresentButton), 'PresentButton');

/** Every part that loads on demand, by the name its tab or feature goes by. */
const PARTS: Record<string, { preload: () => Promise<void> }> = {
  sankey: SankeyView,
  compare: CompareView,
  editor: EditorView,
  presenter: PresenterMode,
  review: LazyReview,
  toolbar: CountryPicker,
  language: LanguagePicker,
  files: ImportExportBar,
  present: PresentButton,
  controls: HeatmapControls,
  exports: ChartExportBar,
};

/** Loads the parts the first screen draws (the toolbar, the heatmap's controls): a prerendered page hydrates them. */
export async function preloadFirstScreen(): Promise<void> {
  const toolbarParts = [CountryPicker, LanguagePicker, ImportExportBar, PresentButton];
  const parts = [...toolbarParts, HeatmapControls, ChartExportBar, FigureSourceNote, HowToCite];
  await Promise.all(parts.map((p) => p.preload()));
}

/** Starts loading a part's chunk, e.g. when its tab is pointed at; harmless when already loaded. */
export function prefetchPart(part: string): void {
  PARTS[part]?.preload().catch(() => undefined);
}

/** Loads every on-demand part, so that each draws at once from then on (the unit tests use it). */
export async function preloadParts(): Promise<void> {
  await Promise.all(Object.values(PARTS).map((p) => p.preload()));
}

/** The import review, loaded when a file is being read or reviewed (the worker is started separately). */
export function ImportReview() {
  const active = useAppState((s) => s.review !== null || s.progress !== null);
  return active ? <LazyReview /> : null;
}

/** The part a view tab (id "…-tab-<view>", see ui/Tabs.tsx) shows, if it is loaded on demand. */
function partOfTab(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  const tab = target.closest('[role="tab"]');
  return tab?.id.match(/-tab-([a-z]+)$/)?.[1];
}

/**
 * Prefetches a view's chunk when its tab is pointed at or focused, and every chunk once the page has
 * loaded, `drawn` has resolved (the app is on screen, saved work included) and the page is idle. Listens
 * on the document, so the tabs need not know.
 */
export function prefetchOnIntent(doc: Document, drawn: Promise<void> = Promise.resolve()): void {
  const onIntent = (e: Event) => {
    const part = partOfTab(e.target);
    if (part) prefetchPart(part);
  };
  doc.addEventListener('pointerover', onIntent, { passive: true });
  doc.addEventListener('focusin', onIntent);
  const win = doc.defaultView;
  if (!win) return;
  // Safari has no requestIdleCallback.
  const ric = (win as Partial<Window>).requestIdleCallback?.bind(win);
  const idle = (fn: () => void) => (ric ? ric(fn, { timeout: 5000 }) : win.setTimeout(fn, 2000));
  // After the load event, so that the first screen's own work never waits for these chunks.
  // A second after the load event: an idle moment between the first render and its frame must not be taken.
  const later = () =>
    void drawn.then(() => win.setTimeout(() => idle(() => Object.keys(PARTS).forEach(prefetchPart)), 1000));
  if (doc.readyState === 'complete') later();
  else win.addEventListener('load', later, { once: true });
}

/** How to cite, under the page: after the first paint, so its words are not in the first script. */
export const HowToCite = lazyPart(
  () => import('../views/HowToCite').then((m) => m.HowToCite),
  'cite-slot',
  'HowToCite',
);
