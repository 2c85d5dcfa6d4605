import { mergeMatrix } from '../domain/matrix-merge';
import type { CountryVersion } from '../domain/versions';
import type { Slide } from './present-slice';
import { clearJournal } from './sync-journal';
import { applyOutside, renameCollided } from './sync-outside';
import {
  countryKey,
  decideCountry,
  isMetaRecord,
  isVersionKey,
  versionKey,
  mergeDeck,
  META_KEY,
  type LocalChange,
  type MetaRecord,
  type SaveOutcome,
} from './sync-records';
import { checkRecord, emit, localChanges, type SyncState } from './sync-state';
import type { LockFn } from './sync-types';

/** What one save writes: the changed countries, the deck (meta) and the versions added or deleted. */
interface SavePlan {
  readonly changes: readonly LocalChange[];
  readonly deck: readonly Slide[];
  readonly selectedId: string | undefined;
  readonly versions: readonly CountryVersion[];
  readonly metaChanged: boolean;
  readonly vAdded: readonly CountryVersion[];
  readonly vDeleted: readonly string[];
}
interface SaveResult {
  readonly outcomes: readonly { readonly change: LocalChange; readonly outcome: SaveOutcome }[];
  readonly meta: MetaRecord | undefined;
}

/**
 * Saves what this tab changed: plan → write (one transaction, under the scope's lock unless urgent)
 * → take the outcome back into the store → journal cleared → other tabs told.
 */
export async function saveChanges(s: SyncState, urgent: boolean): Promise<void> {
  const plan = planSave(s);
  if (!plan) return;
  const keys = [
    ...plan.changes.map((c) => countryKey(c.id)),
    ...(plan.metaChanged ? [META_KEY] : []),
    ...plan.vAdded.map((v) => versionKey(v.id)),
    ...plan.vDeleted.map(versionKey),
  ];
  // When the page is going away there is no time to wait for the lock (its callback would run
  // after the page is gone); the transaction alone still never interleaves with another save.
  const locked: LockFn = urgent ? (_n, fn) => fn() : s.lock;
  const at = new Date().toISOString();
  const result = await locked(`x1060-roles:${s.options.scope}`, () =>
    s.options.records.transact(keys, (current) => writeSave(s, plan, current, at)),
  );
  afterWrite(s, plan, result);
  clearJournal(s);
  s.options.channel?.post({
    from: s.tab,
    keys: keys.filter(
      (k) =>
        k === META_KEY ||
        isVersionKey(k) ||
        result.outcomes.some((x) => !x.outcome.collision && countryKey(x.change.id) === k),
    ),
  });
  s.options.onSaved?.();
}

function planSave(s: SyncState): SavePlan | undefined {
  const changes = localChanges(s);
  const { deck, selectedId, versions } = s.store.getState();
  const metaChanged = deck !== s.syncedDeck || selectedId !== s.syncedSelected;
  const clean = versions === s.syncedVersions;
  const vAdded = clean ? [] : versions.filter((v) => !s.storedVersions.has(v.id));
  const vIds = new Set(versions.map((v) => v.id));
  const vDeleted = clean ? [] : [...s.storedVersions.keys()].filter((id) => !vIds.has(id));
  if (changes.length === 0 && !metaChanged && vAdded.length === 0 && vDeleted.length === 0) {
    s.syncedVersions = versions;
    return undefined;
  }
  return { changes, deck, selectedId, versions, metaChanged, vAdded, vDeleted };
}

/** Inside the transaction: decides each country against what is stored now, and the deck likewise. */
function writeSave(
  s: SyncState,
  plan: SavePlan,
  current: ReadonlyMap<string, unknown>,
  at: string,
): { writes: Map<string, unknown>; result: SaveResult } {
  const outcomes = plan.changes.map((c) => {
    const stored = current.get(countryKey(c.id));
    const checked = stored === undefined ? undefined : checkRecord(s, stored, countryKey(c.id));
    const record = checked && 'record' in checked ? checked.record : undefined;
    const outcome = decideCountry(c, record, s.base.get(c.id), s.tab, at);
    const told = s.pendingOverrode.get(c.id);
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
  if (plan.metaChanged) {
    const stored = current.get(META_KEY);
    const theirs = isMetaRecord(stored) ? stored : undefined;
    const concurrent = (theirs?.rev ?? 0) !== (s.baseMeta?.rev ?? 0);
    const deck = concurrent && theirs ? mergeDeck(s.baseMeta?.deck ?? [], plan.deck, theirs.deck) : plan.deck;
    const selected = plan.selectedId ? { selectedId: plan.selectedId } : {};
    meta = { rev: (theirs?.rev ?? 0) + 1, deck, ...selected, by: s.tab, at };
    writes.set(META_KEY, meta);
  }
  for (const v of plan.vAdded) writes.set(versionKey(v.id), v);
  for (const id of plan.vDeleted) writes.set(versionKey(id), undefined);
  return { writes, result: { outcomes, meta } };
}

/** After the write: what was written becomes the base, and merges with other tabs show in the store. */
function afterWrite(s: SyncState, plan: SavePlan, result: SaveResult): void {
  for (const v of plan.vAdded) s.storedVersions.set(v.id, v);
  for (const id of plan.vDeleted) s.storedVersions.delete(id);
  if (s.store.getState().versions === plan.versions) s.syncedVersions = plan.versions;
  for (const { change, outcome } of result.outcomes) {
    if (!outcome.collision) s.pendingOverrode.delete(change.id);
    afterCountrySaved(s, change, outcome);
  }
  if (result.meta) {
    const { deck } = plan;
    s.baseMeta = result.meta;
    s.syncedSelected = plan.selectedId;
    const now = s.store.getState().deck;
    if (result.meta.deck !== deck)
      s.store.getState().loadDeck(now === deck ? result.meta.deck : mergeDeck(deck, now, result.meta.deck));
    s.syncedDeck = now === deck ? s.store.getState().deck : result.meta.deck;
  }
}

function afterCountrySaved(s: SyncState, change: LocalChange, outcome: SaveOutcome): void {
  if (outcome.collision) {
    s.orders.set(change.id, outcome.record.order);
    return renameCollided(s, change.id);
  }
  s.base.set(change.id, outcome.record);
  s.orders.set(change.id, outcome.record.order);
  if (outcome.record.removed) {
    s.synced.delete(change.id);
    if (outcome.lost) emit(s, { kind: 'removed-changed', country: outcome.lost.country, lost: outcome.lost });
    return;
  }
  if (change.kind === 'bundled') return void s.synced.set(change.id, s.bundledById.get(change.id)!.m);
  if (change.kind !== 'put') return;
  if (outcome.revived) emit(s, { kind: 'revived', country: change.matrix.country });
  if (!outcome.merged) return void s.synced.set(change.id, change.matrix);
  // Another tab changed this country too: show the merge (their changes with ours on top).
  const now = s.store.getState().workspace.matrices.find((m) => m.id === change.id);
  const next = now === change.matrix || !now ? outcome.merged : mergeMatrix(change.matrix, now, outcome.merged).merged;
  applyOutside(s, [{ id: change.id, kind: 'set', matrix: next, before: change.matrix }]);
  s.synced.set(change.id, now === change.matrix ? next : outcome.merged);
  if (outcome.conflicts.length > 0)
    emit(s, { kind: 'conflict-kept', matrix: outcome.merged, conflicts: outcome.conflicts });
}
