import { createRoot, hydrateRoot } from 'react-dom/client';
import type { WorkspaceSync } from '../state/workspace-sync';
import { readEmbeddedWorkspace } from '../views/present/standalone-html';
import { AppRoot, createFirstStore } from './AppRoot';
import { keepPrerendered } from './first-screen';
import { prefetchOnIntent, preloadFirstScreen } from './lazy-views';
import { hasSavedHint, preferredLang, readyFlag, saveScope } from './startup-shell';
import { startServiceWorker } from './service-worker-registration';
import { afterFirstPaint } from '../ui/lazy-part';
import { applyViewAtOnce, linkedSearch, urlStateOf } from './url-state';
import type { UrlViewState } from './url-codec';
import { rememberOptionsPanel } from './remember-options';
import './styles.css';
import './print.css';

let viewAtStart: UrlViewState | undefined;
const embedded = readEmbeddedWorkspace(document);
const store = createFirstStore(preferredLang(), (s) => {
  rememberOptionsPanel(s, () => window.localStorage);
  applyViewAtOnce(s, linkedSearch(window.location.search, embedded?.search));
  // What the user changes while start-up reads saved work and links (a tab clicked early) is kept.
  viewAtStart = urlStateOf(s.getState());
});
// With saved work, the shell until it is read (never the bundled country first); without, the app at once.
// A standalone file draws at once, as before: its embedded data is its first screen (persistence.e2e).
const ready = readyFlag(embedded !== undefined || !hasSavedHint(saveScope(undefined)));
let sync: WorkspaceSync | undefined;
const root = document.getElementById('root')!;
let onDrawn = () => {};
// Resolves after the frame that shows React's first commit (index.html's own bar may paint before it).
const drawn = new Promise<void>(
  (ok) =>
    (onDrawn = () => {
      // The first screen answers from here on (hydrated, when it was prerendered): the load bench's mark.
      performance.mark('x1060:interactive');
      root.removeAttribute('inert');
      void afterFirstPaint().then(ok);
    }),
);
// Reload to update saves first (the sync is made once its chunk is in, a moment after the first screen).
const updates = startServiceWorker(() => sync?.flush(true) ?? Promise.resolve());
const app = <AppRoot store={store} ready={ready} onDrawn={onDrawn} updates={updates} />;
// The build's first screen, when index.html's check painted it and the store is the one it was drawn from:
// hydrated (React replays clicks and keys made before). Otherwise the start-up shell, drawn over as before.
const isFirstScreen = ready.get() && embedded === undefined && store.getState().lang === 'en';
if (keepPrerendered(document, root, isFirstScreen))
  // Hydrated in one pass, with the parts it drew (their chunk comes with the first script's request): no
  // part of it is ever thrown away for a placeholder; it stays inert (no click or key lost) until then.
  void preloadFirstScreen()
    .catch(() => undefined)
    .then(() => hydrateRoot(root, app));
else createRoot(root).render(app);
prefetchOnIntent(
  document,
  Promise.all([drawn, ready.whenReady()]).then(() => undefined),
);
// Without saved work, after the first paint: its chunk (and IndexedDB) must not delay the first screen.
// With saved work, at once: the shell is all there is to paint until the saved work is read.
void (ready.get() ? drawn : Promise.resolve())
  .then(() => import('./start-sync'))
  .then(({ startWithSync }) => {
    sync = startWithSync(store, embedded, ready.set, viewAtStart);
  })
  .catch((e: unknown) => {
    // The chunk could not be loaded (an interrupted update): the bundled countries stay usable.
    console.error(e);
    ready.set();
  });
