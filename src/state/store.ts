import { create, type StateCreator } from 'zustand';
import { EMPTY_WORKSPACE, type Workspace } from '../domain/workspace';
import type { ImportResult } from '../io/import-types';
import type { Lang, PaletteId } from '../domain/display-options';
import { applyImportResults } from './import-outcome';


interface WorkspaceSlice {
  workspace: Workspace;
  /** Id of the country shown. */
  selectedId: string | undefined;
  select: (id: string) => void;
  /** Replaces the workspace wholesale (start-up, tests). */
  loadWorkspace: (ws: Workspace, selectedId?: string) => void;
  /** Adds the good files, rejects the bad ones whole, and announces both. */
  applyImports: (results: readonly ImportResult[]) => void;
}

interface AnnounceSlice {
  /** Text of the role="status" live region. */
  status: string;
  /** Text of the role="alert" live region. */
  alert: string;
  announce: (status: string, alert?: string) => void;
}

interface ViewSlice {
  lang: Lang;
  palette: PaletteId;
  setLang: (lang: Lang) => void;
  setPalette: (palette: PaletteId) => void;
}

export type AppState = WorkspaceSlice & AnnounceSlice & ViewSlice;

const workspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => ({
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

const announceSlice: StateCreator<AppState, [], [], AnnounceSlice> = (set) => ({
  status: '',
  alert: '',
  announce: (status, alert = '') => set({ status, alert }),
});

const viewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  lang: 'en',
  palette: 'ylgnbu',
  setLang: (lang) => set({ lang }),
  setPalette: (palette) => set({ palette }),
});

/** A fresh store: the app makes one, each test makes its own. */
export function createAppStore() {
  return create<AppState>()((...a) => ({ ...workspaceSlice(...a), ...announceSlice(...a), ...viewSlice(...a) }));
}

export type AppStore = ReturnType<typeof createAppStore>;
