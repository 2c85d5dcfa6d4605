import type { AppStore } from './store';
import { writeJournal } from './sync-journal';
import { loadWorkspace, markLoadedAsSynced } from './sync-load';
import { saveChanges } from './sync-save';
import { createSyncState, type SyncState } from './sync-state';
import { takeIn, takeInAll } from './sync-take-in';
import type { SyncOptions, WorkspaceSync } from './sync-types';

export type {
  LoadedWorkspace,
  LockFn,
  SyncChannel,
  SyncEvent,
  SyncJournal,
  SyncMessage,
  SyncOptions,
  ValidateMatrix,
  WorkspaceSync,
} from './sync-types';
export { LEGACY_KEY } from './sync-load';

/**
 * One workspace shared by every tab of a browser profile (or of one standalone file): each tab saves
 * only what it changed, record by record, and merges what another tab changed meanwhile instead of
 * overwriting it; a saved change is announced on a channel, and the other tabs take it in at once.
 * Changes taken in from another tab never become undo steps here, and undo never brings back what
 * another tab replaced (the undo history is rewritten to include it).
 *
 * The steps live in their own files, over one explicit `SyncState`: load (sync-load.ts), save
 * (sync-save.ts), take in (sync-take-in.ts), the journal (sync-journal.ts) and changes from outside
 * (sync-outside.ts). This file runs them one at a time, in order, and times the saves.
 */
export function createWorkspaceSync(store: AppStore, o: SyncOptions): WorkspaceSync {
  const s = createSyncState(store, o);
  const enqueue = serialQueue();
  const fail = (e: unknown) => o.onError(e);
  const saver = saveScheduler(s, enqueue, fail);
  const start = () => {
    markLoadedAsSynced(s);
    const unsubscribe = saver.watch();
    const stopListening = o.channel?.listen((msg) => {
      if (msg.from !== s.tab) void enqueue(() => takeIn(s, msg.keys)).catch(fail);
    });
    // A save that does not reach storage right away (the first one) still needs writing.
    void saver.flush();
    return () => {
      void saver.flush();
      unsubscribe();
      stopListening?.();
    };
  };
  return {
    load: () => loadWorkspace(s),
    start,
    flush: (urgent?: boolean) => saver.flush(urgent).then(() => undefined),
    refresh: () =>
      enqueue(() => takeInAll(s))
        .catch(fail)
        .then(() => undefined),
  };
}

type Enqueue = <T>(job: () => Promise<T>) => Promise<T>;

/** Runs jobs one after another, each after the last has settled (a failed job does not stop the next). */
function serialQueue(): Enqueue {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };
}

/**
 * Saves after a quiet time (`delayMs`, 250 ms) since the last change, but at most `maxWaitMs` (750 ms)
 * after the first unsaved one, so that continuous typing is still saved.
 */
function saveScheduler(s: SyncState, enqueue: Enqueue, fail: (e: unknown) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstDirty = 0;
  const flush = (urgent = false) => {
    if (urgent) writeJournal(s);
    if (timer) clearTimeout(timer);
    timer = undefined;
    firstDirty = 0;
    return enqueue(() => saveChanges(s, urgent)).catch(fail);
  };
  const watch = () => {
    const delay = s.options.delayMs ?? 250;
    const maxWait = s.options.maxWaitMs ?? 750;
    return s.store.subscribe((st, prev) => {
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
  };
  return { flush, watch };
}
