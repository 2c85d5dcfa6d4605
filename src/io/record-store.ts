/**
 * Where the workspace is saved: a set of records (one per country, plus one for the deck) in one
 * IndexedDB object store per workspace scope. A change is written as a read–decide–write in ONE
 * readwrite transaction: IndexedDB runs transactions on the same store one after another, across
 * tabs too, so what `decide` reads is exactly what it overwrites — two tabs can never interleave a
 * save (the Web Locks API orders the broadcasts around it; see state/workspace-sync.ts).
 */
export interface RecordStore {
  /** Every record, by key. */
  readAll: () => Promise<Map<string, unknown>>;
  /** The records of these keys (absent keys are left out). */
  read: (keys: readonly string[]) => Promise<Map<string, unknown>>;
  /**
   * Reads `keys`, hands them to `decide` (synchronous: it runs inside the transaction), writes what
   * it returns (`undefined` deletes) and resolves with its result once the transaction committed.
   */
  transact: <T>(
    keys: readonly string[],
    decide: (current: Map<string, unknown>) => { writes: Map<string, unknown>; result: T },
  ) => Promise<T>;
}

/** The IndexedDB database of a workspace scope ("app", or "file:<id>" for a standalone file). */
export function databaseName(scope: string): string {
  return scope === 'app' ? 'x1060-roles' : `x1060-roles:${scope}`;
}

const STORE = 'workspace';

/** The records of a scope in this browser's IndexedDB. */
export function indexedDbRecords(scope: string, idb: IDBFactory = indexedDB): RecordStore {
  let opened: Promise<IDBDatabase> | undefined;
  const db = () =>
    (opened ??= new Promise<IDBDatabase>((ok, fail) => {
      const req = idb.open(databaseName(scope));
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => {
        const d = req.result;
        // Another tab of a newer version wants to upgrade: let it, and reopen next time.
        d.onversionchange = () => {
          d.close();
          opened = undefined;
        };
        ok(d);
      };
      req.onerror = () => fail(req.error ?? new Error('IndexedDB could not be opened'));
      req.onblocked = () => fail(new Error('IndexedDB is blocked by another tab'));
    }));
  const run = async <T>(
    mode: IDBTransactionMode,
    body: (store: IDBObjectStore, done: (v: T) => void) => void,
  ): Promise<T> => {
    const d = await db();
    return new Promise<T>((ok, fail) => {
      const tx = d.transaction(STORE, mode, { durability: 'relaxed' });
      let value: T;
      tx.oncomplete = () => ok(value);
      tx.onerror = () => fail(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => fail(tx.error ?? new Error('IndexedDB transaction aborted'));
      try {
        body(tx.objectStore(STORE), (v) => (value = v));
      } catch (e) {
        tx.abort();
        fail(e instanceof Error ? e : new Error(String(e)));
      }
    });
  };
  const readKeys = (store: IDBObjectStore, keys: readonly string[], then: (m: Map<string, unknown>) => void) => {
    const out = new Map<string, unknown>();
    let left = keys.length;
    if (left === 0) return then(out);
    for (const k of keys) {
      const req = store.get(k);
      req.onsuccess = () => {
        if (req.result !== undefined) out.set(k, req.result);
        if (--left === 0) then(out);
      };
    }
  };
  return {
    readAll: () =>
      run<Map<string, unknown>>('readonly', (store, done) => {
        const out = new Map<string, unknown>();
        const req = store.openCursor();
        req.onsuccess = () => {
          const c = req.result;
          if (!c) return done(out);
          out.set(typeof c.key === 'string' ? c.key : JSON.stringify(c.key), c.value);
          c.continue();
        };
      }),
    read: (keys) => run('readonly', (store, done) => readKeys(store, keys, done)),
    transact: (keys, decide) =>
      run('readwrite', (store, done) =>
        readKeys(store, keys, (current) => {
          const { writes, result } = decide(current);
          for (const [k, v] of writes) {
            if (v === undefined) store.delete(k);
            else store.put(v, k);
          }
          done(result);
        }),
      ),
  };
}

/** Records in memory: tests, and browsers without IndexedDB. Several "tabs" may share one. */
export function memoryRecords(
  initial: Record<string, unknown> = {},
): RecordStore & { data: Map<string, unknown>; fail?: Error } {
  const data = new Map(Object.entries(initial));
  const self: RecordStore & { data: Map<string, unknown>; fail?: Error } = {
    data,
    readAll: () => Promise.resolve(new Map([...data].map(([k, v]) => [k, structuredClone(v)]))),
    read: (keys) =>
      Promise.resolve(new Map(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]))),
    transact: (keys, decide) => {
      if (self.fail) return Promise.reject(self.fail);
      const current = new Map(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
      const { writes, result } = decide(current);
      for (const [k, v] of writes) {
        if (v === undefined) data.delete(k);
        else data.set(k, structuredClone(v));
      }
      return Promise.resolve(result);
    },
  };
  return self;
}
