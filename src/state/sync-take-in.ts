import { mergeMatrix } from '../domain/matrix-merge';
import type { RoleMatrix } from '../domain/matrix';
import { applyOutside, renameCollided, type OutsideChange } from './sync-outside';
import {
  isCountryKey,
  isMetaRecord,
  isVersionKey,
  versionKey,
  mergeDeck,
  META_KEY,
  type CountryRecord,
} from './sync-records';
import { checkRecord, checkVersion, emit, type SyncState } from './sync-state';

/** Takes in the records another tab says it wrote. */
export async function takeIn(s: SyncState, keys: readonly string[]): Promise<void> {
  const got = await s.options.records.read(keys);
  takeInRecords(s, got);
  takeInVersions(s, keys.filter(isVersionKey), got);
}

/** Takes in every record changed since this tab last heard (a message may have been missed). */
export async function takeInAll(s: SyncState): Promise<void> {
  const all = await s.options.records.readAll();
  takeInRecords(s, all);
  const stored = [...s.storedVersions.keys()].map(versionKey);
  takeInVersions(s, [...new Set([...[...all.keys()].filter(isVersionKey), ...stored])], all);
}

/** Versions another tab added (present in `got`) or deleted (asked for, absent). */
function takeInVersions(s: SyncState, keys: readonly string[], got: ReadonlyMap<string, unknown>): void {
  let changed = false;
  for (const key of keys) {
    const id = key.slice('version:'.length);
    const v = got.has(key) ? checkVersion(s, got.get(key), key) : undefined;
    if (v && !s.storedVersions.has(id)) {
      s.storedVersions.set(id, v);
      changed = true;
    } else if (!got.has(key) && s.storedVersions.has(id)) {
      s.storedVersions.delete(id);
      changed = true;
    }
  }
  if (!changed) return;
  const { versions } = s.store.getState();
  const here = new Set(versions.map((v) => v.id));
  const unsavedHere =
    s.syncedVersions === versions
      ? []
      : versions.filter((v) => !s.storedVersions.has(v.id) && !keys.includes(versionKey(v.id)));
  const next = [
    ...versions.filter((v) => s.storedVersions.has(v.id)),
    ...[...s.storedVersions.values()].filter((v) => !here.has(v.id)),
    ...unsavedHere,
  ];
  const clean = unsavedHere.length === 0 && s.syncedVersions === versions;
  s.store.getState().loadVersions(next);
  if (clean) s.syncedVersions = s.store.getState().versions;
}

/** What taking in one country does here, and how the user is told. */
interface TakenCountry {
  readonly change: OutsideChange;
  readonly told: 'added' | 'changed' | 'removed';
  readonly name: string;
  readonly before?: RoleMatrix;
  readonly theirs?: RoleMatrix;
}

function takeInRecords(s: SyncState, got: ReadonlyMap<string, unknown>): void {
  const changes: OutsideChange[] = [];
  const told = {
    added: [] as string[],
    changed: [] as { before?: RoleMatrix; after: RoleMatrix }[],
    removed: [] as string[],
  };
  for (const [key, value] of got) {
    if (key === META_KEY) {
      takeInMeta(s, value);
      continue;
    }
    if (!isCountryKey(key)) continue;
    const checked = checkRecord(s, value, key);
    if ('reason' in checked) continue;
    const r = checked.record;
    const known = s.base.get(r.id);
    if (known && r.rev <= known.rev) continue;
    const c = takeInCountry(s, r, known);
    if (!c) continue;
    changes.push(c.change);
    // Told as the other tab made it (theirs), not as merged with what this tab has typed meanwhile.
    if (c.told === 'changed' && 'matrix' in c.change)
      told.changed.push({ after: c.theirs ?? c.change.matrix, ...(c.before ? { before: c.before } : {}) });
    else if (c.told !== 'changed') told[c.told].push(c.name);
  }
  applyOutside(s, changes);
  if (told.added.length + told.changed.length + told.removed.length > 0) emit(s, { kind: 'remote', ...told });
}

function takeInCountry(s: SyncState, r: CountryRecord, known: CountryRecord | undefined): TakenCountry | undefined {
  s.base.set(r.id, r);
  s.orders.set(r.id, r.order);
  let local = s.store.getState().workspace.matrices.find((m) => m.id === r.id);
  const before = s.synced.get(r.id);
  if (local && !before && !known && !r.removed) {
    // A country of this id was made here and there at once: they are two countries.
    renameCollided(s, r.id);
    local = undefined;
  }
  const theirs = r.removed ? undefined : r.bundled ? s.bundledById.get(r.id)?.m : r.matrix;
  if (r.overrode?.tab === s.tab && theirs)
    emit(s, { kind: 'overridden', matrix: theirs, conflicts: r.overrode.conflicts });
  if (!theirs) return takeInRemoval(s, r.id, local, local === before);
  if (!local && !before) {
    s.synced.set(r.id, theirs);
    // Removed here, then brought back by a tab that was still changing it: say so, not "added".
    if (known?.removed) emit(s, { kind: 'kept-by-other', country: theirs.country });
    return {
      change: { id: r.id, kind: 'add', matrix: theirs, order: r.order },
      told: known?.removed ? 'changed' : 'added',
      name: theirs.country,
    };
  }
  if (!local) return void s.synced.set(r.id, theirs); // removed here, not yet saved: the removal wins
  if (local === before || !before) {
    s.synced.set(r.id, theirs);
    return {
      change: { id: r.id, kind: 'set', matrix: theirs, ...(before ? { before } : {}) },
      told: known ? 'changed' : 'added',
      name: theirs.country,
      ...(before ? { before } : {}),
    };
  }
  return takeInMerge(s, r, before, local, theirs);
}

function takeInRemoval(
  s: SyncState,
  id: string,
  local: RoleMatrix | undefined,
  unchangedHere: boolean,
): TakenCountry | undefined {
  s.synced.delete(id);
  if (!local) return undefined;
  // Removed there while changed here: ours is kept (the next save brings it back there too).
  if (!unchangedHere) {
    emit(s, { kind: 'revived', country: local.country });
    return undefined;
  }
  return { change: { id, kind: 'remove' }, told: 'removed', name: local.country };
}

/** Changed here and there: merged value by value; on a clash ours is saved next and wins. */
function takeInMerge(
  s: SyncState,
  r: CountryRecord,
  before: RoleMatrix,
  local: RoleMatrix,
  theirs: RoleMatrix,
): TakenCountry {
  const { merged, conflicts } = mergeMatrix(before, local, theirs);
  s.synced.set(r.id, theirs);
  if (conflicts.length > 0) {
    // The next write tells the tab whose values it replaces.
    s.pendingOverrode.set(r.id, { tab: r.by, conflicts });
    emit(s, { kind: 'conflict-kept', matrix: merged, conflicts });
  }
  return {
    change: { id: r.id, kind: 'set', matrix: merged, before },
    told: 'changed',
    name: theirs.country,
    before,
    theirs,
  };
}

function takeInMeta(s: SyncState, value: unknown): void {
  if (!isMetaRecord(value) || (s.baseMeta && value.rev <= s.baseMeta.rev)) return;
  const { deck } = s.store.getState();
  const next = deck === s.syncedDeck ? value.deck : mergeDeck(s.baseMeta?.deck ?? [], deck, value.deck);
  s.baseMeta = value;
  s.syncedDeck = value.deck;
  if (next !== deck) s.store.getState().loadDeck(next);
  if (next === value.deck) s.syncedDeck = s.store.getState().deck;
}
