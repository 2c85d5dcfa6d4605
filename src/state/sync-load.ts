import {
  asideKey,
  isCountryKey,
  isMetaRecord,
  isVersionKey,
  versionKey,
  META_KEY,
  type CountryRecord,
} from './sync-records';
import { takeInJournals, type Present } from './sync-journal';
import { checkRecord, checkVersion, orderOf, type SyncState } from './sync-state';
import type { LoadedWorkspace } from './sync-types';

/** Where versions before per-country records saved the whole workspace (kept, never deleted). */
export const LEGACY_KEY = 'workspace';

interface SetAside {
  readonly key: string;
  readonly reason: string;
  readonly value: unknown;
}

/**
 * Reads every record of the scope: the countries (bundled ones not saved yet included), the deck and
 * the versions, with the journal's unsaved changes on top; a record that fails its check is set aside.
 */
export async function loadWorkspace(s: SyncState): Promise<LoadedWorkspace> {
  const all = await s.options.records.readAll();
  const setAside: SetAside[] = [];
  const present: Present[] = [];
  const gone = new Set<string>();
  for (const [key, value] of all) {
    const refused = readRecord(s, key, value, present, gone);
    if (refused) setAside.push({ key, reason: refused, value });
  }
  for (const [id, b] of s.bundledById) if (!gone.has(id) && !s.base.has(id)) present.push({ m: b.m, order: b.order });
  takeInJournals(s, present);
  present.sort((a, b) => a.order - b.order || a.m.id.localeCompare(b.m.id));
  await putAside(s, setAside);
  const found = s.base.size > 0 || s.baseMeta !== undefined || s.storedVersions.size > 0;
  const meta = s.baseMeta;
  return {
    found,
    ...(!found && all.has(LEGACY_KEY) ? { legacy: all.get(LEGACY_KEY) } : {}),
    workspace: { matrices: present.map((p) => p.m) },
    ...(meta ? { deck: meta.deck, ...(meta.selectedId ? { selectedId: meta.selectedId } : {}) } : {}),
    setAside: setAside.map(({ key, reason }) => ({ key, reason })),
    versions: [...s.storedVersions.values()],
  };
}

/** Takes one stored record into the state; returns why it is refused, if it is. */
function readRecord(
  s: SyncState,
  key: string,
  value: unknown,
  present: Present[],
  gone: Set<string>,
): string | undefined {
  if (key === META_KEY) {
    if (!isMetaRecord(value)) return 'meta: not a deck record';
    s.baseMeta = value;
    return undefined;
  }
  if (isVersionKey(key)) {
    const v = checkVersion(s, value, key);
    if (!v || versionKey(v.id) !== key) return `${key}: not a version`;
    s.storedVersions.set(v.id, v);
    return undefined;
  }
  if (!isCountryKey(key)) return undefined;
  const checked = checkRecord(s, value, key);
  if ('reason' in checked) return checked.reason;
  readCountry(s, checked.record, present, gone);
  return undefined;
}

function readCountry(s: SyncState, r: CountryRecord, present: Present[], gone: Set<string>): void {
  s.base.set(r.id, r);
  s.orders.set(r.id, r.order);
  if (r.removed) gone.add(r.id);
  else if (r.bundled) {
    const b = s.bundledById.get(r.id);
    if (b) present.push({ m: b.m, order: r.order });
    gone.add(r.id);
  } else if (r.matrix) present.push({ m: r.matrix, order: r.order });
}

/** Moves refused records to `aside:<key>` (never deleted), in one transaction. */
async function putAside(s: SyncState, setAside: readonly SetAside[]): Promise<void> {
  if (setAside.length === 0) return;
  await s.options.records.transact(
    setAside.map((x) => x.key),
    () => ({
      writes: new Map(
        setAside.flatMap((x) => [
          [asideKey(x.key), { reason: x.reason, value: x.value, at: new Date().toISOString() }] as const,
          [x.key, undefined] as const,
        ]),
      ),
      result: undefined,
    }),
  );
}

/**
 * Marks what the store holds at start as saved, where it is: a country the journal changed at
 * start-up differs from its record, and is saved.
 */
export function markLoadedAsSynced(s: SyncState): void {
  const st = s.store.getState();
  for (const m of st.workspace.matrices) {
    const rec = s.base.get(m.id);
    if (m.linked !== undefined) continue;
    if (rec?.matrix) s.synced.set(m.id, rec.matrix);
    else if (s.bundledById.has(m.id) && !rec?.removed) s.synced.set(m.id, m);
  }
  for (const [id, rec] of s.base)
    if (rec.matrix && !s.synced.has(id) && !st.workspace.matrices.some((m) => m.id === id))
      s.synced.set(id, rec.matrix);
  // A bundled country missing from the first workspace (a standalone file's own data) is saved as removed.
  for (const [id, b] of s.bundledById) if (!s.base.has(id) && !s.synced.has(id)) s.synced.set(id, b.m);
  for (const m of st.workspace.matrices) orderOf(s, m.id);
  s.syncedDeck = s.baseMeta ? st.deck : undefined;
  s.syncedSelected = s.baseMeta?.selectedId;
  // Versions the store holds that are stored already count as saved; others (a standalone file's) are written.
  s.syncedVersions =
    st.versions.every((v) => s.storedVersions.has(v.id)) && st.versions.length === s.storedVersions.size
      ? st.versions
      : undefined;
}
