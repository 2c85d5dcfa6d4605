// Registers the service worker of the multi-file build (dist/sw.js) and tells the page when a new
// version is waiting. The page never reloads by itself: the user presses Reload to update, the
// workspace is saved, then the waiting worker takes over and the page reloads on it.

/** What the update banner shows: nothing, a new version ready, or a reload under way. */
export type UpdateState = 'none' | 'ready' | 'reloading';

/** The page's view of updates, for useSyncExternalStore. */
export interface ServiceWorkerUpdates {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => UpdateState;
  /** Saves the workspace, lets the waiting worker take over, and reloads the page on it. */
  readonly reload: () => Promise<void>;
}

/** The parts of ServiceWorkerRegistration used here (a fake one in the tests). */
export interface RegistrationLike {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
  update(): Promise<unknown>;
}
/** The parts of ServiceWorker used here. */
export interface WorkerLike {
  readonly state: string;
  addEventListener(type: 'statechange', listener: () => void): void;
  postMessage(message: unknown): void;
}
/** The parts of ServiceWorkerContainer used here. */
export interface ContainerLike {
  readonly controller: unknown;
  register(url: string, options: { scope: string }): Promise<RegistrationLike | undefined>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface WatchOptions {
  container: ContainerLike;
  /** Saves unsaved work (the sync's flush); a reload waits for it, at most `saveTimeoutMs`. */
  save: () => Promise<void>;
  reload: () => void;
  /** Default 2000 ms: a save that hangs never holds the update back for ever. */
  saveTimeoutMs?: number;
  /** Default 10 s: when the waiting worker does not take over by then, reload all the same. */
  takeOverTimeoutMs?: number;
}

/** The message sw.js answers by taking over (src/sw/service-worker.ts). */
export const SKIP_WAITING = { type: 'x1060:skip-waiting' } as const;

const NO_UPDATES: ServiceWorkerUpdates = {
  subscribe: () => () => {},
  getSnapshot: () => 'none',
  reload: () => Promise.resolve(),
};

const delay = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** A watcher of updates that has not registered yet (so that the banner can subscribe first). */
export interface UpdateWatcher extends ServiceWorkerUpdates {
  /** Registers ./sw.js; resolves to its registration, or undefined when there is none. */
  readonly register: () => Promise<RegistrationLike | undefined>;
}

/**
 * Follows the updates of ./sw.js. A worker that installs while another one controls the page is a
 * new version (the first install is not: it simply starts serving offline). So is a change of
 * controller that this page did not ask for (another tab pressed Reload): the page runs the old
 * code, and says so until it is reloaded.
 */
export function createUpdateWatcher(options: WatchOptions): UpdateWatcher {
  const { container, save, saveTimeoutMs = 2000, takeOverTimeoutMs = 10_000 } = options;
  let state: UpdateState = 'none';
  let registration: RegistrationLike | undefined;
  let reloading = false;
  let reloaded = false;
  let controlled = false;
  const reload = () => {
    if (reloaded) return;
    reloaded = true;
    options.reload();
  };
  const listeners = new Set<() => void>();
  const set = (next: UpdateState) => {
    if (state === next || (state === 'reloading' && next === 'ready')) return;
    state = next;
    for (const l of listeners) l();
  };
  const follow = (worker: WorkerLike | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === 'installed' && controlled) set('ready');
    };
    worker.addEventListener('statechange', check);
    check();
  };
  return {
    register: () => {
      controlled = container.controller !== null && container.controller !== undefined;
      container.addEventListener('controllerchange', () => {
        if (reloading) reload();
        else if (controlled) set('ready');
        controlled = true;
      });
      return container.register('./sw.js', { scope: './' }).then(
        (reg) => {
          // Undefined where registration is stubbed out (Playwright's serviceWorkers: 'block').
          if (!reg) return undefined;
          registration = reg;
          if (reg.waiting && controlled) set('ready');
          follow(reg.installing);
          reg.addEventListener('updatefound', () => follow(reg.installing));
          return reg;
        },
        () => undefined,
      );
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    reload: async () => {
      if (reloading) return;
      reloading = true;
      set('reloading');
      await Promise.race([save().catch(() => undefined), delay(saveTimeoutMs)]);
      const waiting = registration?.waiting;
      if (!waiting) {
        // Another tab has let the new version take over already: this page only needs reloading.
        reload();
        return;
      }
      // The reload follows the change of controller; should it not come, reload all the same.
      waiting.postMessage(SKIP_WAITING);
      await delay(takeOverTimeoutMs);
      reload();
    },
  };
}

/**
 * Starts the service worker where it belongs: the production multi-file build served over http(s).
 * Not in development, not in the single-file build or a saved standalone file, not from file://.
 */
export function startServiceWorker(save: () => Promise<void>): ServiceWorkerUpdates {
  const served = window.location.protocol === 'https:' || window.location.protocol === 'http:';
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single' || !served || !('serviceWorker' in navigator))
    return NO_UPDATES;
  const watcher = createUpdateWatcher({
    container: navigator.serviceWorker,
    save,
    reload: () => window.location.reload(),
  });
  const start = () => {
    const registered = watcher.register();
    // Browsers look for a new sw.js at each visit; a tab left open also looks when it is shown again.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void registered.then((reg) => reg?.update()).catch(() => undefined);
    });
  };
  // After the page has loaded, so that installing (which downloads the build) never slows the start.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return watcher;
}
