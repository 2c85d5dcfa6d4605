import { create } from 'zustand';
import { announceSlice, type AnnounceSlice } from './announce-slice';
import { compareSlice, type CompareSlice } from './compare-slice';
import { heatmapSlice, type HeatmapSlice } from './heatmap-slice';
import { importSlice, type ImportSlice } from './import-slice';
import { presentSlice, type PresentSlice } from './present-slice';
import { sankeySlice, type SankeySlice } from './sankey-slice';
import { viewSlice, type ViewSlice } from './view-slice';
import { workspaceSlice, type WorkspaceSlice } from './workspace-slice';

export type { Lang } from '../domain/display-options';

/** The whole app state: one store of typed slices, each in its own file. */
export type AppState = WorkspaceSlice & AnnounceSlice & ViewSlice & HeatmapSlice & SankeySlice & CompareSlice & ImportSlice & PresentSlice;

/** A fresh store: the app makes one, each test and story its own. */
export function createAppStore() {
  return create<AppState>()((...a) => ({
    ...workspaceSlice(...a),
    ...announceSlice(...a),
    ...viewSlice(...a),
    ...heatmapSlice(...a),
    ...sankeySlice(...a),
    ...compareSlice(...a),
    ...importSlice(...a),
    ...presentSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
