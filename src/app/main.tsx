import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../domain/display-options';
import { appMessages } from '../i18n/app-messages';
import { workspaceMessages } from '../i18n/workspace-messages';
import { indexedDbStorage } from '../io/idb-storage';
import { startAutosave } from '../state/persistence';
import { partializePresent, type Slide } from '../state/present-slice';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { readEmbeddedWorkspace } from '../views/present/standalone-html';
import { App } from './App';
import { startApp } from './startup';
import { syncUrlState } from './url-state';
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
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
const storage = indexedDbStorage();
const embedded = readEmbeddedWorkspace(document);
const warn = () => store.getState().announce('', workspaceMessages[store.getState().lang].storageWarning);
let embeddedId: string | undefined;
let autosaving = false;
/** Starts the autosave once: as soon as the page's own data is in, or after a failed start-up. */
const autosave = () => {
  if (autosaving) return;
  autosaving = true;
  // Saves made from a standalone file name it, so that reopening that file restores them.
  startAutosave(store, storage, { onError: warn, extra: (st) => ({ present: partializePresent(st.getState()), ...(embeddedId ? { embeddedId } : {}) }) });
};
startApp(store, window.location.search, fetch, storage, {
  embedded,
  onRestored: (report) => {
    const deck = report.extra?.present as { deck?: readonly Slide[] } | undefined;
    if (deck?.deck) store.getState().loadDeck(deck.deck);
    embeddedId = report.embeddedId;
    if (report.storageError !== undefined) warn();
    autosave();
  },
})
  .catch((e: unknown) => {
    // Whatever failed, the app stays usable: say so, and still save and sync the address below.
    console.error(e);
    store.getState().announce('', appMessages[store.getState().lang].startFailed(e instanceof Error ? e.message : String(e)));
  })
  .finally(() => {
    autosave();
    // A link's own lang wins; without one, keep the preferred language.
    const lang = store.getState().lang;
    syncUrlState(store, window, embedded?.search);
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
