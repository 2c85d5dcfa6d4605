import type { RoleMatrix } from '../domain/matrix';
import type { Workspace } from '../domain/workspace';

const SAVE_VERSION = 1;

/**
 * The whole-workspace save of versions before per-country records (see workspace-sync.ts): read at
 * start-up to take it over, and still the shape of a one-off snapshot.
 * User countries in full, bundled ones by reference (they are never changed).
 */
export interface SavedWorkspace {
  readonly version: typeof SAVE_VERSION;
  readonly savedAt: string;
  readonly entries: readonly ({ readonly bundled: string } | { readonly matrix: RoleMatrix })[];
  readonly selectedId?: string;
  /** Other slices' saved state (e.g. the presenter's deck), by slice name. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The saved form of a workspace. */
export function toSaved(
  ws: Workspace,
  selectedId: string | undefined,
  extra?: Record<string, unknown>,
): SavedWorkspace {
  return {
    version: SAVE_VERSION,
    savedAt: new Date().toISOString(),
    // Linked countries come back from their ?data= link on reload; saving them too would double them.
    entries: ws.matrices
      .filter((m) => m.linked === undefined)
      .map((m) => (m.bundled ? { bundled: m.id } : { matrix: m })),
    ...(selectedId ? { selectedId } : {}),
    ...(extra ? { extra } : {}),
  };
}

/**
 * The workspace a save describes, with bundled countries taken from this version of the app.
 * Bundled countries that no longer exist are dropped (they can be re-added from the datasets);
 * new bundled countries are appended. Returns undefined for anything that is not a save.
 */
export function fromSaved(
  saved: unknown,
  bundled: readonly RoleMatrix[],
): { workspace: Workspace; selectedId?: string; extra?: Record<string, unknown> } | undefined {
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
  return {
    workspace: { matrices },
    ...(saved.selectedId ? { selectedId: saved.selectedId } : {}),
    ...(saved.extra ? { extra: { ...saved.extra } } : {}),
  };
}

function isSaved(x: unknown): x is SavedWorkspace {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as SavedWorkspace).version === SAVE_VERSION &&
    Array.isArray((x as SavedWorkspace).entries)
  );
}
