import { mergeMatrix, type MergeConflict } from '../domain/matrix-merge';
import type { RoleMatrix } from '../domain/matrix';
import type { Slide } from './present-slice';

/**
 * How the workspace is saved: one record per country (`country:<id>`) and one for the deck
 * (`meta`), each with a revision that grows by one on every write. A tab remembers the revision it
 * last read or wrote of each record (its "base"): a record whose stored revision is higher was
 * changed by another tab since, and is merged instead of overwritten.
 */
export interface CountryRecord {
  readonly id: string;
  readonly rev: number;
  /** Display order across the workspace (bundled countries first). */
  readonly order: number;
  /** The country, when it is the user's own. */
  readonly matrix?: RoleMatrix;
  /** A bundled country, present by reference (its data comes from the app). */
  readonly bundled?: true;
  /** The country was removed (kept as a tombstone so other tabs remove it too). */
  readonly removed?: true;
  /** The tab that wrote it, and when. */
  readonly by: string;
  readonly at: string;
  /** Values of another tab's earlier write that this write replaced (same cell changed in both). */
  readonly overrode?: { readonly tab: string; readonly conflicts: readonly MergeConflict[] };
}

/** The deck and the last selected country, shared by the tabs of a workspace. */
export interface MetaRecord {
  readonly rev: number;
  readonly deck: readonly Slide[];
  readonly selectedId?: string;
  readonly by: string;
  readonly at: string;
}

export const META_KEY = 'meta';
export const countryKey = (id: string) => `country:${id}`;
export const isCountryKey = (key: string) => key.startsWith('country:');
/** A version of a country (History): written once, deleted when pruned or by the user. */
export const versionKey = (id: string) => `version:${id}`;
export const isVersionKey = (key: string) => key.startsWith('version:');
/** Where a record that failed validation at start-up is kept (never deleted). */
export const asideKey = (key: string) => `aside:${key}`;

/** What a tab wants to write for one country. */
export type LocalChange =
  | { readonly id: string; readonly kind: 'put'; readonly matrix: RoleMatrix; readonly order: number }
  | { readonly id: string; readonly kind: 'bundled'; readonly order: number }
  | { readonly id: string; readonly kind: 'remove' };

/** What a save decided for one country. */
export interface SaveOutcome {
  readonly record: CountryRecord;
  /** Present when another tab had changed the country too: the merge of both (ours wins clashes). */
  readonly merged?: RoleMatrix;
  readonly conflicts: readonly MergeConflict[];
  /** Another tab removed the country while this one changed it: this save brings it back. */
  readonly revived?: boolean;
  /** Another tab changed the country this tab removed: the removal wins (the other's version is `lost`). */
  readonly lost?: RoleMatrix;
  /** A different country of the same id was created in another tab: nothing was written. */
  readonly collision?: boolean;
}

/**
 * Decides what one country's save writes, given the record stored now and the one the tab last
 * knew. Pure: it runs inside the IndexedDB transaction.
 */
export function decideCountry(
  change: LocalChange,
  stored: CountryRecord | undefined,
  base: CountryRecord | undefined,
  tab: string,
  at: string,
): SaveOutcome {
  const rev = (stored?.rev ?? 0) + 1;
  const write = (r: Omit<CountryRecord, 'id' | 'rev' | 'by' | 'at'>): CountryRecord => ({
    ...r,
    id: change.id,
    rev,
    by: tab,
    at,
  });
  const order = change.kind === 'remove' ? (stored?.order ?? base?.order ?? 0) : change.order;
  const concurrent = (stored?.rev ?? 0) !== (base?.rev ?? 0);
  if (change.kind === 'remove') {
    const lost = concurrent && stored?.matrix && stored.matrix !== base?.matrix ? stored.matrix : undefined;
    return { record: write({ order, removed: true }), conflicts: [], ...(lost ? { lost } : {}) };
  }
  if (change.kind === 'bundled') return { record: write({ order, bundled: true }), conflicts: [] };
  if (!concurrent || !stored) return { record: write({ order, matrix: change.matrix }), conflicts: [] };
  if (!base && stored.matrix) return { record: stored, conflicts: [], collision: true };
  if (stored.removed || !stored.matrix)
    return { record: write({ order, matrix: change.matrix }), conflicts: [], ...(base ? { revived: true } : {}) };
  const { merged, conflicts } = mergeMatrix(base?.matrix ?? stored.matrix, change.matrix, stored.matrix);
  return {
    record: write({ order, matrix: merged, ...(conflicts.length ? { overrode: { tab: stored.by, conflicts } } : {}) }),
    merged,
    conflicts,
  };
}

/**
 * Merges two decks grown from one base: ours in our order, plus the slides the other side added,
 * minus the ones it removed. Slides are matched by id.
 */
export function mergeDeck(base: readonly Slide[], ours: readonly Slide[], theirs: readonly Slide[]): readonly Slide[] {
  if (ours === base) return theirs;
  const baseIds = new Set(base.map((s) => s.id));
  const theirIds = new Set(theirs.map((s) => s.id));
  const ourIds = new Set(ours.map((s) => s.id));
  const kept = ours.filter((s) => !baseIds.has(s.id) || theirIds.has(s.id));
  return [...kept, ...theirs.filter((s) => !baseIds.has(s.id) && !ourIds.has(s.id))];
}

/** Whether a stored value has the shape of a country record (its matrix is checked apart). */
export function isCountryRecord(x: unknown): x is CountryRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as CountryRecord;
  return (
    typeof r.id === 'string' &&
    Number.isInteger(r.rev) &&
    r.rev > 0 &&
    typeof r.order === 'number' &&
    Number.isFinite(r.order) &&
    (r.removed === true || r.bundled === true || typeof r.matrix === 'object')
  );
}

/** Whether a stored value has the shape of the meta record. */
export function isMetaRecord(x: unknown): x is MetaRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as MetaRecord;
  return (
    Number.isInteger(r.rev) &&
    Array.isArray(r.deck) &&
    r.deck.every((s) => typeof s === 'object' && s !== null && typeof (s as Slide).id === 'string')
  );
}
