import type { StateCreator } from 'zustand';
import { EMPTY_WORKSPACE, type Workspace } from '../domain/workspace';
import type { ImportResult } from '../io/import-types';
import { applyImportResults } from './import-outcome';
import type { AppState } from './store';

/** The loaded countries and which one is shown. */
export interface WorkspaceSlice {
  workspace: Workspace;
  /** Id of the country shown. */
  selectedId: string | undefined;
  select: (id: string) => void;
  /** Replaces the workspace wholesale (start-up, tests). */
  loadWorkspace: (ws: Workspace, selectedId?: string) => void;
  /** Adds the good files, rejects the bad ones whole, and announces both. */
  applyImports: (results: readonly ImportResult[]) => void;
}

export const workspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => ({
  workspace: EMPTY_WORKSPACE,
  selectedId: undefined,
  select: (id) => set({ selectedId: id }),
  loadWorkspace: (workspace, selectedId) => set({ workspace, selectedId: selectedId ?? workspace.matrices[0]?.id }),
  applyImports: (results) => {
    const outcome = applyImportResults(get().workspace, results);
    set({
      workspace: outcome.workspace,
      selectedId: outcome.added[0]?.id ?? get().selectedId,
      status: outcome.status,
      alert: outcome.alert,
    });
  },
});
