import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../domain/display-options';
import { appMessages } from '../i18n/app-messages';
import { workspaceMessages } from '../i18n/workspace-messages';
import { addMatrices, EMPTY_WORKSPACE } from '../domain/workspace';
import { loadBundledMatrices } from '../io/bundled-datasets';
import { indexedDbRecords } from '../io/record-store';
import { validateMatrix, validateVersion } from '../io/validate-matrix';
import { LEGACY_KEY } from '../state/workspace-sync';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { readEmbeddedWorkspace } from '../views/present/standalone-html';
import { App } from './App';
import { embeddedIdOf, startApp } from './startup';
import { createBrowserSync, saveScope } from './sync-setup';
import { startServiceWorker } from './service-worker-registration';
import { UpdateBanner } from './UpdateBanner';
import { syncUrlState, urlStateOf } from './url-state';
import { rememberOptionsPanel } from './remember-options';
import './styles.css';
import './print.css';

const LANG_KEY = 'x1060.lang';

/** The language to start in: the one chosen last time, else the browser's (Japanese or English). */
function preferredLang(): Lang {
  try {
    const saved = window.localStorage.getItem(LANG_KEY);
    if (saved === 'en' || saved === 'ja') return saved;
  } catch {
    // Storage may be blocked; the browser's language still tells.
  }
  return navigator.languages.some((l) => l.toLowerCase().startsWith('ja')) ? 'ja' : 'en';
}

const store = createAppStore();
store.getState().setLang(preferredLang());
rememberOptionsPanel(store, () => window.localStorage);
// What the user changes while start-up reads saved work and links (a tab clicked early) is kept.
const viewAtStart = urlStateOf(store.getState());
// Reload to update saves first (the sync is made below, before anyone can press it).
const updates = startServiceWorker(() => sync.flush(true));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
      <UpdateBanner updates={updates} />
    </StoreProvider>
  </StrictMode>,
);
const embedded = readEmbeddedWorkspace(document);
const embeddedId = embedded ? embeddedIdOf(embedded) : undefined;
const scope = saveScope(embeddedId);
const warn = () => store.getState().announce('', workspaceMessages[store.getState().lang].storageWarning);
// A save that works again clears the warning a failed one left.
const recovered = () => {
  if (store.getState().alert === workspaceMessages[store.getState().lang].storageWarning)
    store.getState().announce(store.getState().status, '');
};
const { sync, persistent } = createBrowserSync(store, {
  scope,
  bundled: addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace.matrices,
  validate: validateMatrix,
  validateVersion,
  onError: warn,
  onSaved: recovered,
});
store.getState().setSavedIn(persistent ? (embeddedId ? 'file' : 'app') : 'none');
let syncing = false;
/** Starts saving and listening to other tabs once: as soon as the page's own data is in, or after a failed start-up. */
const startSync = () => {
  if (syncing) return;
  syncing = true;
  sync.start();
  const onHide = () => {
    if (document.visibilityState === 'hidden') void sync.flush(true);
    else void sync.refresh();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', () => void sync.flush(true));
};
startApp(store, window.location.search, fetch, sync, {
  ...(embedded ? { embedded } : {}),
  // Earlier versions saved every scope's whole workspace under one key of the app's database.
  legacy: () =>
    indexedDbRecords('app')
      .read([LEGACY_KEY])
      .then((m) => m.get(LEGACY_KEY)),
  onRestored: (report) => {
    if (report.storageError !== undefined) warn();
    startSync();
  },
})
  .catch((e: unknown) => {
    // Whatever failed, the app stays usable: say so, and still save and sync the address below.
    console.error(e);
    store
      .getState()
      .announce('', appMessages[store.getState().lang].startFailed(e instanceof Error ? e.message : String(e)));
  })
  .finally(() => {
    startSync();
    // A link's own lang wins; without one, keep the preferred language.
    const lang = store.getState().lang;
    syncUrlState(store, window, embedded?.search, viewAtStart);
    if (!new URLSearchParams(window.location.search).has('lang')) store.getState().setLang(lang);
    store.subscribe((s, prev) => {
      if (s.lang === prev.lang) return;
      try {
        window.localStorage.setItem(LANG_KEY, s.lang);
      } catch {
        // Not remembering the language is harmless.
      }
    });
  });
