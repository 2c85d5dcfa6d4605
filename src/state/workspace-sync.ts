import type { MergeConflict } from '../domain/matrix-merge';
import { mergeMatrix } from '../domain/matrix-merge';
import type { RoleMatrix } from '../domain/matrix';
import type { CountryVersion } from '../domain/versions';
import type { Workspace } from '../domain/workspace';
import type { RecordStore } from '../io/record-store';
import type { Slide } from './present-slice';
import { rewriteHistory, type AppStore } from './store';
import {
  asideKey,
  countryKey,
  decideCountry,
  isCountryKey,
  isCountryRecord,
  isMetaRecord,
  isVersionKey,
  versionKey,
  mergeDeck,
  META_KEY,
  type CountryRecord,
  type LocalChange,
  type MetaRecord,
  type SaveOutcome,
} from './sync-records';

/** How tabs of one workspace tell each other that records changed. */
export interface SyncChannel {
  post: (message: SyncMessage) => void;
  listen: (on: (message: SyncMessage) => void) => () => void;
}
export interface SyncMessage {
  readonly from: string;
  readonly keys: readonly string[];
}
/** Runs `fn` while holding the named lock of every tab of the browser profile (Web Locks API). */
export type LockFn = <T>(name: string, fn: () => Promise<T>) => Promise<T>;
/** Checks a stored country and rebuilds it from its known fields, or says what is wrong. */
export type ValidateMatrix = (value: unknown, path: string) => { matrix: RoleMatrix } | { error: string };

/** What happened that the user should be told (the caller words it). */
export type SyncEvent =
  | {
      readonly kind: 'remote';
      readonly added: readonly string[];
      readonly changed: readonly { readonly before?: RoleMatrix; readonly after: RoleMatrix }[];
      readonly removed: readonly string[];
    }
  | { readonly kind: 'conflict-kept'; readonly matrix: RoleMatrix; readonly conflicts: readonly MergeConflict[] }
  | { readonly kind: 'overridden'; readonly matrix: RoleMatrix; readonly conflicts: readonly MergeConflict[] }
  | { readonly kind: 'revived'; readonly country: string }
  | { readonly kind: 'kept-by-other'; readonly country: string }
  | { readonly kind: 'removed-changed'; readonly country: string; readonly lost: RoleMatrix }
  | { readonly kind: 'collision'; readonly from: string; readonly to: string };

/**
 * A synchronous store that survives the page going away (localStorage in the app): when the page
 * is hidden or left, what is not yet saved is written here at once, since an IndexedDB transaction
 * begun while a page unloads may never commit. The next page of the scope takes it in.
 */
export interface SyncJournal {
  write: (key: string, text: string) => void;
  /** Every entry of this scope: [key, text]. */
  entries: () => readonly (readonly [string, string])[];
  remove: (key: string) => void;
}

/** One entry of the journal: a tab's unsaved countries, each with the version it grew from. */
interface JournalEntry {
  readonly at: string;
  readonly changes: readonly {
    readonly id: string;
    readonly order: number;
    readonly matrix?: RoleMatrix;
    readonly removed?: true;
    readonly baseRev: number;
    readonly base?: RoleMatrix;
  }[];
}

export interface SyncOptions {
  readonly records: RecordStore;
  /** The scope's name, for the lock ("app" or "file:<id>"). */
  readonly scope: string;
  readonly bundled: readonly RoleMatrix[];
  readonly channel?: SyncChannel;
  readonly lock?: LockFn;
  readonly tabId?: string;
  /** Quiet time after the last change before saving, in ms (default 250). */
  readonly delayMs?: number;
  /** Longest a change waits under continuous typing, in ms (default 750). */
  readonly maxWaitMs?: number;
  readonly validate?: ValidateMatrix;
  /** Checks a stored version; without it versions are checked by shape and their matrix by `validate`. */
  readonly validateVersion?: (value: unknown, path: string) => { version: CountryVersion } | { error: string };
  readonly journal?: SyncJournal;
  readonly onError: (error: unknown) => void;
  readonly onSaved?: () => void;
  readonly onEvent?: (event: SyncEvent) => void;
}

/** What start-up found saved. */
export interface LoadedWorkspace {
  /** Whether anything was saved in this scope. */
  readonly found: boolean;
  readonly workspace: Workspace;
  readonly deck?: readonly Slide[];
  readonly selectedId?: string;
  /** The versions of countries (History). */
  readonly versions: readonly CountryVersion[];
  /** The whole-workspace save of earlier versions, when there are no records yet (to migrate). */
  readonly legacy?: unknown;
  /** Records that failed validation: moved aside under `aside:<key>`, never deleted. */
  readonly setAside: readonly { readonly key: string; readonly reason: string }[];
}

export interface WorkspaceSync {
  /** Reads what is saved (call once, before start). */
  load: () => Promise<LoadedWorkspace>;
  /** Saves every change from now on and takes in other tabs' changes; returns a stop function. */
  start: () => () => void;
  /** Saves now; resolves when written. `urgent` (the page is being hidden or left) skips the lock. */
  flush: (urgent?: boolean) => Promise<void>;
  /** Reads every record and takes in what other tabs changed (when the tab comes back into view). */
  refresh: () => Promise<void>;
}

const BUNDLED_ORDER = -1_000_000;
/** Where versions before per-country records saved the whole workspace (kept, never deleted). */
export const LEGACY_KEY = 'workspace';

/**
 * One workspace shared by every tab of a browser profile (or of one standalone file): each tab saves
 * only what it changed, record by record, and merges what another tab changed meanwhile instead of
 * overwriting it; a saved change is announced on a channel, and the other tabs take it in at once.
 * Changes taken in from another tab never become undo steps here, and undo never brings back what
 * another tab replaced (the undo history is rewritten to include it).
 */
export function createWorkspaceSync(store: AppStore, o: SyncOptions): WorkspaceSync {
  const tab = o.tabId ?? Math.random().toString(36).slice(2, 10);
  const lock: LockFn = o.lock ?? ((_n, fn) => fn());
  const validate = o.validate ?? basicValidate;
  const bundledById = new Map(o.bundled.map((m, i) => [m.id, { m, order: BUNDLED_ORDER + i }]));
  const base = new Map<string, CountryRecord>();
  /** The store's object for each country as last saved or read (same object = unchanged here). */
  const synced = new Map<string, RoleMatrix>();
  const orders = new Map<string, number>();
  /** Clashes found while taking in another tab's change, to be told to it by our next write. */
  const pendingOverrode = new Map<string, NonNullable<CountryRecord['overrode']>>();
  let baseMeta: MetaRecord | undefined;
  /** The versions as stored (they never change once made: only added and deleted). */
  const storedVersions = new Map<string, CountryVersion>();
  let syncedVersions: readonly CountryVersion[] | undefined;
  const checkVersion = (value: unknown, key: string): CountryVersion | undefined => {
    if (o.validateVersion) {
      const r = o.validateVersion(value, key);
      return 'version' in r ? r.version : undefined;
    }
    const v = value as CountryVersion;
    if (typeof v !== 'object' || v === null || typeof v.id !== 'string' || typeof v.countryId !== 'string')
      return undefined;
    const m = validate(v.matrix, `${key}.matrix`);
    return 'matrix' in m ? { ...v, matrix: m.matrix } : undefined;
  };
  let syncedDeck: readonly Slide[] | undefined;
  let syncedSelected: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };
  const emit = (e: SyncEvent) => o.onEvent?.(e);

  const orderOf = (id: string): number => {
    const known = base.get(id)?.order ?? orders.get(id) ?? bundledById.get(id)?.order;
    if (known !== undefined) return known;
    const next = Math.max(0, ...orders.values()) + 1;
    orders.set(id, next);
    return next;
  };

  const load = async (): Promise<LoadedWorkspace> => {
    const all = await o.records.readAll();
    const setAside: { key: string; reason: string; value: unknown }[] = [];
    const present: { m: RoleMatrix; order: number }[] = [];
    const gone = new Set<string>();
    for (const [key, value] of all) {
      if (key === META_KEY) {
        if (isMetaRecord(value)) baseMeta = value;
        else setAside.push({ key, reason: 'meta: not a deck record', value });
        continue;
      }
      if (isVersionKey(key)) {
        const v = checkVersion(value, key);
        if (v && versionKey(v.id) === key) storedVersions.set(v.id, v);
        else setAside.push({ key, reason: `${key}: not a version`, value });
        continue;
      }
      if (!isCountryKey(key)) continue;
      const checked = checkRecord(value, key);
      if ('reason' in checked) {
        setAside.push({ key, reason: checked.reason, value });
        continue;
      }
      const r = checked.record;
      base.set(r.id, r);
      orders.set(r.id, r.order);
      if (r.removed) gone.add(r.id);
      else if (r.bundled) {
        const b = bundledById.get(r.id);
        if (b) present.push({ m: b.m, order: r.order });
        gone.add(r.id);
      } else if (r.matrix) present.push({ m: r.matrix, order: r.order });
    }
    for (const [id, b] of bundledById) if (!gone.has(id) && !base.has(id)) present.push({ m: b.m, order: b.order });
    takeInJournals(present);
    present.sort((a, b) => a.order - b.order || a.m.id.localeCompare(b.m.id));
    if (setAside.length > 0) {
      await o.records.transact(
        setAside.map((s) => s.key),
        () => ({
          writes: new Map(
            setAside.flatMap((s) => [
              [asideKey(s.key), { reason: s.reason, value: s.value, at: new Date().toISOString() }] as const,
              [s.key, undefined] as const,
            ]),
          ),
          result: undefined,
        }),
      );
    }
    const found = base.size > 0 || baseMeta !== undefined || storedVersions.size > 0;
    return {
      found,
      ...(!found && all.has(LEGACY_KEY) ? { legacy: all.get(LEGACY_KEY) } : {}),
      workspace: { matrices: present.map((p) => p.m) },
      ...(baseMeta ? { deck: baseMeta.deck, ...(baseMeta.selectedId ? { selectedId: baseMeta.selectedId } : {}) } : {}),
      setAside: setAside.map(({ key, reason }) => ({ key, reason })),
      versions: [...storedVersions.values()],
    };
  };

  /** Journal entries taken in at start-up, removed once their countries are saved. */
  const journalled: string[] = [];
  const journalKey = `${tab}`;

  /** Puts the unsaved changes a page left in the journal on top of the saved countries. */
  const takeInJournals = (present: { m: RoleMatrix; order: number }[]) => {
    for (const [key, text] of o.journal?.entries() ?? []) {
      journalled.push(key);
      let entry: JournalEntry;
      try {
        entry = JSON.parse(text) as JournalEntry;
      } catch {
        continue;
      }
      const list: JournalEntry['changes'] = Array.isArray(entry?.changes) ? entry.changes : [];
      for (const c of list) {
        if (typeof c?.id !== 'string' || typeof c.order !== 'number') continue;
        const i = present.findIndex((p) => p.m.id === c.id);
        const stored = base.get(c.id);
        // A journal can outlive the save it stood for (the page died after the save, before clearing
        // it): a removal counts only if nothing was written since, so it never undoes a later restore.
        if (c.removed) {
          if (i >= 0 && (stored?.rev ?? 0) === c.baseRev) present.splice(i, 1);
          continue;
        }
        const v = validate(c.matrix, `journal.${c.id}`);
        if ('error' in v || v.matrix.id !== c.id) continue;
        const vBase = c.base === undefined ? undefined : validate(c.base, `journal.${c.id}.base`);
        const grewFrom = vBase && 'matrix' in vBase ? vBase.matrix : undefined;
        const changedSince = stored !== undefined && stored.rev !== c.baseRev;
        // A new country written since the journal (by its own save, then maybe edited elsewhere) is newer.
        if (changedSince && !grewFrom && stored.at > entry.at) continue;
        // Merged with what another tab saved since, as a save would have been.
        const next =
          changedSince && stored.matrix && grewFrom ? mergeMatrix(grewFrom, v.matrix, stored.matrix).merged : v.matrix;
        if (i >= 0) present[i] = { m: next, order: present[i]!.order };
        else present.push({ m: next, order: c.order });
      }
    }
  };

  /** Writes what is not yet saved to the journal, synchronously (the page is going away). */
  const writeJournal = () => {
    if (!o.journal) return;
    const changes = localChanges().flatMap((c): JournalEntry['changes'][number][] => {
      const b = base.get(c.id);
      const baseRev = b?.rev ?? 0;
      if (c.kind === 'put')
        return [{ id: c.id, order: c.order, matrix: c.matrix, baseRev, ...(b?.matrix ? { base: b.matrix } : {}) }];
      if (c.kind === 'remove') return [{ id: c.id, order: orderOf(c.id), removed: true as const, baseRev }];
      return [];
    });
    try {
      if (changes.length > 0)
        o.journal.write(journalKey, JSON.stringify({ at: new Date().toISOString(), changes } satisfies JournalEntry));
    } catch {
      // Too big for the journal (or storage blocked): the IndexedDB save below is all there is.
    }
  };

  const checkRecord = (value: unknown, key: string): { record: CountryRecord } | { reason: string } => {
    if (!isCountryRecord(value) || countryKey(value.id) !== key) return { reason: `${key}: not a country record` };
    if (!value.matrix || value.removed) return { record: value };
    const v = validate(value.matrix, `${key}.matrix`);
    if ('error' in v) return { reason: v.error };
    if (v.matrix.id !== value.id) return { reason: `${key}.matrix.id: expected ${value.id}` };
    return { record: { ...value, matrix: v.matrix } };
  };

  /** What this tab changed since it last saved or read, country by country. */
  const localChanges = (): LocalChange[] => {
    const present = new Map(
      store
        .getState()
        .workspace.matrices.filter((m) => m.linked === undefined)
        .map((m) => [m.id, m]),
    );
    const out: LocalChange[] = [];
    for (const [id, m] of present) {
      if (synced.get(id) === m) continue;
      out.push(
        m.bundled ? { id, kind: 'bundled', order: orderOf(id) } : { id, kind: 'put', matrix: m, order: orderOf(id) },
      );
    }
    for (const id of synced.keys()) if (!present.has(id)) out.push({ id, kind: 'remove' });
    return out;
  };

  const save = async (urgent = false) => {
    const changes = localChanges();
    const { deck, selectedId, versions } = store.getState();
    const metaChanged = deck !== syncedDeck || selectedId !== syncedSelected;
    const vAdded = versions === syncedVersions ? [] : versions.filter((v) => !storedVersions.has(v.id));
    const vIds = new Set(versions.map((v) => v.id));
    const vDeleted = versions === syncedVersions ? [] : [...storedVersions.keys()].filter((id) => !vIds.has(id));
    if (changes.length === 0 && !metaChanged && vAdded.length === 0 && vDeleted.length === 0) {
      syncedVersions = versions;
      return;
    }
    const at = new Date().toISOString();
    const versionKeys = [...vAdded.map((v) => versionKey(v.id)), ...vDeleted.map(versionKey)];
    const keys = [...changes.map((c) => countryKey(c.id)), ...(metaChanged ? [META_KEY] : []), ...versionKeys];
    // When the page is going away there is no time to wait for the lock (its callback would run
    // after the page is gone); the transaction alone still never interleaves with another save.
    const locked = urgent ? <T>(_n: string, fn: () => Promise<T>) => fn() : lock;
    const result = await locked(`x1060-roles:${o.scope}`, () =>
      o.records.transact(keys, (current) => {
        const outcomes = changes.map((c) => {
          const stored = current.get(countryKey(c.id));
          const checked = stored === undefined ? undefined : checkRecord(stored, countryKey(c.id));
          const outcome = decideCountry(
            c,
            checked && 'record' in checked ? checked.record : undefined,
            base.get(c.id),
            tab,
            at,
          );
          const told = pendingOverrode.get(c.id);
          return {
            change: c,
            outcome:
              told && !outcome.record.overrode && !outcome.collision
                ? { ...outcome, record: { ...outcome.record, overrode: told } }
                : outcome,
          };
        });
        const writes = new Map<string, unknown>(
          outcomes.filter((x) => !x.outcome.collision).map((x) => [countryKey(x.change.id), x.outcome.record]),
        );
        let meta: MetaRecord | undefined;
        if (metaChanged) {
          const stored = current.get(META_KEY);
          const theirs = isMetaRecord(stored) ? stored : undefined;
          const concurrent = (theirs?.rev ?? 0) !== (baseMeta?.rev ?? 0);
          const mergedDeck = concurrent && theirs ? mergeDeck(baseMeta?.deck ?? [], deck, theirs.deck) : deck;
          meta = { rev: (theirs?.rev ?? 0) + 1, deck: mergedDeck, ...(selectedId ? { selectedId } : {}), by: tab, at };
          writes.set(META_KEY, meta);
        }
        for (const v of vAdded) writes.set(versionKey(v.id), v);
        for (const id of vDeleted) writes.set(versionKey(id), undefined);
        return { writes, result: { outcomes, meta } };
      }),
    );
    for (const v of vAdded) storedVersions.set(v.id, v);
    for (const id of vDeleted) storedVersions.delete(id);
    if (store.getState().versions === versions) syncedVersions = versions;
    for (const { change, outcome } of result.outcomes) {
      if (!outcome.collision) pendingOverrode.delete(change.id);
      afterSave(change, outcome);
    }
    if (result.meta) {
      baseMeta = result.meta;
      syncedSelected = selectedId;
      const now = store.getState().deck;
      if (result.meta.deck !== deck)
        store.getState().loadDeck(now === deck ? result.meta.deck : mergeDeck(deck, now, result.meta.deck));
      syncedDeck = now === deck ? store.getState().deck : result.meta.deck;
    }
    if (localChanges().length === 0) {
      for (const k of journalled.splice(0)) o.journal?.remove(k);
      o.journal?.remove(journalKey);
    }
    o.channel?.post({
      from: tab,
      keys: keys.filter(
        (k) =>
          k === META_KEY ||
          isVersionKey(k) ||
          result.outcomes.some((x) => !x.outcome.collision && countryKey(x.change.id) === k),
      ),
    });
    o.onSaved?.();
  };

  const afterSave = (change: LocalChange, outcome: SaveOutcome) => {
    if (outcome.collision) {
      orders.set(change.id, outcome.record.order);
      return renameCollided(change.id);
    }
    base.set(change.id, outcome.record);
    orders.set(change.id, outcome.record.order);
    if (outcome.record.removed) {
      synced.delete(change.id);
      if (outcome.lost) emit({ kind: 'removed-changed', country: outcome.lost.country, lost: outcome.lost });
      return;
    }
    if (change.kind === 'bundled') return void synced.set(change.id, bundledById.get(change.id)!.m);
    if (change.kind !== 'put') return;
    if (outcome.revived) emit({ kind: 'revived', country: change.matrix.country });
    if (!outcome.merged) return void synced.set(change.id, change.matrix);
    // Another tab changed this country too: show the merge (their changes with ours on top).
    const now = store.getState().workspace.matrices.find((m) => m.id === change.id);
    const next =
      now === change.matrix || !now ? outcome.merged : mergeMatrix(change.matrix, now, outcome.merged).merged;
    applyOutside([{ id: change.id, kind: 'set', matrix: next, before: change.matrix }]);
    synced.set(change.id, now === change.matrix ? next : outcome.merged);
    if (outcome.conflicts.length > 0)
      emit({ kind: 'conflict-kept', matrix: outcome.merged, conflicts: outcome.conflicts });
  };

  const renameCollided = (id: string) => {
    const ws = store.getState().workspace;
    const m = ws.matrices.find((x) => x.id === id);
    if (!m) return;
    const taken = new Set([
      ...ws.matrices.map((x) => x.country),
      ...[...base.values()].map((r) => r.matrix?.country).filter((c): c is string => !!c),
    ]);
    const ids = new Set([...ws.matrices.map((x) => x.id), ...base.keys()]);
    let n = 2;
    while (taken.has(`${m.country} (${n})`) || ids.has(`user:${m.country} (${n})`)) n++;
    const country = `${m.country} (${n})`;
    const renamed = { ...m, id: `user:${country}`, country };
    orderOf(renamed.id);
    applyOutside([{ id, kind: 'rename', matrix: renamed }]);
    if (store.getState().selectedId === id) store.setState({ selectedId: renamed.id });
    emit({ kind: 'collision', from: m.country, to: country });
  };

  /** Applies changes that are not this tab's edits: no undo step, and the undo history follows. */
  const applyOutside = (changes: readonly OutsideChange[]) => {
    if (changes.length === 0) return;
    const apply = (ws: Workspace): Workspace => applyToWorkspace(ws, changes);
    rewriteHistory(store, apply);
    const { workspace, selectedId } = store.getState();
    const joined = apply(workspace);
    // Countries that joined or were renamed take their place in the shared order.
    const next = changes.some((c) => c.kind === 'add' || c.kind === 'rename')
      ? { matrices: [...joined.matrices].sort((a, b) => orderOf(a.id) - orderOf(b.id) || a.id.localeCompare(b.id)) }
      : joined;
    const valid = next.matrices.some((m) => m.id === selectedId) ? selectedId : next.matrices[0]?.id;
    const temporal = store.temporal.getState();
    const tracking = temporal.isTracking;
    if (tracking) temporal.pause();
    store.setState({ workspace: next, selectedId: valid });
    if (tracking) store.temporal.getState().resume();
  };

  const takeIn = async (keys: readonly string[]) => {
    const got = await o.records.read(keys);
    takeInRecords(got);
    takeInVersions(keys.filter(isVersionKey), got);
  };

  /** Versions another tab added (present in `got`) or deleted (asked for, absent). */
  const takeInVersions = (keys: readonly string[], got: ReadonlyMap<string, unknown>) => {
    let changed = false;
    for (const key of keys) {
      const id = key.slice('version:'.length);
      const v = got.has(key) ? checkVersion(got.get(key), key) : undefined;
      if (v && !storedVersions.has(id)) {
        storedVersions.set(id, v);
        changed = true;
      } else if (!got.has(key) && storedVersions.has(id)) {
        storedVersions.delete(id);
        changed = true;
      }
    }
    if (!changed) return;
    const { versions } = store.getState();
    const here = new Set(versions.map((v) => v.id));
    const unsavedHere =
      syncedVersions === versions
        ? []
        : versions.filter((v) => !storedVersions.has(v.id) && !keys.includes(versionKey(v.id)));
    const next = [
      ...versions.filter((v) => storedVersions.has(v.id)),
      ...[...storedVersions.values()].filter((v) => !here.has(v.id)),
      ...unsavedHere,
    ];
    const clean = unsavedHere.length === 0 && syncedVersions === versions;
    store.getState().loadVersions(next);
    if (clean) syncedVersions = store.getState().versions;
  };

  const takeInRecords = (got: ReadonlyMap<string, unknown>) => {
    const changes: OutsideChange[] = [];
    const told = {
      added: [] as string[],
      changed: [] as { before?: RoleMatrix; after: RoleMatrix }[],
      removed: [] as string[],
    };
    for (const [key, value] of got) {
      if (key === META_KEY) {
        takeInMeta(value);
        continue;
      }
      if (!isCountryKey(key)) continue;
      const checked = checkRecord(value, key);
      if ('reason' in checked) continue;
      const r = checked.record;
      const known = base.get(r.id);
      if (known && r.rev <= known.rev) continue;
      const c = takeInCountry(r, known);
      if (c) {
        changes.push(c.change);
        // Told as the other tab made it (theirs), not as merged with what this tab has typed meanwhile.
        if (c.told === 'changed' && 'matrix' in c.change)
          told.changed.push({ after: c.theirs ?? c.change.matrix, ...(c.before ? { before: c.before } : {}) });
        else if (c.told !== 'changed') told[c.told].push(c.name);
      }
    }
    applyOutside(changes);
    if (told.added.length + told.changed.length + told.removed.length > 0) emit({ kind: 'remote', ...told });
  };

  const takeInCountry = (
    r: CountryRecord,
    known: CountryRecord | undefined,
  ):
    | {
        change: OutsideChange;
        told: 'added' | 'changed' | 'removed';
        name: string;
        before?: RoleMatrix;
        theirs?: RoleMatrix;
      }
    | undefined => {
    base.set(r.id, r);
    orders.set(r.id, r.order);
    let local = store.getState().workspace.matrices.find((m) => m.id === r.id);
    const before = synced.get(r.id);
    if (local && !before && !known && !r.removed) {
      // A country of this id was made here and there at once: they are two countries.
      renameCollided(r.id);
      local = undefined;
    }
    const theirs = r.removed ? undefined : r.bundled ? bundledById.get(r.id)?.m : r.matrix;
    const unchangedHere = local === before;
    if (r.overrode?.tab === tab && theirs)
      emit({ kind: 'overridden', matrix: theirs, conflicts: r.overrode.conflicts });
    if (!theirs) {
      synced.delete(r.id);
      if (!local) return undefined;
      // Removed there while changed here: ours is kept (the next save brings it back there too).
      if (!unchangedHere) {
        emit({ kind: 'revived', country: local.country });
        return undefined;
      }
      return { change: { id: r.id, kind: 'remove' }, told: 'removed', name: local.country };
    }
    if (!local && !before) {
      synced.set(r.id, theirs);
      // Removed here, then brought back by a tab that was still changing it: say so, not "added".
      if (known?.removed) emit({ kind: 'kept-by-other', country: theirs.country });
      return {
        change: { id: r.id, kind: 'add', matrix: theirs, order: r.order },
        told: known?.removed ? 'changed' : 'added',
        name: theirs.country,
      };
    }
    if (!local) return void synced.set(r.id, theirs); // removed here, not yet saved: the removal wins
    if (unchangedHere || !before) {
      synced.set(r.id, theirs);
      return {
        change: { id: r.id, kind: 'set', matrix: theirs, ...(before ? { before } : {}) },
        told: known ? 'changed' : 'added',
        name: theirs.country,
        ...(before ? { before } : {}),
      };
    }
    const { merged, conflicts } = mergeMatrix(before, local, theirs);
    synced.set(r.id, theirs);
    if (conflicts.length > 0) {
      // Ours is saved next and wins: the next write tells the tab whose values it replaces.
      pendingOverrode.set(r.id, { tab: r.by, conflicts });
      emit({ kind: 'conflict-kept', matrix: merged, conflicts });
    }
    return {
      change: { id: r.id, kind: 'set', matrix: merged, before },
      told: 'changed',
      name: theirs.country,
      before,
      theirs,
    };
  };

  const takeInMeta = (value: unknown) => {
    if (!isMetaRecord(value) || (baseMeta && value.rev <= baseMeta.rev)) return;
    const { deck } = store.getState();
    const next = deck === syncedDeck ? value.deck : mergeDeck(baseMeta?.deck ?? [], deck, value.deck);
    baseMeta = value;
    syncedDeck = value.deck;
    if (next !== deck) store.getState().loadDeck(next);
    if (next === value.deck) syncedDeck = store.getState().deck;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstDirty = 0;
  const flush = (urgent = false) => {
    if (urgent) writeJournal();
    if (timer) clearTimeout(timer);
    timer = undefined;
    firstDirty = 0;
    return enqueue(() => save(urgent)).catch((e: unknown) => o.onError(e));
  };

  const start = () => {
    const s = store.getState();
    // What is saved, as the store holds it: a country the journal changed at start-up differs, and is saved.
    for (const m of s.workspace.matrices) {
      const rec = base.get(m.id);
      if (m.linked !== undefined) continue;
      if (rec?.matrix) synced.set(m.id, rec.matrix);
      else if (bundledById.has(m.id) && !rec?.removed) synced.set(m.id, m);
    }
    for (const [id, rec] of base)
      if (rec.matrix && !synced.has(id) && !s.workspace.matrices.some((m) => m.id === id)) synced.set(id, rec.matrix);
    // A bundled country missing from the first workspace (a standalone file's own data) is saved as removed.
    for (const [id, b] of bundledById) if (!base.has(id) && !synced.has(id)) synced.set(id, b.m);
    for (const m of s.workspace.matrices) orderOf(m.id);
    syncedDeck = baseMeta ? s.deck : undefined;
    syncedSelected = baseMeta?.selectedId;
    // Versions the store holds that are stored already count as saved; others (a standalone file's) are written.
    syncedVersions =
      s.versions.every((v) => storedVersions.has(v.id)) && s.versions.length === storedVersions.size
        ? s.versions
        : undefined;
    const delay = o.delayMs ?? 250;
    const maxWait = o.maxWaitMs ?? 750;
    const unsubscribe = store.subscribe((st, prev) => {
      if (
        st.workspace === prev.workspace &&
        st.selectedId === prev.selectedId &&
        st.deck === prev.deck &&
        st.versions === prev.versions
      )
        return;
      const now = Date.now();
      if (!firstDirty) firstDirty = now;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), Math.max(0, Math.min(delay, firstDirty + maxWait - now)));
    });
    const stopListening = o.channel?.listen((msg) => {
      if (msg.from !== tab) void enqueue(() => takeIn(msg.keys)).catch((e: unknown) => o.onError(e));
    });
    // A save that does not reach storage right away (the first one) still needs writing.
    void flush();
    return () => {
      void flush();
      unsubscribe();
      stopListening?.();
    };
  };

  /** Takes in every record changed since this tab last heard (a message may have been missed). */
  const refresh = () =>
    enqueue(async () => {
      const all = await o.records.readAll();
      takeInRecords(all);
      takeInVersions(
        [...new Set([...[...all.keys()].filter(isVersionKey), ...[...storedVersions.keys()].map(versionKey)])],
        all,
      );
    }).catch((e: unknown) => o.onError(e));

  return {
    load,
    start,
    flush: (urgent?: boolean) => flush(urgent).then(() => undefined),
    refresh: () => refresh().then(() => undefined),
  };
}

/** A change to the workspace that came from elsewhere (another tab, a merge). */
type OutsideChange =
  | { readonly id: string; readonly kind: 'set'; readonly matrix: RoleMatrix; readonly before?: RoleMatrix }
  | { readonly id: string; readonly kind: 'add'; readonly matrix: RoleMatrix; readonly order: number }
  | { readonly id: string; readonly kind: 'remove' }
  | { readonly id: string; readonly kind: 'rename'; readonly matrix: RoleMatrix };

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
