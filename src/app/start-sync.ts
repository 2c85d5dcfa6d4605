// Everything start-up does after the first screen is drawn, in a chunk of its own (main.tsx loads it
// right after the first render): reading the saved work (IndexedDB), the standalone file's data and the
// ?data= links, then saving and listening to other tabs, and the address's view parameters.
import { appMessages } from '../i18n/app-messages';
import { workspaceMessages } from '../i18n/workspace-messages';
import { addMatrices, EMPTY_WORKSPACE } from '../domain/workspace';
import { loadBundledMatrices } from '../io/bundled-datasets';
import { indexedDbRecords } from '../io/record-store';
import { validateMatrix, validateVersion } from '../io/validate-matrix';
import { LEGACY_KEY, type WorkspaceSync } from '../state/workspace-sync';
import type { AppStore } from '../state/store';
import type { EmbeddedWorkspace } from '../views/present/standalone-html';
import { rememberLang, rememberSaved } from './startup-shell';
import { embeddedIdOf, startApp } from './startup';
import { createBrowserSync, saveScope } from './sync-setup';
import type { UrlViewState } from './url-codec';
import { syncUrlState } from './url-state';

/** Saves on hide and close, and catches up with other tabs when shown again. */
function listen(sync: WorkspaceSync): void {
  sync.start();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void sync.flush(true);
    else void sync.refresh();
  });
  window.addEventListener('pagehide', () => void sync.flush(true));
}

/**
 * Starts the workspace sync and fills the store (saved work, embedded data, links); calls `ready` once
 * the page's own data is in (or start-up failed), when the app may be drawn. Returns the sync.
 */
export function startWithSync(
  store: AppStore,
  embedded: EmbeddedWorkspace | undefined,
  ready: () => void,
  viewAtStart?: UrlViewState,
) {
  const embeddedId = embedded ? embeddedIdOf(embedded) : undefined;
  const scope = saveScope(embeddedId);
  const t = () => workspaceMessages[store.getState().lang];
  const warn = () => store.getState().announce('', t().storageWarning);
  // A save that works again clears the warning a failed one left.
  const recovered = () => {
    rememberSaved(scope);
    if (store.getState().alert === t().storageWarning) store.getState().announce(store.getState().status, '');
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
  // Saving and listening start once: as soon as the page's own data is in, or after a failed start-up.
  const startSync = () => {
    if (!syncing) listen(sync);
    syncing = true;
  };
  startApp(store, window.location.search, fetch, sync, {
    ...(embedded ? { embedded } : {}),
    // Earlier versions saved every scope's whole workspace under one key of the app's database.
    legacy: () =>
      indexedDbRecords('app')
        .read([LEGACY_KEY])
        .then((m) => m.get(LEGACY_KEY)),
    onRestored: (report) => {
      ready();
      if (report.storageError !== undefined) warn();
      startSync();
    },
  })
    .catch((e: unknown) => {
      // Whatever failed, the app stays usable: say so, and still save and sync the address below.
      console.error(e);
      const message = appMessages[store.getState().lang].startFailed(e instanceof Error ? e.message : String(e));
      store.getState().announce('', message);
    })
    .finally(() => {
      ready();
      startSync();
      // A link's own lang wins; without one, keep the preferred language.
      const lang = store.getState().lang;
      syncUrlState(store, window, embedded?.search, viewAtStart);
      if (!new URLSearchParams(window.location.search).has('lang')) store.getState().setLang(lang);
      store.subscribe((s, prev) => {
        if (s.lang !== prev.lang) rememberLang(s.lang);
      });
    });
  return sync;
}
