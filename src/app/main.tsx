import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { addMatrices, EMPTY_WORKSPACE } from '../domain/workspace';
import { loadBundledMatrices } from '../io/bundled-datasets';
import type { WorkspaceSync } from '../state/workspace-sync';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { readEmbeddedWorkspace } from '../views/present/standalone-html';
import { App } from './App';
import { prefetchOnIntent } from './lazy-views';
import { hasSavedHint, preferredLang, readyFlag, saveScope, StartupGate } from './startup-shell';
import { startServiceWorker } from './service-worker-registration';
import { UpdateBanner } from './UpdateBanner';
import { afterFirstPaint } from '../ui/lazy-part';
import { urlStateOf } from './url-state';
import { rememberOptionsPanel } from './remember-options';
import './styles.css';
import './print.css';

const store = createAppStore();
store.getState().setLang(preferredLang());
rememberOptionsPanel(store, () => window.localStorage);
// What the user changes while start-up reads saved work and links (a tab clicked early) is kept.
const viewAtStart = urlStateOf(store.getState());
const embedded = readEmbeddedWorkspace(document);
// The bundled countries at once: the first screen waits for neither IndexedDB nor the sync's chunk.
store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
// With saved work, the shell until it is read (never the bundled country first); without, the app at once.
// A standalone file draws at once, as before: its embedded data is its first screen (persistence.e2e).
const ready = readyFlag(embedded !== undefined || !hasSavedHint(saveScope(undefined)));
let sync: WorkspaceSync | undefined;
let onDrawn = () => {};
// Resolves after the frame that shows React's first commit (index.html's own bar may paint before it).
const drawn = new Promise<void>((ok) => (onDrawn = () => void afterFirstPaint().then(ok)));
// Reload to update saves first (the sync is made once its chunk is in, a moment after the first screen).
const updates = startServiceWorker(() => sync?.flush(true) ?? Promise.resolve());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <StartupGate ready={ready} onDrawn={onDrawn}>
        <App />
      </StartupGate>
      <UpdateBanner updates={updates} />
    </StoreProvider>
  </StrictMode>,
);
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
