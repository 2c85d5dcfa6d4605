import { create } from 'zustand';
import { temporal } from 'zundo';
import { announceSlice, type AnnounceSlice } from './announce-slice';
import { compareSlice, type CompareSlice } from './compare-slice';
import { heatmapSlice, type HeatmapSlice } from './heatmap-slice';
import { importSlice, type ImportSlice } from './import-slice';
import { presentSlice, type PresentSlice } from './present-slice';
import { recoverySlice, type RecoverySlice } from './recovery-slice';
import { sankeySlice, type SankeySlice } from './sankey-slice';
import { viewSlice, type ViewSlice } from './view-slice';
import { workspaceSlice, type WorkspaceSlice } from './workspace-slice';

export type { Lang } from '../domain/display-options';

/** The whole app state: one store of typed slices, each in its own file. */
export type AppState = WorkspaceSlice & AnnounceSlice & ViewSlice & HeatmapSlice & SankeySlice & CompareSlice & ImportSlice & PresentSlice & RecoverySlice;

/** How many edits undo can go back. */
export const UNDO_LIMIT = 200;

/**
 * A fresh store: the app makes one, each test and story its own. Undo history (zundo) records the
 * workspace and the selected country with it, so that undo returns to the country the edit was
 * made on (the first edit of a bundled country selects its copy; undo goes back to the original).
 * Display choices are not edits, and a change of selection alone is not one either.
 */
export function createAppStore() {
  return create<AppState>()(
    temporal(
      (...a) => ({
        ...workspaceSlice(...a),
        ...announceSlice(...a),
        ...viewSlice(...a),
        ...heatmapSlice(...a),
        ...sankeySlice(...a),
        ...compareSlice(...a),
        ...importSlice(...a),
        ...presentSlice(...a),
        ...recoverySlice(...a),
      }),
      {
        partialize: (s) => ({ workspace: s.workspace, selectedId: s.selectedId }),
        // zundo records a step when this says the states differ: compare the data only.
        equality: (a, b) => a.workspace === b.workspace,
        limit: UNDO_LIMIT,
      },
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

/** Undoes the last change to the workspace; keeps a valid country selected. */
export function undo(store: AppStore): void {
  store.temporal.getState().undo();
  keepSelectionValid(store);
}

/** Redoes the last undone change. */
export function redo(store: AppStore): void {
  store.temporal.getState().redo();
  keepSelectionValid(store);
}

/** Forgets the undo history (after start-up, so loading the data cannot be undone). */
export function clearHistory(store: AppStore): void {
  store.temporal.getState().clear();
}

function keepSelectionValid(store: AppStore): void {
  const { workspace, selectedId } = store.getState();
  if (!workspace.matrices.some((m) => m.id === selectedId)) store.setState({ selectedId: workspace.matrices[0]?.id });
}
