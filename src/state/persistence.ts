import type { RoleMatrix } from '../domain/matrix';
import type { Workspace } from '../domain/workspace';
import type { KeyValueStorage } from '../io/idb-storage';
import type { AppStore } from './store';

export const SAVE_KEY = 'workspace';
const SAVE_VERSION = 1;

/** What is saved: user countries in full, bundled ones by reference (they are never changed). */
export interface SavedWorkspace {
  readonly version: typeof SAVE_VERSION;
  readonly savedAt: string;
  readonly entries: readonly ({ readonly bundled: string } | { readonly matrix: RoleMatrix })[];
  readonly selectedId?: string;
  /** Other slices' saved state (e.g. the presenter's deck), by slice name. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The saved form of a workspace. */
export function toSaved(ws: Workspace, selectedId: string | undefined, extra?: Record<string, unknown>): SavedWorkspace {
  return {
    version: SAVE_VERSION,
    savedAt: new Date().toISOString(),
    // Linked countries come back from their ?data= link on reload; saving them too would double them.
    entries: ws.matrices.filter((m) => m.linked === undefined).map((m) => (m.bundled ? { bundled: m.id } : { matrix: m })),
    ...(selectedId ? { selectedId } : {}),
    ...(extra ? { extra } : {}),
  };
}

/**
 * The workspace a save describes, with bundled countries taken from this version of the app.
 * Bundled countries that no longer exist are dropped (they can be re-added from the datasets);
 * new bundled countries are appended. Returns undefined for anything that is not a save.
 */
export function fromSaved(saved: unknown, bundled: readonly RoleMatrix[]): { workspace: Workspace; selectedId?: string; extra?: Record<string, unknown> } | undefined {
  if (!isSaved(saved)) return undefined;
  const byId = new Map(bundled.map((m) => [m.id, m]));
  const matrices: RoleMatrix[] = [];
  for (const e of saved.entries) {
    if ('bundled' in e) {
      const m = byId.get(e.bundled);
      if (m) matrices.push(m);
      byId.delete(e.bundled);
    } else matrices.push(e.matrix);
  }
  matrices.push(...byId.values());
  return { workspace: { matrices }, ...(saved.selectedId ? { selectedId: saved.selectedId } : {}), ...(saved.extra ? { extra: { ...saved.extra } } : {}) };
}

function isSaved(x: unknown): x is SavedWorkspace {
  return typeof x === 'object' && x !== null && (x as SavedWorkspace).version === SAVE_VERSION && Array.isArray((x as SavedWorkspace).entries);
}

/** Options of the autosave. */
export interface AutosaveOptions {
  /** Quiet time after the last change before saving, in ms. */
  readonly delayMs?: number;
  /** Extra state to save with the workspace (e.g. the deck). */
  readonly extra?: (store: AppStore) => Record<string, unknown> | undefined;
  /** Told when a save fails (storage full, private browsing). */
  readonly onError: (error: unknown) => void;
  /** Told after each successful save. */
  readonly onSaved?: () => void;
}

/**
 * Saves the workspace whenever it changes: after a short quiet time (so typing a row of scores is
 * one write), at once when the tab is hidden or closed. Returns a function that stops it.
 */
export function startAutosave(store: AppStore, storage: KeyValueStorage, options: AutosaveOptions): () => void {
  const delay = options.delayMs ?? 250;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  const save = () => {
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    const { workspace, selectedId } = store.getState();
    storage.set(SAVE_KEY, toSaved(workspace, selectedId, options.extra?.(store))).then(
      () => options.onSaved?.(),
      (e: unknown) => options.onError(e),
    );
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.workspace === prev.workspace && s.selectedId === prev.selectedId && s.deck === prev.deck) return;
    dirty = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delay);
  });
  const flush = () => {
    if (timer) clearTimeout(timer);
    save();
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', flush);
  };
}
