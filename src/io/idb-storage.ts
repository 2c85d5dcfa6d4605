import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** Where the workspace is saved: IndexedDB in the app, memory in tests. */
export interface KeyValueStorage {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  delete: (key: string) => Promise<void>;
}

/**
 * The browser's IndexedDB through idb-keyval, in a database of our own. IndexedDB stores structured
 * clones, so a workspace is saved without JSON encoding; writes commit off the main thread.
 */
export function indexedDbStorage(): KeyValueStorage {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore('x1060-roles', 'workspace'));
  return {
    get: (key) => get(key, db()),
    set: (key, value) => set(key, value, db()),
    delete: (key) => del(key, db()),
  };
}

/** A storage in memory, for tests and for browsers without IndexedDB. */
export function memoryStorage(initial: Record<string, unknown> = {}): KeyValueStorage & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (key) => Promise.resolve(structuredClone(data.get(key))),
    set: (key, value) => {
      data.set(key, structuredClone(value));
      return Promise.resolve();
    },
    delete: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
  };
}
