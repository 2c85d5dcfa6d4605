import type { StateCreator, StoreApi } from 'zustand';
import { EMPTY_WORKSPACE, addMatrices, findMatrix, type Workspace } from '../domain/workspace';
import { uniqueName, type RoleMatrix } from '../domain/matrix';
import { createFromTemplate, duplicateMatrix } from '../domain/edit-ops';
import { workspaceMessages } from '../i18n/workspace-messages';
import type { ImportResult } from '../io/import-types';
import { applyImportResults } from './import-outcome';
import type { AppState } from './store';

/**
 * An edit of one country. `start` is the country as it was when the group of edits this one joins
 * began (see EditOptions; `m` itself for a lone edit): a field typed empty can go back to it, and
 * an edit that returns `start` itself ends the group with no undo step left.
 */
export type EditOp = (m: RoleMatrix, start: RoleMatrix) => RoleMatrix;

/** How an edit joins the undo history. */
export interface EditOptions {
  /**
   * Edits of one country that carry the same key one after another, with no other change in
   * between and the group not ended (endEdits), are one undo step: typing "Hello" into a note is
   * one step, not five. Each edit still reaches the workspace at once, so it is saved as typed.
   */
  readonly coalesce?: string;
}

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
   * ("Japan (edited)"), which is selected and edited instead. Returns the id edited. An op that
   * returns its matrix unchanged changes nothing and is no undo step.
   */
  editMatrix: (id: string, op: EditOp, options?: EditOptions) => string | undefined;
  /**
   * Ends the group of edits being typed (the field was left): the next edit is a new undo step.
   * A name that had to change to stay unique is announced now, once, not at every key.
   */
  endEdits: () => void;
  /** Adds a new country from the X.1060 template and selects it. */
  createCountry: (name: string, template: 'services' | 'categories') => string;
  /** Adds an editable copy of a country and selects it. */
  duplicateCountry: (id: string) => string | undefined;
  /** Removes a country (undoable). */
  removeCountry: (id: string) => void;
}

/** The group of edits being typed: the key it was given, the workspace its last edit left, and its first edit's input. */
interface EditGroup {
  readonly key: string;
  readonly workspace: Workspace;
  readonly start: RoleMatrix;
  /** The workspace before the group, when an edit that gives back `start` can return to it (not for a bundled country's copy). */
  readonly before?: Workspace;
  /** The name asked for and the one given, when the last edit's name had to change to stay unique. */
  readonly renamed?: { readonly asked: string; readonly got: string };
}

/** The part of zundo's temporal store used here: edits of one group replace the present state. */
type History = StoreApi<{ pause: () => void; resume: () => void; pastStates: readonly unknown[] }>;

type SetState = Parameters<StateCreator<AppState, [], [], WorkspaceSlice>>[0];
type GetState = Parameters<StateCreator<AppState, [], [], WorkspaceSlice>>[1];

/** Adding, copying and removing a country (each one undo step; removing keeps a version first). */
function countryActions(
  set: SetState,
  get: GetState,
): Pick<WorkspaceSlice, 'createCountry' | 'duplicateCountry' | 'removeCountry'> {
  return {
    createCountry: (name, template) => {
      const { workspace } = get();
      const country = uniqueName(
        name.trim() || workspaceMessages[get().lang].newCountry,
        workspace.matrices.map((m) => m.country),
      );
      const { workspace: ws, added } = addMatrices(workspace, [createFromTemplate(country, template)]);
      set({ workspace: ws, selectedId: added[0]!.id });
      return added[0]!.id;
    },
    duplicateCountry: (id) => {
      const { workspace } = get();
      const m = findMatrix(workspace, id);
      if (!m) return undefined;
      const copyName = uniqueName(
        workspaceMessages[get().lang].copyName(m.country),
        workspace.matrices.map((x) => x.country),
      );
      const { workspace: ws, added } = addMatrices(workspace, [duplicateMatrix(m, copyName)]);
      set({ workspace: ws, selectedId: added[0]!.id });
      return added[0]!.id;
    },
    removeCountry: (id) => {
      const { workspace, selectedId } = get();
      const matrices = workspace.matrices.filter((m) => m.id !== id);
      get().keepVersionsBefore(matrices, 'before-remove');
      set({ workspace: { matrices }, selectedId: selectedId === id ? matrices[0]?.id : selectedId });
    },
  };
}

export const workspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get, api) => {
  let group: EditGroup | undefined;
  const temporal = () => (api as unknown as { temporal: History }).temporal;
  const history = () => temporal().getState();
  /** Sets the state; inside a group, without a new undo step. */
  const setEdit = (partial: Partial<AppState>, joins: boolean) => {
    if (!joins) return set(partial);
    history().pause();
    try {
      set(partial);
    } finally {
      history().resume();
    }
  };
  return {
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
    editMatrix: (id, op, options) => {
      const { workspace } = get();
      const m = findMatrix(workspace, id);
      if (!m) return undefined;
      const t = workspaceMessages[get().lang];
      const key = options?.coalesce === undefined ? undefined : `${id}\u0000${options.coalesce}`;
      // Anything else that changed the workspace since (another edit, an undo, an import) ends the group.
      const joins = key !== undefined && group?.key === key && group.workspace === workspace;
      if (!joins) group = undefined;
      if (m.bundled) {
        const copied = editBundledCopy(workspace, m, op, get().lang, options?.coalesce);
        set({ workspace: copied.workspace, selectedId: copied.id, status: copied.status, alert: '' });
        group = key === undefined ? undefined : copied.group;
        return copied.id;
      }
      const start = joins ? group!.start : m;
      const edited = op(m, start);
      if (edited === m) return id;
      if (joins && edited === start && group!.before) {
        // Typed back to where the group began (a refused label gives the old one back): no step is left.
        setEdit({ workspace: group!.before }, true);
        temporal().setState({ pastStates: history().pastStates.slice(0, -1) });
        group = undefined;
        return id;
      }
      const others = workspace.matrices.filter((x) => x.id !== id).map((x) => x.country);
      const { next, renamed } = keepNameUnique(edited, m.country, others);
      // An edited linked country becomes the user's own: saved from now on, like any other.
      const ws = { matrices: workspace.matrices.map((x) => (x.id === id ? withoutLink({ ...next, id: x.id }) : x)) };
      setEdit({ workspace: ws }, joins);
      if (key !== undefined)
        group = {
          key,
          workspace: ws,
          start,
          before: joins ? group!.before : workspace,
          ...(renamed ? { renamed: { asked: renamed, got: next.country } } : {}),
        };
      else if (renamed) get().announce(t.renamedUnique(renamed, next.country));
      return id;
    },
    endEdits: () => {
      const renamed = group?.renamed;
      group = undefined;
      if (renamed) get().announce(workspaceMessages[get().lang].renamedUnique(renamed.asked, renamed.got));
    },
    ...countryActions(set, get),
  };
};

/**
 * The first edit of a bundled country: an editable copy ("Japan (edited)") with the edit applied,
 * what to announce, and the group of edits it begins (its key names the copy from now on).
 */
function editBundledCopy(
  workspace: Workspace,
  m: RoleMatrix,
  op: EditOp,
  lang: AppState['lang'],
  coalesce: string | undefined,
): { workspace: Workspace; id: string; status: string; group: EditGroup } {
  const t = workspaceMessages[lang];
  const names = workspace.matrices.map((x) => x.country);
  const copyName = uniqueName(t.editedName(m.country), names);
  const copy = duplicateMatrix(m, copyName);
  const { next, renamed } = keepNameUnique(op(copy, copy), copyName, names);
  const { workspace: ws, added } = addMatrices(workspace, [next]);
  const id = added[0]!.id;
  const status = [
    t.bundledCopy(m.country, copyName),
    renamed && coalesce === undefined ? t.renamedUnique(renamed, next.country) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const group: EditGroup = {
    key: `${id}\u0000${coalesce ?? ''}`,
    workspace: ws,
    start: copy,
    ...(renamed ? { renamed: { asked: renamed, got: next.country } } : {}),
  };
  return { workspace: ws, id, status, group };
}

/**
 * Two countries of one name would merge when a whole-workspace export is imported again, so a
 * renamed country that meets another's name gets a free one ("Japan (2)"). `renamed` is the name
 * asked for when it had to change.
 */
function keepNameUnique(
  m: RoleMatrix,
  before: string,
  others: readonly string[],
): { next: RoleMatrix; renamed?: string } {
  if (m.country === before || !others.includes(m.country)) return { next: m };
  return { next: { ...m, country: uniqueName(m.country, others) }, renamed: m.country };
}

function withoutLink(m: RoleMatrix): RoleMatrix {
  if (m.linked === undefined) return m;
  const { linked: _linked, ...rest } = m;
  return rest;
}
