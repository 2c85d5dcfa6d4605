import { mergeMatrix } from '../domain/matrix-merge';
import type { RoleMatrix } from '../domain/matrix';
import type { Workspace } from '../domain/workspace';
import { rewriteHistory } from './store';
import { emit, orderOf, type SyncState } from './sync-state';

/** A change to the workspace that came from elsewhere (another tab, a merge). */
export type OutsideChange =
  | { readonly id: string; readonly kind: 'set'; readonly matrix: RoleMatrix; readonly before?: RoleMatrix }
  | { readonly id: string; readonly kind: 'add'; readonly matrix: RoleMatrix; readonly order: number }
  | { readonly id: string; readonly kind: 'remove' }
  | { readonly id: string; readonly kind: 'rename'; readonly matrix: RoleMatrix };

/** Applies changes that are not this tab's edits: no undo step, and the undo history follows. */
export function applyOutside(s: SyncState, changes: readonly OutsideChange[]): void {
  if (changes.length === 0) return;
  const { store } = s;
  const apply = (ws: Workspace): Workspace => applyToWorkspace(ws, changes);
  rewriteHistory(store, apply);
  const { workspace, selectedId } = store.getState();
  const joined = apply(workspace);
  // Countries that joined or were renamed take their place in the shared order.
  const next = changes.some((c) => c.kind === 'add' || c.kind === 'rename')
    ? {
        matrices: [...joined.matrices].sort((a, b) => orderOf(s, a.id) - orderOf(s, b.id) || a.id.localeCompare(b.id)),
      }
    : joined;
  const valid = next.matrices.some((m) => m.id === selectedId) ? selectedId : next.matrices[0]?.id;
  const temporal = store.temporal.getState();
  const tracking = temporal.isTracking;
  if (tracking) temporal.pause();
  store.setState({ workspace: next, selectedId: valid });
  if (tracking) store.temporal.getState().resume();
}

/** A country of this id was made here and in another tab at once: ours becomes "Name (2)". */
export function renameCollided(s: SyncState, id: string): void {
  const ws = s.store.getState().workspace;
  const m = ws.matrices.find((x) => x.id === id);
  if (!m) return;
  const taken = new Set([
    ...ws.matrices.map((x) => x.country),
    ...[...s.base.values()].map((r) => r.matrix?.country).filter((c): c is string => !!c),
  ]);
  const ids = new Set([...ws.matrices.map((x) => x.id), ...s.base.keys()]);
  let n = 2;
  while (taken.has(`${m.country} (${n})`) || ids.has(`user:${m.country} (${n})`)) n++;
  const country = `${m.country} (${n})`;
  const renamed = { ...m, id: `user:${country}`, country };
  orderOf(s, renamed.id);
  applyOutside(s, [{ id, kind: 'rename', matrix: renamed }]);
  if (s.store.getState().selectedId === id) s.store.setState({ selectedId: renamed.id });
  emit(s, { kind: 'collision', from: m.country, to: country });
}

/**
 * Applies outside changes to a workspace — the present one or one of the undo history — so that
 * undo never brings back what another tab replaced: a changed country is merged into each older
 * version of it (its own edits stay undoable), an added one joins every version, a removed one
 * leaves them all.
 */
function applyToWorkspace(ws: Workspace, changes: readonly OutsideChange[]): Workspace {
  let matrices = ws.matrices;
  for (const c of changes) {
    const i = matrices.findIndex((m) => m.id === c.id);
    if (c.kind === 'remove') {
      if (i >= 0) matrices = matrices.filter((m) => m.id !== c.id);
    } else if (c.kind === 'add') {
      if (i < 0) matrices = [...matrices, c.matrix];
    } else if (i >= 0) {
      const here = matrices[i]!;
      const next =
        c.kind === 'rename'
          ? { ...here, id: c.matrix.id, country: c.matrix.country }
          : !c.before || here === c.before
            ? c.matrix
            : mergeMatrix(c.before, here, c.matrix).merged;
      matrices = matrices.map((m, j) => (j === i ? next : m));
    }
  }
  return matrices === ws.matrices ? ws : { matrices };
}
