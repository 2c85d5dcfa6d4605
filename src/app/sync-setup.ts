import { changedCells, type MergeConflict } from '../domain/matrix-merge';
import type { RoleMatrix } from '../domain/matrix';
import { workspaceMessages } from '../i18n/workspace-messages';
import { indexedDbRecords, memoryRecords, type RecordStore } from '../io/record-store';
import type { AppStore } from '../state/store';
import {
  createWorkspaceSync,
  type LockFn,
  type SyncChannel,
  type SyncEvent,
  type SyncJournal,
  type SyncOptions,
  type ValidateMatrix,
  type WorkspaceSync,
} from '../state/workspace-sync';

export { saveScope } from './startup-shell';

/** The tabs of one scope talk over a BroadcastChannel; without one, a tab catches up when shown. */
export function broadcastChannel(scope: string): SyncChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  try {
    const ch = new BroadcastChannel(`x1060-roles:${scope}`);
    return {
      post: (m) => ch.postMessage(m),
      listen: (on) => {
        const handler = (e: MessageEvent) => {
          const m = e.data as { from?: unknown; keys?: unknown };
          if (typeof m?.from === 'string' && Array.isArray(m.keys) && m.keys.every((k) => typeof k === 'string'))
            on({ from: m.from, keys: m.keys });
        };
        ch.addEventListener('message', handler);
        return () => ch.removeEventListener('message', handler);
      },
    };
  } catch {
    return undefined;
  }
}

/** The journal of unsaved changes in localStorage, one key per tab, under the scope's prefix. */
export function localJournal(scope: string): SyncJournal | undefined {
  let ls: Storage;
  try {
    ls = window.localStorage;
  } catch {
    return undefined;
  }
  const prefix = `x1060-roles:journal:${scope}:`;
  return {
    write: (key, text) => ls.setItem(prefix + key, text),
    remove: (key) => ls.removeItem(key.startsWith(prefix) ? key : prefix + key),
    entries: () => {
      const out: [string, string][] = [];
      for (let i = 0; i < ls.length; i++) {
        const k = ls.key(i);
        if (k?.startsWith(prefix)) out.push([k, ls.getItem(k) ?? '']);
      }
      return out;
    },
  };
}

/** The Web Locks API where the browser has it (all current ones); else saves run unlocked (IndexedDB transactions still serialise them). */
export function webLock(): LockFn | undefined {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  if (!locks) return undefined;
  return <T>(name: string, fn: () => Promise<T>) => locks.request(name, fn) as Promise<T>;
}

/** IndexedDB for the scope, or memory when the browser has none (a warning says nothing is kept). */
export function recordsFor(scope: string): { records: RecordStore; persistent: boolean } {
  if (typeof indexedDB === 'undefined') return { records: memoryRecords(), persistent: false };
  return { records: indexedDbRecords(scope), persistent: true };
}

/** "D-2 × NCSC" for a conflict's cell, in the matrix's own labels. */
function cellName(m: RoleMatrix, c: MergeConflict): string {
  const row = m.rows.find((r) => r.key === c.rowKey);
  const rowName = row ? (row.x1060Id ?? row.label) : (c.rowKey ?? '');
  if (c.kind === 'rowNote') return `${rowName}`;
  if (c.kind === 'detail' || c.kind === 'structure') return c.field ?? '';
  const sh = m.stakeholders.find((s) => s.key === c.stakeholderKey);
  return `${rowName} × ${sh?.name ?? c.stakeholderKey ?? ''}`;
}

function listConflicts(m: RoleMatrix, conflicts: readonly MergeConflict[], withValues: boolean): string {
  const shown = conflicts
    .slice(0, 5)
    .map((c) => (withValues ? `${cellName(m, c)} ${c.replaced || '—'} → ${c.kept || '—'}` : cellName(m, c)));
  return conflicts.length > 5 ? `${shown.join(', ')} … (+${conflicts.length - 5})` : shown.join(', ');
}

/** "Kenya (D-2 × NCSC 3 → 7)": a country another tab changed, with its first changed cells. */
function describeChange(before: RoleMatrix | undefined, after: RoleMatrix): string {
  if (!before) return after.country;
  const cells = changedCells(before, after);
  if (cells.length === 0) return after.country;
  const value = (m: RoleMatrix, rowKey: string, shKey: string) => {
    const s = m.cells[m.rows.findIndex((r) => r.key === rowKey)]?.[m.stakeholders.findIndex((x) => x.key === shKey)];
    return s === undefined || s === null ? '—' : s === 'unknown' ? '?' : String(s);
  };
  const shown = cells
    .slice(0, 3)
    .map(
      (c) =>
        `${cellName(after, { kind: 'cell', ...c, kept: '', replaced: '' })} ${value(before, c.rowKey, c.stakeholderKey)} → ${value(after, c.rowKey, c.stakeholderKey)}`,
    );
  return `${after.country} (${shown.join(', ')}${cells.length > 3 ? ` … +${cells.length - 3}` : ''})`;
}

/** The words for what the sync did, in the UI language: status for news, alert for clashes. */
export function announceSyncEvent(store: AppStore, e: SyncEvent): void {
  const t = workspaceMessages[store.getState().lang];
  const say = (status: string, alert = '') => store.getState().announce(status, alert);
  // News from another tab goes to the status only: an alert about a clash just said must stay.
  if (e.kind === 'remote')
    store.setState({
      status: t.fromOtherTab(
        e.added,
        e.changed.map((c) => describeChange(c.before, c.after)),
        e.removed,
      ),
    });
  else if (e.kind === 'kept-by-other') say('', t.keptByOther(e.country));
  else if (e.kind === 'conflict-kept')
    say('', t.conflictKept(e.matrix.country, listConflicts(e.matrix, e.conflicts, false)));
  else if (e.kind === 'overridden') say('', t.overridden(e.matrix.country, listConflicts(e.matrix, e.conflicts, true)));
  else if (e.kind === 'revived') say(t.revived(e.country));
  else if (e.kind === 'removed-changed') say(t.removedChanged(e.country));
  else say('', t.collision(e.from, e.to));
}

/** The workspace sync of this page, wired to the browser. */
export function createBrowserSync(
  store: AppStore,
  o: {
    scope: string;
    bundled: readonly RoleMatrix[];
    validate?: ValidateMatrix;
    validateVersion?: SyncOptions['validateVersion'];
    onError: (e: unknown) => void;
    onSaved: () => void;
  },
): { sync: WorkspaceSync; persistent: boolean } {
  const { records, persistent } = recordsFor(o.scope);
  const channel = broadcastChannel(o.scope);
  const lock = webLock();
  const journal = localJournal(o.scope);
  const sync = createWorkspaceSync(store, {
    records,
    scope: o.scope,
    bundled: o.bundled,
    ...(channel ? { channel } : {}),
    ...(lock ? { lock } : {}),
    ...(journal ? { journal } : {}),
    ...(o.validate ? { validate: o.validate } : {}),
    ...(o.validateVersion ? { validateVersion: o.validateVersion } : {}),
    onError: o.onError,
    onSaved: o.onSaved,
    onEvent: (e) => announceSyncEvent(store, e),
  });
  return { sync, persistent };
}
