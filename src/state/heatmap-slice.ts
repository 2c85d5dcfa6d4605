import type { StateCreator } from 'zustand';
import {
  DEFAULT_HEATMAP_OPTIONS,
  type ColumnSort,
  type HeatmapViewOptions,
  type MarginalKind,
  type RowSort,
} from '../domain/display-options';
import type { RollupRule } from '../domain/rollup';
import type { AppState } from './store';

/** The heatmap's display choices. */
export interface HeatmapSlice {
  heatmap: HeatmapViewOptions & {
    /** Scored cells below this are faded; 0 fades nothing. */
    readonly threshold: number;
    readonly colorMode: 'continuous' | 'brackets';
    /** Lower bounds of the brackets after 0. */
    readonly brackets: readonly number[];
    /** Show the data as an HTML table instead of the chart. */
    readonly showTable: boolean;
  };
  setHeatmap: (patch: Partial<HeatmapSlice['heatmap']>) => void;
  setGranularity: (g: HeatmapViewOptions['granularity']) => void;
  setRollup: (r: RollupRule) => void;
  toggleExpanded: (categoryKey: string) => void;
  setRowSort: (s: RowSort) => void;
  setColumnSort: (s: ColumnSort) => void;
  setMarginal: (m: MarginalKind) => void;
  toggleHiddenRow: (key: string) => void;
  toggleHiddenColumn: (key: string) => void;
  showAllRowsAndColumns: () => void;
}

/** The heatmap options a new store starts with (and "Reset this view" returns to). */
export const HEATMAP_DEFAULTS: HeatmapSlice['heatmap'] = {
  ...DEFAULT_HEATMAP_OPTIONS,
  threshold: 0,
  colorMode: 'continuous',
  brackets: [1, 4, 7, 10],
  showTable: false,
};

const toggle = (list: readonly string[], key: string) =>
  list.includes(key) ? list.filter((k) => k !== key) : [...list, key];

export const heatmapSlice: StateCreator<AppState, [], [], HeatmapSlice> = (set) => {
  const patch = (p: Partial<HeatmapSlice['heatmap']>) => set((s) => ({ heatmap: { ...s.heatmap, ...p } }));
  return {
    heatmap: HEATMAP_DEFAULTS,
    setHeatmap: patch,
    setGranularity: (granularity) => patch({ granularity }),
    setRollup: (rollup) => patch({ rollup }),
    // Row keys of rolled-up categories are "category:D"; the option stores the category id.
    toggleExpanded: (key) =>
      set((s) => ({ heatmap: { ...s.heatmap, expanded: toggle(s.heatmap.expanded, key.replace(/^category:/, '')) } })),
    setRowSort: (rowSort) => patch({ rowSort }),
    setColumnSort: (columnSort) => patch({ columnSort }),
    setMarginal: (marginal) => patch({ marginal }),
    toggleHiddenRow: (key) =>
      set((s) => ({ heatmap: { ...s.heatmap, hiddenRows: toggle(s.heatmap.hiddenRows, key) } })),
    toggleHiddenColumn: (key) =>
      set((s) => ({ heatmap: { ...s.heatmap, hiddenColumns: toggle(s.heatmap.hiddenColumns, key) } })),
    showAllRowsAndColumns: () => patch({ hiddenRows: [], hiddenColumns: [] }),
  };
};
