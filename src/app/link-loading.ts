import { importUrls } from '../io/import-files';
import { IMPORT_MARKS, type ImportResult } from '../io/import-types';
import { readInBackground } from '../io/worker/import-runner';
import { linkedWorkbook } from '../io/xlsx/workbook-results';
import { applyImportResults } from '../state/import-outcome';
import { clearHistory, type AppStore } from '../state/store';
import { appMessages } from '../i18n/app-messages';

/**
 * How long start-up waits for the ?data= links before it lets the view parameters apply (5 s):
 * a link still loading then joins the workspace when it arrives, and a link that stalls is
 * abandoned after the stall limit (LINK_STALL_MS) with an alert naming it.
 */
export const LINK_VIEW_WAIT_MS = 5_000;

/** How links load: the stall limit and the wait before the view applies (tests shorten them). */
export interface LinkLoadOptions {
  readonly stallMs?: number;
  readonly viewWaitMs?: number;
}

/**
 * The stall limit a page asks for, for tests only: an end-to-end test sets
 * `window.__x1060StallMs` (a number of milliseconds) before the page loads.
 */
export function pageStallMs(scope: unknown = globalThis): number | undefined {
  const ms = (scope as { __x1060StallMs?: unknown } | undefined)?.__x1060StallMs;
  return typeof ms === 'number' && ms > 0 ? ms : undefined;
}

/**
 * Loads the files of the ?data= links into the workspace. Returns once every link has arrived, or
 * after LINK_VIEW_WAIT_MS with the ones arrived by then added (in link order) and the first of
 * their countries shown; each later one is added when it arrives, and shown only when no linked
 * country was shown and the country on screen has not changed since. Arrivals are not edits: the history is cleared after each unless the user changed
 * something meanwhile.
 */
export async function loadLinks(
  store: AppStore,
  urls: readonly string[],
  fetchFn: typeof fetch,
  options: LinkLoadOptions = {},
): Promise<void> {
  const { stallMs = pageStallMs(), viewWaitMs = LINK_VIEW_WAIT_MS } = options;
  store.getState().announce(appMessages[store.getState().lang].loadingLinks(urls.length));
  // A linked file of tens of megabytes is read in the import workers, like a picked one: they
  // start while the files download.
  store.getState().prepareImport();
  const arrived = new Array<ImportResult | undefined>(urls.length);
  let waiting = true;
  let left = urls.length;
  let shown: string | undefined;
  const apply = (indices: readonly number[], late: boolean) => {
    left -= indices.length;
    const untouched = store.temporal.getState().pastStates.length === 0;
    const s = store.getState();
    const outcome = applyImportResults(
      s.workspace,
      indices.map((i) => arrived[i]!),
      undefined,
      (j) => urls[indices[j]!],
      s.lang,
    );
    const first = outcome.added[0]?.id;
    // The first linked country is shown, unless one already is or the user has chosen another.
    const select = first !== undefined && shown === undefined && (!late || s.selectedId === shownBefore);
    if (select) shown = first;
    const still = left > 0 ? appMessages[s.lang].stillLoadingLinks(left) : '';
    const status = [outcome.status, still].filter(Boolean).join(s.lang === 'ja' ? '' : ' ');
    store.setState({
      workspace: outcome.workspace,
      selectedId: select ? first : s.selectedId,
      status,
      alert: outcome.alert || s.alert,
    });
    // An edit made while the links loaded stays undoable; then so does the links' arrival.
    if (untouched) clearHistory(store);
    shownBefore = store.getState().selectedId;
  };
  let shownBefore = store.getState().selectedId;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A workbook (#20) brings the sheets the review would import by default.
  const read = (fileName: string, bytes: Uint8Array) => readInBackground({ fileName, bytes }).then(linkedWorkbook);
  const all = importUrls(urls, fetchFn, read, {
    stallMs,
    onResult: (i, r) => {
      arrived[i] = r;
      if (!waiting) apply([i], true);
    },
  });
  await Promise.race([all, new Promise<void>((ok) => (timer = setTimeout(ok, viewWaitMs)))]);
  clearTimeout(timer);
  waiting = false;
  performance.mark(IMPORT_MARKS.read);
  apply(
    urls.map((_, i) => i).filter((i) => arrived[i] !== undefined),
    false,
  );
}
