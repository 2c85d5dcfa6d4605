import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AppState, AppStore } from './store';

const StoreContext = createContext<AppStore | null>(null);

/** Makes a store available to the views below; the app has one, each test or story its own. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/**
 * Reads a slice of the app state, re-rendering when it changes. Server rendering and hydration read the
 * store as it is, not as it was made (zustand's useStore would read its initial state there): the build's
 * prerender and main.tsx's hydration fill their stores alike before rendering (app/AppRoot.tsx).
 */
export function useAppState<T>(selector: (s: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppState needs a StoreProvider above it');
  const read = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, read, read);
}

/** The store itself, for actions called from event handlers. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider above it');
  return store;
}
