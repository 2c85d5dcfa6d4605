import { addMatrices, EMPTY_WORKSPACE } from '../domain/workspace';
import { loadBundledMatrices } from '../io/bundled-datasets';
import { fromSaved } from '../state/persistence';
import type { Slide } from '../state/present-slice';
import type { WorkspaceSync } from '../state/workspace-sync';
import { clearHistory, type AppStore } from '../state/store';
import { workspaceMessages } from '../i18n/workspace-messages';
import type { EmbeddedWorkspace } from '../views/present/standalone-html';

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
  /** Saved records that failed validation and were set aside (kept under aside:…). */
  readonly setAside?: readonly { readonly key: string; readonly reason: string }[];
  /** Names the data embedded in this standalone file; saves made from it carry it as extra.embeddedId. */
  readonly embeddedId?: string;
}

/** What else start-up needs besides the address, the network and the storage. */
export interface StartupOptions {
  /** The workspace embedded in this page when it is a standalone HTML file. */
  readonly embedded?: EmbeddedWorkspace;
  /**
   * Told once the page's own data is loaded and before any ?data= link is fetched: the UI is live
   * while links load, so autosave must start here or an import made meanwhile is not saved.
   */
  readonly onRestored?: (report: StartupReport) => void;
  /** Reads the whole-workspace save of earlier versions (a standalone file's was in the app's database). */
  readonly legacy?: () => Promise<unknown>;
}

/**
 * A short id of embedded data (FNV-1a of its JSON, plus its length). A standalone file carries no
 * date, so a save is matched to the file it was made from by this id instead.
 */
export function embeddedIdOf(embedded: EmbeddedWorkspace): string {
  const text = JSON.stringify({ workspace: embedded.workspace, deck: embedded.deck });
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${h.toString(16).padStart(8, '0')}-${text.length}`;
}

/**
 * Whether a save should be restored rather than the page's embedded data: always on a plain page;
 * in a standalone file only when the save was made from this very file (the user edited it since).
 */
export function preferSave(
  savedExtra: Readonly<Record<string, unknown>> | undefined,
  embeddedId: string | undefined,
): boolean {
  return embeddedId === undefined || savedExtra?.embeddedId === embeddedId;
}

/**
 * Fills the store at start-up: the bundled countries, then the workspace saved in this browser for
 * this page's scope (or the standalone file's embedded data), then the files of any ?data= links (which join the workspace
 * and are shown). Loading is not an edit: the undo history is cleared after the page's own data, and
 * again after the links unless the user changed something while they loaded.
 */
export async function startApp(
  store: AppStore,
  search: string,
  fetchFn: typeof fetch = fetch,
  sync?: WorkspaceSync,
  options: StartupOptions = {},
): Promise<StartupReport> {
  const bundled = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
  store.getState().loadWorkspace(bundled);
  const { embedded } = options;
  const embeddedId = embedded ? embeddedIdOf(embedded) : undefined;
  let report: StartupReport = { restored: false, ...(embeddedId ? { embeddedId } : {}) };
  let fromStorage = false;
  if (sync) {
    try {
      const loaded = await sync.load();
      const legacy = loaded.found
        ? undefined
        : fromSaved(loaded.legacy ?? (await options.legacy?.()), bundled.matrices);
      if (loaded.found) {
        const selected = loaded.workspace.matrices.some((m) => m.id === loaded.selectedId)
          ? loaded.selectedId
          : undefined;
        store.getState().loadWorkspace(loaded.workspace, selected);
        if (loaded.deck) store.getState().loadDeck(loaded.deck);
        store.getState().loadVersions(loaded.versions);
        fromStorage = true;
      } else if (legacy && preferSave(legacy.extra, embeddedId)) {
        // Saved by an earlier version as one whole workspace: taken over, then saved as records.
        store
          .getState()
          .loadWorkspace(
            legacy.workspace,
            legacy.workspace.matrices.some((m) => m.id === legacy.selectedId) ? legacy.selectedId : undefined,
          );
        const deck = (legacy.extra?.present as { deck?: readonly Slide[] } | undefined)?.deck;
        if (deck) store.getState().loadDeck(deck);
        fromStorage = true;
      }
      if (fromStorage) {
        const own = store.getState().workspace.matrices.filter((m) => !m.bundled).length;
        if (own > 0) store.getState().announce(workspaceMessages[store.getState().lang].restored(own));
        report = { ...report, restored: true };
      }
      if (loaded.setAside.length > 0) {
        const t = workspaceMessages[store.getState().lang];
        store
          .getState()
          .announce(
            store.getState().status,
            t.setAside(loaded.setAside.length, loaded.setAside.map((a) => a.reason).join('; ')),
          );
        report = { ...report, setAside: loaded.setAside };
      }
    } catch (e) {
      report = { ...report, restored: false, storageError: e };
    }
  }
  if (embedded && !fromStorage) {
    store.getState().loadWorkspace(embedded.workspace);
    store.getState().loadDeck(embedded.deck);
    if (embedded.versions) store.getState().loadVersions(embedded.versions);
  }
  clearHistory(store);
  options.onRestored?.(report);
  const urls = dataUrlsFrom(search);
  if (urls.length > 0) {
    // The link reader (and with it the CSV importer) is loaded only for an address with links (#18).
    const { loadLinks } = await import('./link-loading');
    await loadLinks(store, urls, fetchFn);
  }
  return report;
}
