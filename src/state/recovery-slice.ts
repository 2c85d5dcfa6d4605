import type { StateCreator } from 'zustand';
import { COMPARE_DEFAULTS } from './compare-slice';
import { HEATMAP_DEFAULTS } from './heatmap-slice';
import { SANKEY_DEFAULTS } from './sankey-slice';
import type { AppState } from './store';
import type { ViewId } from './view-slice';

/** The parts of the app that recover on their own when drawing them fails (see ViewErrorBoundary). */
export type RecoverablePart = ViewId | 'present' | 'deck' | 'review' | 'app';

/** How the app recovers from a part that failed to draw: that part's display state back to defaults. */
export interface RecoverySlice {
  /** How many times each part was reset: its error boundary re-mounts it when this changes. */
  resets: Readonly<Partial<Record<RecoverablePart, number>>>;
  /**
   * Puts a part's display choices back to their defaults and re-mounts it: the heatmap, Sankey or
   * comparison options; the presenter leaves presenting at slide 1; the review is cancelled. The
   * workspace is never touched (it is exported, not reset).
   */
  resetView: (part: RecoverablePart) => void;
}

const DISPLAY_DEFAULTS: Partial<Record<RecoverablePart, Partial<AppState>>> = {
  heatmap: { heatmap: HEATMAP_DEFAULTS },
  sankey: { ...SANKEY_DEFAULTS },
  compare: { ...COMPARE_DEFAULTS },
  present: { presenting: false, slideIndex: 0 },
  review: { review: null },
};

export const recoverySlice: StateCreator<AppState, [], [], RecoverySlice> = (set) => ({
  resets: {},
  resetView: (part) =>
    set((s) => ({ ...DISPLAY_DEFAULTS[part], resets: { ...s.resets, [part]: (s.resets[part] ?? 0) + 1 } })),
});
