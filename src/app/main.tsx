import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { App } from './App';
import { startApp } from './startup';
import { syncUrlState } from './url-state';
import { indexedDbStorage } from '../io/idb-storage';
import { startAutosave } from '../state/persistence';
import './styles.css';

const store = createAppStore();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
const storage = indexedDbStorage();
void startApp(store, window.location.search, fetch, storage).then((report) => {
  syncUrlState(store);
  const warn = () =>
    store.getState().announce('', 'Your changes cannot be saved in this browser (storage is full, blocked, or in private browsing). They will be lost when this tab closes: use Export CSV to keep them.');
  if (report.storageError !== undefined) warn();
  startAutosave(store, storage, { onError: warn });
});
