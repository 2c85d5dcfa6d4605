// The view state ⇄ URL query, as pure functions. `data` is the public contract (repeatable ?data=
// CSV links) and is never written or reordered here. Each view owns a parameter prefix: the heatmap
// "hm.", and later the Sankey "sk." and the comparison "cmp." — a new view adds one codec entry.
import { DEFAULT_HEATMAP_OPTIONS, PALETTE_IDS, type ColumnSort, type Lang, type MarginalKind, type PaletteId, type RowSort } from '../domain/display-options';
import type { HeatmapSlice } from '../state/heatmap-slice';
import { VIEW_IDS, type ViewId } from '../state/view-slice';

/** Everything a link reproduces. */
export interface UrlViewState {
  readonly view: ViewId;
  /** Id of the country shown (bundled:japan.csv, user:Kenya); undefined = whatever start-up chose. */
  readonly country: string | undefined;
  readonly lang: Lang;
  readonly palette: PaletteId;
  readonly theme: 'light' | 'dark';
  readonly heatmap: HeatmapSlice['heatmap'];
}

/** The state a link with no parameters stands for. */
export const DEFAULT_URL_STATE: UrlViewState = {
  view: 'heatmap',
  country: undefined,
  lang: 'en',
  palette: 'ylgnbu',
  theme: 'light',
  heatmap: { ...DEFAULT_HEATMAP_OPTIONS, threshold: 0, colorMode: 'continuous', brackets: [1, 4, 7, 10], showTable: false },
};

type Heatmap = UrlViewState['heatmap'];

/** One heatmap option's parameter: how to write it and how to read it back (undefined = invalid, keep the default). */
interface Field<K extends keyof Heatmap> {
  readonly key: K;
  readonly param: string;
  readonly write: (v: Heatmap[K]) => string;
  readonly read: (s: string) => Heatmap[K] | undefined;
}

const oneOf = <T extends string>(values: readonly T[]) => (s: string): T | undefined => (values as readonly string[]).includes(s) ? (s as T) : undefined;
/** Decodes one list item; an item that is not valid percent-encoding (an old or hand-made link) stays as typed. */
const decodeItem = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
// Items are encoded before joining: a custom key may itself hold a comma ("custom:Foo, Bar").
const list = (v: readonly string[]) => v.map(encodeURIComponent).join(',');
const readList = (s: string) => (s === '' ? [] : s.split(',').map(decodeItem));
const score = (s: string) => (s.trim() !== '' && Number.isFinite(Number(s)) && Number(s) >= 0 && Number(s) <= 10 ? Number(s) : undefined);
const isRowSort = (s: string): s is RowSort => ['original', 'x1060', 'total'].includes(s) || /^stakeholder:.+/.test(s);

// Names are short and prefixed so that they can never collide with `data` or another view's.
const HEATMAP_FIELDS: { [K in keyof Heatmap]: Field<K> } = {
  granularity: { key: 'granularity', param: 'hm.granularity', write: String, read: oneOf(['as-is', 'category'] as const) },
  rollup: { key: 'rollup', param: 'hm.rollup', write: String, read: oneOf(['max', 'mean'] as const) },
  expanded: { key: 'expanded', param: 'hm.expanded', write: list, read: readList },
  rowSort: { key: 'rowSort', param: 'hm.rows', write: String, read: (s) => (isRowSort(s) ? s : undefined) },
  columnSort: { key: 'columnSort', param: 'hm.cols', write: String, read: oneOf<ColumnSort>(['original', 'total', 'sector']) },
  hiddenRows: { key: 'hiddenRows', param: 'hm.hideRows', write: list, read: readList },
  hiddenColumns: { key: 'hiddenColumns', param: 'hm.hideCols', write: list, read: readList },
  marginal: { key: 'marginal', param: 'hm.marginal', write: String, read: oneOf<MarginalKind>(['total', 'max', 'none']) },
  threshold: { key: 'threshold', param: 'hm.threshold', write: String, read: score },
  colorMode: { key: 'colorMode', param: 'hm.color', write: String, read: oneOf(['continuous', 'brackets'] as const) },
  brackets: {
    key: 'brackets',
    param: 'hm.brackets',
    write: (v) => v.join(','),
    read: (s) => {
      const n = s.split(',').map(score);
      return n.length > 0 && n.every((x) => x !== undefined) ? (n) : undefined;
    },
  },
  showTable: { key: 'showTable', param: 'hm.table', write: (v) => (v ? '1' : '0'), read: (s) => (s === '1' ? true : s === '0' ? false : undefined) },
};

/** Every parameter name this codec owns (never `data`). */
export const URL_PARAMS: readonly string[] = ['view', 'country', 'lang', 'palette', 'theme', ...Object.values(HEATMAP_FIELDS).map((f) => f.param)];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The query string for a state: `base`'s other parameters (above all every `data`) kept in order,
 * then only the values that differ from the defaults, so a plain link stays plain. `country` is
 * always written when known, so that a copied link names the country even if it is the first one.
 */
export function encodeUrlState(state: UrlViewState, base = ''): string {
  const params = new URLSearchParams(base);
  for (const p of URL_PARAMS) params.delete(p);
  const put = (name: string, value: string, fallback: string) => {
    if (value !== fallback) params.append(name, value);
  };
  put('view', state.view, DEFAULT_URL_STATE.view);
  if (state.country !== undefined) params.append('country', state.country);
  put('lang', state.lang, DEFAULT_URL_STATE.lang);
  put('palette', state.palette, DEFAULT_URL_STATE.palette);
  put('theme', state.theme, DEFAULT_URL_STATE.theme);
  for (const f of Object.values(HEATMAP_FIELDS) as Field<keyof Heatmap>[]) {
    const v = state.heatmap[f.key];
    if (!same(v, DEFAULT_URL_STATE.heatmap[f.key])) params.append(f.param, f.write(v));
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** The state a query string stands for: unknown or invalid values fall back to the defaults, never throw. */
export function decodeUrlState(search: string): UrlViewState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name) ?? undefined;
  const heatmap: Record<string, unknown> = { ...DEFAULT_URL_STATE.heatmap };
  for (const f of Object.values(HEATMAP_FIELDS) as Field<keyof Heatmap>[]) {
    const raw = get(f.param);
    const v = raw === undefined ? undefined : f.read(raw);
    if (v !== undefined) heatmap[f.key] = v;
  }
  const lang = get('lang');
  const theme = get('theme');
  return {
    view: oneOf(VIEW_IDS)(get('view') ?? '') ?? DEFAULT_URL_STATE.view,
    country: get('country') || undefined,
    lang: lang === 'ja' || lang === 'en' ? lang : DEFAULT_URL_STATE.lang,
    palette: oneOf(PALETTE_IDS)(get('palette') ?? '') ?? DEFAULT_URL_STATE.palette,
    theme: theme === 'dark' || theme === 'light' ? theme : DEFAULT_URL_STATE.theme,
    heatmap: heatmap as unknown as Heatmap,
  };
}
