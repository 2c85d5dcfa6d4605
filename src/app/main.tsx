import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { App } from './App';
import { startApp } from './startup';
import { syncUrlState } from './url-state';
import './styles.css';

const store = createAppStore();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
void startApp(store, window.location.search).then(() => syncUrlState(store));
