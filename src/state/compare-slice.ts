import type { StateCreator } from 'zustand';
import { clampThreshold, DEFAULT_THRESHOLD } from '../domain/metrics/row-metrics';
import type { CountryMetricId } from '../domain/metrics/metric-values';
import type { CompareGranularity } from '../domain/compare-align';
import type { RollupRule } from '../domain/rollup';
import type { AppState } from './store';

/** How the comparison table is sorted: by country name or by a metric. */
export interface CompareSort {
  readonly key: 'country' | CountryMetricId;
  readonly direction: 'ascending' | 'descending';
}

/** Options of the comparison view (owned by the comparison feature). */
export interface CompareSlice {
  /** Ids of the countries compared, in the order chosen; null = none chosen yet (the first three loaded). */
  compareIds: readonly string[] | null;
  /** A stakeholder with a score ≥ this is a player in a row (0.5–10). */
  compareThreshold: number;
  /** The two matrices of the difference A − B; null = the first two compared. */
  diffA: string | null;
  diffB: string | null;
  /** null = the order the countries were chosen in. */
  compareSort: CompareSort | null;
  /** As is, per category, or 'auto' (per category when the countries differ in granularity). */
  compareGranularity: CompareGranularity;
  /** How services combine into a category when rolled up (as the heatmap's roll-up). */
  compareRollup: RollupRule;
  setCompareIds: (ids: readonly string[]) => void;
  setCompareThreshold: (threshold: number) => void;
  setDiffPair: (a: string | null, b: string | null) => void;
  setCompareGranularity: (granularity: CompareGranularity) => void;
  setCompareRollup: (rule: RollupRule) => void;
  /** Sorts by a column: a new column starts descending (country names ascending), the same column flips. */
  sortCompareBy: (key: CompareSort['key']) => void;
}

/** The comparison options a new store starts with (and "Reset this view" returns to). */
export const COMPARE_DEFAULTS = {
  compareIds: null,
  compareThreshold: DEFAULT_THRESHOLD,
  diffA: null,
  diffB: null,
  compareSort: null,
  compareGranularity: 'auto',
  compareRollup: 'max',
} as const satisfies Partial<CompareSlice>;

export const compareSlice: StateCreator<AppState, [], [], CompareSlice> = (set, get) => ({
  ...COMPARE_DEFAULTS,
  setCompareIds: (ids) => set({ compareIds: [...ids] }),
  setCompareThreshold: (threshold) => set({ compareThreshold: clampThreshold(threshold) }),
  setDiffPair: (diffA, diffB) => set({ diffA, diffB }),
  setCompareGranularity: (compareGranularity) => set({ compareGranularity }),
  setCompareRollup: (compareRollup) => set({ compareRollup }),
  sortCompareBy: (key) => {
    const current = get().compareSort;
    const direction =
      current?.key === key
        ? current.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : key === 'country'
          ? 'ascending'
          : 'descending';
    set({ compareSort: { key, direction } });
  },
});
