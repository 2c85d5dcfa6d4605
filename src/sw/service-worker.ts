// The app's service worker (built to dist/sw.js by scripts/vite-plugin-service-worker.ts, which puts
// the build's file list and version in place of the two constants below). It keeps one copy of the
// build and serves it cache-first, so that the app, once visited, opens and works offline. Anything
// else — the user's ?data= links above all, on this origin or another — goes to the network untouched
// and is never cached. A new build waits until the page asks it to take over (Reload to update).
// This file is a classic worker script with no imports: it is transpiled alone, not bundled.

/** Paths of the build relative to the worker's scope (index.html, hashed assets, icons, manifest…). */
declare const __X1060_PRECACHE__: readonly string[];
/** A digest of the build: a new deploy is a new worker with a new cache. */
declare const __X1060_VERSION__: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<unknown>) => void): void;
}

const sw = self as unknown as WorkerScope;
const scope = new URL(sw.registration.scope);
// Caches are per origin: the scope in the name keeps two deployments on one origin apart.
const PREFIX = `x1060-roles ${scope.href} `;
const CACHE = PREFIX + __X1060_VERSION__;
const INDEX = new URL('index.html', scope).href;
const PRECACHED = new Set(__X1060_PRECACHE__.map((path) => new URL(path, scope).href));

/** Downloads the whole build into this version's cache; any file missing fails the install (retried next visit). */
async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.all(
    [...PRECACHED].map(async (url) => {
      // Bypass the HTTP cache: a stale index.html from it would pair this version with old assets.
      const res = await fetch(new Request(url, { cache: 'reload' }));
      if (!res.ok) throw new Error(`precache: ${url} answered ${res.status}`);
      // A host that redirects (index.html → ./) gives a response no navigation may be answered with.
      const clean = res.redirected
        ? new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers: res.headers })
        : res;
      await cache.put(url, clean);
    }),
  );
}

sw.addEventListener('install', (event) => event.waitUntil(precache()));

sw.addEventListener('activate', (event) => {
  const stale = (name: string) => name.startsWith(PREFIX) && name !== CACHE;
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter(stale).map((name) => caches.delete(name))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'x1060:skip-waiting') void sw.skipWaiting();
});

/** The cached copy a request is answered with, or undefined to leave it to the network. */
function cachedUrlFor(request: Request): string | undefined {
  if (request.method !== 'GET') return undefined;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return undefined;
  // The app is one page whose state is in its query: every navigation to it is index.html.
  if (request.mode === 'navigate')
    return url.pathname === scope.pathname || url.href.split('?')[0] === INDEX ? INDEX : undefined;
  return url.search === '' && PRECACHED.has(url.href) ? url.href : undefined;
}

sw.addEventListener('fetch', (event) => {
  const cached = cachedUrlFor(event.request);
  if (cached === undefined) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(cached))
      .then((hit) => hit ?? fetch(event.request)),
  );
});

// A module to TypeScript (its names stay its own); the build drops this line for the classic script.
export {};
