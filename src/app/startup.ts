import { addMatrices, EMPTY_WORKSPACE } from '../domain/workspace';
import { loadBundledMatrices } from '../io/bundled-datasets';
import type { KeyValueStorage } from '../io/idb-storage';
import { importUrls } from '../io/import-files';
import { fromSaved, SAVE_KEY } from '../state/persistence';
import { clearHistory, type AppStore } from '../state/store';
import { appMessages } from '../i18n/app-messages';
import { workspaceMessages } from '../i18n/workspace-messages';

/** The CSV URLs named by repeated ?data= parameters, in order. */
export function dataUrlsFrom(search: string): string[] {
  return new URLSearchParams(search).getAll('data').filter((u) => u.trim() !== '');
}

/** What start-up found in browser storage. */
export interface StartupReport {
  /** The saved workspace was restored. */
  readonly restored: boolean;
  /** Reading storage failed (private browsing, blocked storage). */
  readonly storageError?: unknown;
  /** Extra state saved by other slices (e.g. the deck), for them to restore. */
  readonly extra?: Record<string, unknown>;
}

/**
 * Fills the store at start-up: the bundled countries, then the workspace saved in this browser,
 * then the files of any ?data= links (which join the workspace and are shown). The undo history
 * starts empty afterwards: loading is not an edit.
 */
export async function startApp(store: AppStore, search: string, fetchFn: typeof fetch = fetch, storage?: KeyValueStorage): Promise<StartupReport> {
  const bundled = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
  store.getState().loadWorkspace(bundled);
  let report: StartupReport = { restored: false };
  if (storage) {
    try {
      const restored = fromSaved(await storage.get(SAVE_KEY), bundled.matrices);
      if (restored) {
        store.getState().loadWorkspace(restored.workspace, restored.workspace.matrices.some((m) => m.id === restored.selectedId) ? restored.selectedId : undefined);
        const own = restored.workspace.matrices.filter((m) => !m.bundled).length;
        if (own > 0) store.getState().announce(workspaceMessages[store.getState().lang].restored(own));
        report = { restored: true, ...(restored.extra ? { extra: restored.extra } : {}) };
      }
    } catch (e) {
      report = { restored: false, storageError: e };
    }
  }
  const urls = dataUrlsFrom(search);
  if (urls.length > 0) {
    store.getState().announce(appMessages[store.getState().lang].loadingLinks(urls.length));
    const results = await importUrls(urls, fetchFn);
    store.getState().applyImports(results.map((r, i) => ({ ...r, matrices: r.matrices.map((m) => ({ ...m, linked: urls[i]! })) })));
  }
  clearHistory(store);
  return report;
}
