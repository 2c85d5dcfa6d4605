import { addMatrices, EMPTY_WORKSPACE } from '../domain/workspace';
import { loadBundledMatrices } from '../io/bundled-datasets';
import { importUrls } from '../io/import-files';
import type { AppStore } from '../state/store';

/** The CSV URLs named by repeated ?data= parameters, in order. */
export function dataUrlsFrom(search: string): string[] {
  return new URLSearchParams(search).getAll('data').filter((u) => u.trim() !== '');
}

/**
 * Fills the store at start-up: the bundled countries first, then the files of any ?data= links,
 * which join the workspace and whose first country is shown.
 */
export async function startApp(store: AppStore, search: string, fetchFn: typeof fetch = fetch): Promise<void> {
  const bundled = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
  store.getState().loadWorkspace(bundled);
  const urls = dataUrlsFrom(search);
  if (urls.length === 0) return;
  store.getState().announce(`Loading ${urls.length} linked ${urls.length === 1 ? 'file' : 'files'}…`);
  store.getState().applyImports(await importUrls(urls, fetchFn));
}
