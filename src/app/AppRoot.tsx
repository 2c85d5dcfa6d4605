import { StrictMode } from 'react';
import type { Lang } from '../domain/display-options';
import { addMatrices, EMPTY_WORKSPACE } from '../domain/workspace';
import { loadBundledMatrices } from '../io/bundled-datasets';
import { createAppStore, type AppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { App } from './App';
import type { ServiceWorkerUpdates } from './service-worker-registration';
import { StartupGate, type readyFlag } from './startup-shell';
import { UpdateBanner } from './UpdateBanner';

/**
 * The store of the first render: the language, then the bundled countries (the first one selected).
 * `before` runs between the two, as main.tsx needs (the options panel remembered). The build's
 * prerender makes the same store, in English, so that hydration draws what the HTML holds.
 */
export function createFirstStore(lang: Lang, before: (store: AppStore) => void = () => {}): AppStore {
  const store = createAppStore();
  store.getState().setLang(lang);
  before(store);
  // The bundled countries at once: the first screen waits for neither IndexedDB nor the sync's chunk.
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
  return store;
}

export interface AppRootProps {
  /** The page's store (createFirstStore). */
  readonly store: AppStore;
  /** Set once the page's own data is in the store: until then the shell is drawn. */
  readonly ready: ReturnType<typeof readyFlag>;
  /** Called once the first screen has been committed (after hydration, when it was prerendered). */
  readonly onDrawn: () => void;
  /** The service worker's updates, for the banner. */
  readonly updates: ServiceWorkerUpdates;
}

/** Everything main.tsx renders into #root; the build's prerender renders the same. */
export function AppRoot({ store, ready, onDrawn, updates }: AppRootProps) {
  return (
    <StrictMode>
      <StoreProvider store={store}>
        <StartupGate ready={ready} onDrawn={onDrawn}>
          <App />
        </StartupGate>
        <UpdateBanner updates={updates} />
      </StoreProvider>
    </StrictMode>
  );
}
