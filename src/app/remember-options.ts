import type { AppStore } from '../state/store';

const KEY = 'x1060.optionsOpen';

/**
 * Keeps the charts' view-options panel open or closed as the user left it, in this browser (not in the
 * URL: it changes where the chart stands, not what it draws). Storage may be blocked: then it is not kept.
 */
export function rememberOptionsPanel(store: AppStore, storage: () => Storage): void {
  try {
    const saved = storage().getItem(KEY);
    if (saved === 'open' || saved === 'closed') store.getState().setOptionsOpen(saved === 'open');
  } catch {
    // Nothing remembered: the panel starts open.
  }
  store.subscribe((s, prev) => {
    if (s.optionsOpen === prev.optionsOpen) return;
    try {
      storage().setItem(KEY, s.optionsOpen ? 'open' : 'closed');
    } catch {
      // Not remembering it is harmless.
    }
  });
}
