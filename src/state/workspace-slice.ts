import type { StateCreator } from 'zustand';
import { EMPTY_WORKSPACE, addMatrices, findMatrix, type Workspace } from '../domain/workspace';
import { uniqueName, type RoleMatrix } from '../domain/matrix';
import { createFromTemplate, duplicateMatrix } from '../domain/edit-ops';
import { workspaceMessages } from '../i18n/workspace-messages';
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
  /**
   * Applies an edit to a country. A bundled country is never changed: the first edit makes a copy
   * ("Japan (edited)"), which is selected and edited instead. Returns the id edited.
   */
  editMatrix: (id: string, op: (m: RoleMatrix) => RoleMatrix) => string | undefined;
  /** Adds a new country from the X.1060 template and selects it. */
  createCountry: (name: string, template: 'services' | 'categories') => string;
  /** Adds an editable copy of a country and selects it. */
  duplicateCountry: (id: string) => string | undefined;
  /** Removes a country (undoable). */
  removeCountry: (id: string) => void;
}

export const workspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => ({
  workspace: EMPTY_WORKSPACE,
  selectedId: undefined,
  select: (id) => set({ selectedId: id }),
  loadWorkspace: (workspace, selectedId) => set({ workspace, selectedId: selectedId ?? workspace.matrices[0]?.id }),
  applyImports: (results) => {
    const outcome = applyImportResults(get().workspace, results, undefined, undefined, get().lang);
    set({
      workspace: outcome.workspace,
      selectedId: outcome.added[0]?.id ?? get().selectedId,
      status: outcome.status,
      alert: outcome.alert,
    });
  },
  editMatrix: (id, op) => {
    const { workspace } = get();
    const m = findMatrix(workspace, id);
    if (!m) return undefined;
    const t = workspaceMessages[get().lang];
    const others = workspace.matrices.filter((x) => x.id !== id).map((x) => x.country);
    if (m.bundled) {
      const copyName = uniqueName(t.editedName(m.country), workspace.matrices.map((x) => x.country));
      const { next, renamed } = keepNameUnique(op(duplicateMatrix(m, copyName)), copyName, workspace.matrices.map((x) => x.country));
      const { workspace: ws, added } = addMatrices(workspace, [next]);
      const status = [t.bundledCopy(m.country, copyName), renamed ? t.renamedUnique(renamed, next.country) : ''].filter(Boolean).join(' ');
      set({ workspace: ws, selectedId: added[0]!.id, status, alert: '' });
      return added[0]!.id;
    }
    const { next, renamed } = keepNameUnique(op(m), m.country, others);
    // An edited linked country becomes the user's own: saved from now on, like any other.
    set({ workspace: { matrices: workspace.matrices.map((x) => (x.id === id ? withoutLink({ ...next, id: x.id }) : x)) } });
    if (renamed) get().announce(t.renamedUnique(renamed, next.country));
    return id;
  },
  createCountry: (name, template) => {
    const { workspace } = get();
    const country = uniqueName(name.trim() || workspaceMessages[get().lang].newCountry, workspace.matrices.map((m) => m.country));
    const { workspace: ws, added } = addMatrices(workspace, [createFromTemplate(country, template)]);
    set({ workspace: ws, selectedId: added[0]!.id });
    return added[0]!.id;
  },
  duplicateCountry: (id) => {
    const { workspace } = get();
    const m = findMatrix(workspace, id);
    if (!m) return undefined;
    const copyName = uniqueName(workspaceMessages[get().lang].copyName(m.country), workspace.matrices.map((x) => x.country));
    const { workspace: ws, added } = addMatrices(workspace, [duplicateMatrix(m, copyName)]);
    set({ workspace: ws, selectedId: added[0]!.id });
    return added[0]!.id;
  },
  removeCountry: (id) => {
    const { workspace, selectedId } = get();
    const matrices = workspace.matrices.filter((m) => m.id !== id);
    set({ workspace: { matrices }, selectedId: selectedId === id ? matrices[0]?.id : selectedId });
  },
});

/**
 * Two countries of one name would merge when a whole-workspace export is imported again, so a
 * renamed country that meets another's name gets a free one ("Japan (2)"). `renamed` is the name
 * asked for when it had to change.
 */
function keepNameUnique(m: RoleMatrix, before: string, others: readonly string[]): { next: RoleMatrix; renamed?: string } {
  if (m.country === before || !others.includes(m.country)) return { next: m };
  return { next: { ...m, country: uniqueName(m.country, others) }, renamed: m.country };
}

function withoutLink(m: RoleMatrix): RoleMatrix {
  if (m.linked === undefined) return m;
  const { linked: _linked, ...rest } = m;
  return rest;
}
