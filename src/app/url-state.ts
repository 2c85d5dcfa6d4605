import type { AppStore } from '../state/store';

/** Keeps the view state in the URL and the URL in the view state (being built). Returns a stop function. */
export function syncUrlState(_store: AppStore): () => void {
  return () => {};
}
