import { mergeMatrix } from '../domain/matrix-merge';
import type { RoleMatrix } from '../domain/matrix';
import { localChanges, orderOf, type SyncState } from './sync-state';

/** One entry of the journal: a tab's unsaved countries, each with the version it grew from. */
interface JournalEntry {
  readonly at: string;
  readonly changes: readonly JournalChange[];
}
interface JournalChange {
  readonly id: string;
  readonly order: number;
  readonly matrix?: RoleMatrix;
  readonly removed?: true;
  readonly baseRev: number;
  readonly base?: RoleMatrix;
}

/** A country as start-up found it, with its place in the shared order. */
export interface Present {
  m: RoleMatrix;
  order: number;
}

/** Puts the unsaved changes a page left in the journal on top of the saved countries. */
export function takeInJournals(s: SyncState, present: Present[]): void {
  // The countries an earlier journal of this start-up changed: a later one is merged onto them, never put over.
  const touched = new Set<string>();
  for (const [key, text] of s.options.journal?.entries() ?? []) {
    s.journalled.push(key);
    let entry: JournalEntry;
    try {
      entry = JSON.parse(text) as JournalEntry;
    } catch {
      continue;
    }
    const list: readonly JournalChange[] = Array.isArray(entry?.changes) ? entry.changes : [];
    for (const c of list) {
      if (typeof c?.id !== 'string' || typeof c.order !== 'number') continue;
      takeInJournalChange(s, present, entry.at, c, touched);
    }
  }
}

function takeInJournalChange(
  s: SyncState,
  present: Present[],
  at: string,
  c: JournalChange,
  touched: Set<string>,
): void {
  const i = present.findIndex((p) => p.m.id === c.id);
  const stored = s.base.get(c.id);
  // A journal can outlive the save it stood for (the page died after the save, before clearing
  // it): a removal counts only if nothing was written since, so it never undoes a later restore.
  if (c.removed) {
    if (i >= 0 && (stored?.rev ?? 0) === c.baseRev) present.splice(i, 1);
    return;
  }
  const v = s.validate(c.matrix, `journal.${c.id}`);
  if ('error' in v || v.matrix.id !== c.id) return;
  const vBase = c.base === undefined ? undefined : s.validate(c.base, `journal.${c.id}.base`);
  const grewFrom = vBase && 'matrix' in vBase ? vBase.matrix : undefined;
  const changedSince = stored !== undefined && stored.rev !== c.baseRev;
  // A new country written since the journal (by its own save, then maybe edited elsewhere) is newer.
  if (changedSince && !grewFrom && stored.at > at) return;
  // Merged with what another tab saved since, and with what an earlier journal put here (two pages left in the
  // same moment, each with its own unsaved edit), as a save would have been: onto the country as it stands now.
  const now = i >= 0 ? present[i]!.m : undefined;
  const next =
    (changedSince || touched.has(c.id)) && now && grewFrom ? mergeMatrix(grewFrom, v.matrix, now).merged : v.matrix;
  touched.add(c.id);
  if (i >= 0) present[i] = { m: next, order: present[i]!.order };
  else present.push({ m: next, order: c.order });
}

/** Writes what is not yet saved to the journal, synchronously (the page is going away). */
export function writeJournal(s: SyncState): void {
  const { journal } = s.options;
  if (!journal) return;
  const changes = localChanges(s).flatMap((c): JournalChange[] => {
    const b = s.base.get(c.id);
    const baseRev = b?.rev ?? 0;
    if (c.kind === 'put')
      return [{ id: c.id, order: c.order, matrix: c.matrix, baseRev, ...(b?.matrix ? { base: b.matrix } : {}) }];
    if (c.kind === 'remove') return [{ id: c.id, order: orderOf(s, c.id), removed: true as const, baseRev }];
    return [];
  });
  try {
    if (changes.length > 0)
      journal.write(s.tab, JSON.stringify({ at: new Date().toISOString(), changes } satisfies JournalEntry));
  } catch {
    // Too big for the journal (or storage blocked): the IndexedDB save is all there is.
  }
}

/** Once every change is saved, the journal (this tab's entry and those taken in at start-up) is done with. */
export function clearJournal(s: SyncState): void {
  if (localChanges(s).length > 0) return;
  for (const k of s.journalled.splice(0)) s.options.journal?.remove(k);
  s.options.journal?.remove(s.tab);
}
