import { findMatrix } from '../domain/workspace';
import type { AppState, AppStore } from '../state/store';
import { RUNTIME_ATTR } from '../views/present/standalone-html';
import { decodeUrlState, encodeUrlState, type UrlViewState } from './url-codec';

/**
 * The connect-src a page may use: its own origin plus the origins of the ?data= URLs in its address,
 * which are the only files the user asked for. Unparseable or non-http(s) URLs add nothing.
 */
export function connectSrcFor(search: string, pageUrl: string): string {
  const origins = new Set<string>();
  for (const u of new URLSearchParams(search).getAll('data')) {
    try {
      const url = new URL(u, pageUrl);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== new URL(pageUrl).origin)
        origins.add(url.origin);
    } catch {
      // A bad link is reported by the importer; it needs no network permission.
    }
  }
  return ["'self'", ...origins].join(' ');
}

/**
 * Tightens the build's static policy (connect-src 'self' https: http:) to exactly 'self' plus the
 * ?data= origins. A second CSP can only narrow the first (browsers enforce both), so this runs when
 * the module loads: before start-up fetches anything, and before any other code could run.
 */
function installConnectPolicy(): void {
  if (!import.meta.env.PROD || typeof document === 'undefined') return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.setAttribute(RUNTIME_ATTR, '');
  meta.content = `connect-src ${connectSrcFor(window.location.search, window.location.href)}`;
  document.head.appendChild(meta);
}
installConnectPolicy();

/**
 * How a link names a country: its id; for a country made here and renamed since (its id keeps the name
 * it was made with, "user:New country"), "user:" and its name now, so that the address follows a rename.
 */
function linkId(s: AppState, id: string | undefined): string | undefined {
  if (!id?.startsWith('user:')) return id;
  const m = findMatrix(s.workspace, id);
  return m && !m.bundled ? `user:${m.country}` : id;
}

/** The country a link names: by its name now ("user:Kenya"), else by its id. */
function idOfLink(s: AppState, link: string): string | undefined {
  return (
    s.workspace.matrices.find((m) => !m.bundled && `user:${m.country}` === link)?.id ??
    findMatrix(s.workspace, link)?.id
  );
}

/** The part of the store a link reproduces. */
export function urlStateOf(s: AppState): UrlViewState {
  return {
    view: s.view,
    country: linkId(s, s.selectedId),
    lang: s.lang,
    palette: s.palette,
    theme: s.theme,
    heatmap: s.heatmap,
    sankey: {
      sankeyDirection: s.sankeyDirection,
      sankeyOrder: s.sankeyOrder,
      sankeyMinScore: s.sankeyMinScore,
      sankeyNormalise: s.sankeyNormalise,
      sankeyColorBy: s.sankeyColorBy,
      sankeyShowSectors: s.sankeyShowSectors,
      sankeyCompareId: s.sankeyCompareId,
      sankeyShowTable: s.sankeyShowTable,
    },
    compare: {
      compareIds: s.compareIds,
      compareThreshold: s.compareThreshold,
      diffA: s.diffA,
      diffB: s.diffB,
      compareSort: s.compareSort,
    },
  };
}

/**
 * Puts a decoded link into the store. A country id that is not loaded is ignored and leaves the
 * store's value alone; a compared list keeps its loaded ids, or is left alone when none is loaded.
 */
export function applyUrlState(store: AppStore, u: UrlViewState): void {
  const s = store.getState();
  const isLoaded = (id: string) => findMatrix(s.workspace, id) !== undefined;
  const loaded = <T extends null | undefined>(id: string | T, current: string | T): string | T =>
    id === null || id === undefined || isLoaded(id) ? id : current;
  const country = u.country === undefined ? undefined : (idOfLink(s, u.country) ?? u.country);
  const chosen = u.compare.compareIds;
  const ids = chosen?.filter(isLoaded) ?? null;
  store.setState({
    view: u.view,
    // No country in the link: keep the one start-up chose.
    selectedId: country === undefined ? s.selectedId : loaded(country, s.selectedId),
    lang: u.lang,
    palette: u.palette,
    theme: u.theme,
    heatmap: u.heatmap,
    ...u.sankey,
    sankeyCompareId: loaded(u.sankey.sankeyCompareId, s.sankeyCompareId),
    ...u.compare,
    compareIds: chosen !== null && chosen.length > 0 && ids?.length === 0 ? s.compareIds : ids,
    diffA: loaded(u.compare.diffA, s.diffA),
    diffB: loaded(u.compare.diffB, s.diffB),
  });
}

/** The address a page opens on: a standalone file's saved view unless its own address names a country. */
export function linkedSearch(own: string, savedSearch: string | undefined): string {
  return savedSearch !== undefined && decodeUrlState(own).country === undefined ? savedSearch : own;
}

/**
 * What the first render can take from the address before start-up has read anything: the view (a link to
 * Compare opens on Compare, not on the heatmap until the links and saved work are in), and the language,
 * palette and theme a link names. The rest (countries, options that name them) waits for start-up.
 */
export function applyViewAtOnce(store: AppStore, search: string): void {
  const params = new URLSearchParams(search);
  const u = decodeUrlState(search);
  const s = store.getState();
  if (params.has('view')) s.setView(u.view);
  if (params.has('lang')) s.setLang(u.lang);
  if (params.has('palette')) s.setPalette(u.palette);
  if (params.has('theme')) s.setTheme(u.theme);
}

/**
 * The address's view state, except where the user changed the view since `atStart` (a tab clicked, a palette
 * chosen while saved work was still being read): those changes are kept, not thrown back to the address's.
 * The country always comes from the address (start-up itself chooses one).
 */
export function keepChangesSince(atStart: UrlViewState, now: UrlViewState, linked: UrlViewState): UrlViewState {
  const same = (k: keyof UrlViewState) => JSON.stringify(atStart[k]) === JSON.stringify(now[k]);
  const pick = <K extends keyof UrlViewState>(k: K): UrlViewState[K] => (same(k) ? linked[k] : now[k]);
  return {
    view: pick('view'),
    country: linked.country,
    lang: pick('lang'),
    palette: pick('palette'),
    theme: pick('theme'),
    heatmap: pick('heatmap'),
    sankey: pick('sankey'),
    compare: pick('compare'),
  };
}

/**
 * Keeps the view state in the URL and the URL in the view state. A change of view or country is a new
 * history entry (Back returns to it); option tweaks replace the current entry so a slider drag does
 * not flood the history. Back and forward re-apply the entry's state. Returns a stop function.
 * `savedSearch` is the view a standalone file was saved on (its data is loaded by start-up). `atStart` is the
 * view state when start-up began: what the user changed since is kept (see keepChangesSince).
 */
export function syncUrlState(
  store: AppStore,
  win: Window = window,
  savedSearch?: string,
  atStart?: UrlViewState,
): () => void {
  const own = win.location.search;
  const linked = decodeUrlState(linkedSearch(own, savedSearch));
  applyUrlState(store, atStart ? keepChangesSince(atStart, urlStateOf(store.getState()), linked) : linked);
  let written = encodeUrlState(urlStateOf(store.getState()), own);
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${written}${win.location.hash}`);
  let last = urlStateOf(store.getState());
  let lastId = store.getState().selectedId;

  // Back/forward put a history entry's state into the store: that must not push a new entry.
  let applying = false;
  const unsubscribe = store.subscribe((s) => {
    if (applying) return;
    const next = urlStateOf(s);
    const search = encodeUrlState(next, win.location.search);
    if (search === written) return;
    // A renamed country is the same country: its new name replaces the address, it is no new entry.
    const navigation = next.view !== last.view || s.selectedId !== lastId;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (navigation) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
    written = search;
    last = next;
    lastId = s.selectedId;
  });
  const onPop = () => {
    applying = true;
    try {
      applyUrlState(store, decodeUrlState(win.location.search));
    } finally {
      applying = false;
    }
    last = urlStateOf(store.getState());
    lastId = store.getState().selectedId;
    written = encodeUrlState(last, win.location.search);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
