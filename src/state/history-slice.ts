import type { StateCreator } from 'zustand';
import { duplicateMatrix } from '../domain/edit-ops';
import { uniqueName, type RoleMatrix } from '../domain/matrix';
import {
  addVersion,
  newVersionId,
  pruneVersions,
  versionsBefore,
  type CountryVersion,
  type VersionKind,
} from '../domain/versions';
import { addMatrices, findMatrix } from '../domain/workspace';
import type { AppState } from './store';

/** Versions of countries to go back to: kept automatically and named by the user. */
export interface HistorySlice {
  /** Every version of every country, in the order made; saved with the workspace and synced across tabs. */
  versions: readonly CountryVersion[];
  /** Keeps what `next` is about to replace or remove, as versions of kind `kind` (before imports, removals). */
  keepVersionsBefore: (next: readonly RoleMatrix[], kind: VersionKind) => void;
  /** Names the country's present state as a version ("2024 workshop"); returns its id. */
  saveNamedVersion: (countryId: string, name: string) => string | undefined;
  /**
   * Makes the country what the version holds (a change Undo reverses); what it was is kept first as
   * a version. A removed country comes back. Returns the country's id.
   */
  restoreVersion: (versionId: string) => string | undefined;
  /** Adds the version as a country of its own ("Kenya (2024 workshop)") and selects it. */
  duplicateVersion: (versionId: string) => string | undefined;
  deleteVersion: (versionId: string) => void;
  /** Replaces the versions wholesale (start-up, another tab, a standalone file). */
  loadVersions: (versions: readonly CountryVersion[]) => void;
}

export const historySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => {
  const keep = (vs: readonly CountryVersion[]) => {
    if (vs.length === 0) return;
    let list = get().versions;
    for (const v of vs) list = addVersion(list, v);
    set({ versions: list });
  };
  const find = (id: string) => get().versions.find((v) => v.id === id);
  return {
    versions: [],
    keepVersionsBefore: (next, kind) =>
      keep(versionsBefore(get().workspace.matrices, next, kind, new Date().toISOString())),
    saveNamedVersion: (countryId, name) => {
      const m = findMatrix(get().workspace, countryId);
      if (!m || !name.trim()) return undefined;
      const v: CountryVersion = {
        id: newVersionId(),
        countryId,
        kind: 'named',
        name: name.trim(),
        at: new Date().toISOString(),
        matrix: m,
      };
      keep([v]);
      return v.id;
    },
    restoreVersion: (versionId) => {
      const v = find(versionId);
      if (!v) return undefined;
      const { workspace } = get();
      const now = findMatrix(workspace, v.countryId);
      const back = { ...v.matrix, id: v.countryId, country: now?.country ?? v.matrix.country };
      if (now)
        keep([
          {
            id: newVersionId(),
            countryId: v.countryId,
            kind: 'before-restore',
            at: new Date().toISOString(),
            matrix: now,
          },
        ]);
      const matrices = now
        ? workspace.matrices.map((m) => (m.id === v.countryId ? back : m))
        : [
            ...workspace.matrices,
            {
              ...back,
              country: uniqueName(
                back.country,
                workspace.matrices.map((m) => m.country),
              ),
            },
          ];
      get().endEdits();
      set({ workspace: { matrices }, selectedId: v.countryId });
      return v.countryId;
    },
    duplicateVersion: (versionId) => {
      const v = find(versionId);
      if (!v) return undefined;
      const { workspace } = get();
      const label = v.name ?? v.at.slice(0, 16).replace('T', ' ');
      const name = uniqueName(
        `${v.matrix.country} (${label})`,
        workspace.matrices.map((m) => m.country),
      );
      const { workspace: ws, added } = addMatrices(workspace, [duplicateMatrix(v.matrix, name)]);
      get().endEdits();
      set({ workspace: ws, selectedId: added[0]!.id });
      return added[0]!.id;
    },
    deleteVersion: (versionId) => set({ versions: get().versions.filter((v) => v.id !== versionId) }),
    loadVersions: (versions) => set({ versions: pruneVersions(versions) }),
  };
};
