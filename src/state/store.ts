import { create } from 'zustand';
import type { Workspace } from '../domain/workspace';
import { describeWorkspaceChange, type WorkspaceChange } from '../domain/workspace-diff';
import { temporal } from 'zundo';
import { announceSlice, type AnnounceSlice } from './announce-slice';
import { compareSlice, type CompareSlice } from './compare-slice';
import { heatmapSlice, type HeatmapSlice } from './heatmap-slice';
import { historySlice, type HistorySlice } from './history-slice';
import { importSlice, type ImportSlice } from './import-slice';
import { presentSlice, type PresentSlice } from './present-slice';
import { recoverySlice, type RecoverySlice } from './recovery-slice';
import { sankeySlice, type SankeySlice } from './sankey-slice';
import { viewSlice, type ViewSlice } from './view-slice';
import { workspaceSlice, type WorkspaceSlice } from './workspace-slice';

export type { Lang } from '../domain/display-options';

/** The whole app state: one store of typed slices, each in its own file. */
export type AppState = WorkspaceSlice &
  AnnounceSlice &
  ViewSlice &
  HeatmapSlice &
  SankeySlice &
  CompareSlice &
  ImportSlice &
  PresentSlice &
  HistorySlice &
  RecoverySlice;

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
        ...historySlice(...a),
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

/**
 * Undoes the last change to the workspace (the country it was made on is selected again); keeps a
 * valid country selected; ends a group of typed edits. Returns what it undid, or undefined when
 * there was nothing to undo.
 */
export function undo(store: AppStore): WorkspaceChange | undefined {
  store.getState().endEdits();
  if (store.temporal.getState().pastStates.length === 0) return undefined;
  const before = store.getState().workspace;
  store.temporal.getState().undo();
  keepSelectionValid(store);
  return describeWorkspaceChange(before, store.getState().workspace);
}

/** Redoes the last undone change; returns what it redid, or undefined when there was nothing to redo. */
export function redo(store: AppStore): WorkspaceChange | undefined {
  store.getState().endEdits();
  if (store.temporal.getState().futureStates.length === 0) return undefined;
  const before = store.getState().workspace;
  store.temporal.getState().redo();
  keepSelectionValid(store);
  return describeWorkspaceChange(before, store.getState().workspace);
}

/** Forgets the undo history (after start-up, so loading the data cannot be undone). */
export function clearHistory(store: AppStore): void {
  store.temporal.getState().clear();
}

/**
 * Rewrites every state of the undo history (past and future) with `fn`: changes that come from
 * another tab are applied to the history too, so that undo never brings back what they replaced.
 * Versions of a country that `fn` returns unchanged stay the same objects.
 */
export function rewriteHistory(store: AppStore, fn: (ws: Workspace) => Workspace): void {
  const t = store.temporal.getState();
  const memo = new Map<Workspace, Workspace>();
  const map = (states: typeof t.pastStates) =>
    states.map((st) => {
      if (!st.workspace) return st;
      let next = memo.get(st.workspace);
      if (!next) memo.set(st.workspace, (next = fn(st.workspace)));
      return next === st.workspace ? st : { ...st, workspace: next };
    });
  if (t.pastStates.length === 0 && t.futureStates.length === 0) return;
  store.temporal.setState({ pastStates: map(t.pastStates), futureStates: map(t.futureStates) });
}

function keepSelectionValid(store: AppStore): void {
  const { workspace, selectedId } = store.getState();
  if (!workspace.matrices.some((m) => m.id === selectedId)) store.setState({ selectedId: workspace.matrices[0]?.id });
}
