import type { RoleMatrix } from '../domain/matrix';
import type { CountryVersion } from '../domain/versions';
import type { Slide } from './present-slice';
import type { AppStore } from './store';
import { countryKey, isCountryRecord, type CountryRecord, type LocalChange, type MetaRecord } from './sync-records';
import type { LockFn, SyncEvent, SyncOptions, ValidateMatrix } from './sync-types';

const BUNDLED_ORDER = -1_000_000;

/**
 * What one tab knows of the saved workspace, shared by the load, save and take-in steps of
 * workspace-sync.ts: what was last read or written, and what of the store's state that stands for.
 */
export interface SyncState {
  readonly store: AppStore;
  readonly options: SyncOptions;
  readonly tab: string;
  readonly lock: LockFn;
  readonly validate: ValidateMatrix;
  readonly bundledById: ReadonlyMap<string, { readonly m: RoleMatrix; readonly order: number }>;
  /** Each country's record as last read or written. */
  readonly base: Map<string, CountryRecord>;
  /** The store's object for each country as last saved or read (same object = unchanged here). */
  readonly synced: Map<string, RoleMatrix>;
  readonly orders: Map<string, number>;
  /** Clashes found while taking in another tab's change, to be told to it by our next write. */
  readonly pendingOverrode: Map<string, NonNullable<CountryRecord['overrode']>>;
  /** The versions as stored (they never change once made: only added and deleted). */
  readonly storedVersions: Map<string, CountryVersion>;
  /** Journal entries taken in at start-up, removed once their countries are saved. */
  readonly journalled: string[];
  baseMeta: MetaRecord | undefined;
  syncedVersions: readonly CountryVersion[] | undefined;
  syncedDeck: readonly Slide[] | undefined;
  syncedSelected: string | undefined;
}

export function createSyncState(store: AppStore, o: SyncOptions): SyncState {
  return {
    store,
    options: o,
    tab: o.tabId ?? Math.random().toString(36).slice(2, 10),
    lock: o.lock ?? ((_n, fn) => fn()),
    validate: o.validate ?? basicValidate,
    bundledById: new Map(o.bundled.map((m, i) => [m.id, { m, order: BUNDLED_ORDER + i }])),
    base: new Map(),
    synced: new Map(),
    orders: new Map(),
    pendingOverrode: new Map(),
    storedVersions: new Map(),
    journalled: [],
    baseMeta: undefined,
    syncedVersions: undefined,
    syncedDeck: undefined,
    syncedSelected: undefined,
  };
}

export const emit = (s: SyncState, e: SyncEvent) => s.options.onEvent?.(e);

/** A country's place in the shared order; a new country goes last. */
export function orderOf(s: SyncState, id: string): number {
  const known = s.base.get(id)?.order ?? s.orders.get(id) ?? s.bundledById.get(id)?.order;
  if (known !== undefined) return known;
  const next = Math.max(0, ...s.orders.values()) + 1;
  s.orders.set(id, next);
  return next;
}

export function checkRecord(s: SyncState, value: unknown, key: string): { record: CountryRecord } | { reason: string } {
  if (!isCountryRecord(value) || countryKey(value.id) !== key) return { reason: `${key}: not a country record` };
  if (!value.matrix || value.removed) return { record: value };
  const v = s.validate(value.matrix, `${key}.matrix`);
  if ('error' in v) return { reason: v.error };
  if (v.matrix.id !== value.id) return { reason: `${key}.matrix.id: expected ${value.id}` };
  return { record: { ...value, matrix: v.matrix } };
}

export function checkVersion(s: SyncState, value: unknown, key: string): CountryVersion | undefined {
  if (s.options.validateVersion) {
    const r = s.options.validateVersion(value, key);
    return 'version' in r ? r.version : undefined;
  }
  const v = value as CountryVersion;
  if (typeof v !== 'object' || v === null || typeof v.id !== 'string' || typeof v.countryId !== 'string')
    return undefined;
  const m = s.validate(v.matrix, `${key}.matrix`);
  return 'matrix' in m ? { ...v, matrix: m.matrix } : undefined;
}

/** What this tab changed since it last saved or read, country by country. */
export function localChanges(s: SyncState): LocalChange[] {
  const present = new Map(
    s.store
      .getState()
      .workspace.matrices.filter((m) => m.linked === undefined)
      .map((m) => [m.id, m]),
  );
  const out: LocalChange[] = [];
  for (const [id, m] of present) {
    if (s.synced.get(id) === m) continue;
    out.push(
      m.bundled
        ? { id, kind: 'bundled', order: orderOf(s, id) }
        : { id, kind: 'put', matrix: m, order: orderOf(s, id) },
    );
  }
  for (const id of s.synced.keys()) if (!present.has(id)) out.push({ id, kind: 'remove' });
  return out;
}

/** A minimal shape check, for when no full validator is given. */
function basicValidate(value: unknown, path: string): { matrix: RoleMatrix } | { error: string } {
  const m = value as RoleMatrix;
  if (typeof m !== 'object' || m === null || typeof m.id !== 'string' || typeof m.country !== 'string')
    return { error: `${path}: not a country` };
  if (
    !Array.isArray(m.rows) ||
    !Array.isArray(m.stakeholders) ||
    !Array.isArray(m.cells) ||
    m.cells.length !== m.rows.length
  )
    return { error: `${path}.cells: not rows × stakeholders` };
  return { matrix: m };
}
