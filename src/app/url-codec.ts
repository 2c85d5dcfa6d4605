// The view state ⇄ URL query, as pure functions. `data` is the public contract (repeatable ?data=
// CSV links) and is never written or reordered here. Each view owns a parameter prefix and one field
// table: the heatmap "hm.", the Sankey "sk.", the comparison "cmp.".
import { SANKEY_DEFAULTS } from '../state/sankey-slice';
import {
  PALETTE_IDS,
  type ColumnSort,
  type Lang,
  type MarginalKind,
  type PaletteId,
  type RowSort,
} from '../domain/display-options';
import { COUNTRY_METRIC_IDS } from '../domain/metrics/metric-values';
import { DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD } from '../domain/metrics/row-metrics';
import type { CompareSlice, CompareSort } from '../state/compare-slice';
import { HEATMAP_DEFAULTS, type HeatmapSlice } from '../state/heatmap-slice';
import type { SankeySlice } from '../state/sankey-slice';
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
  readonly sankey: Pick<
    SankeySlice,
    | 'sankeyDirection'
    | 'sankeyOrder'
    | 'sankeyMinScore'
    | 'sankeyNormalise'
    | 'sankeyColorBy'
    | 'sankeyShowSectors'
    | 'sankeyCompareId'
    | 'sankeyShowTable'
  >;
  readonly compare: Pick<CompareSlice, 'compareIds' | 'compareThreshold' | 'diffA' | 'diffB' | 'compareSort'>;
}

/** The state a link with no parameters stands for. */
export const DEFAULT_URL_STATE: UrlViewState = {
  view: 'heatmap',
  country: undefined,
  lang: 'en',
  palette: 'ylgnbu',
  theme: 'light',
  heatmap: { ...HEATMAP_DEFAULTS },
  // The slices' own initial values (tests/app/url-state.test.ts checks the compare part).
  sankey: { ...SANKEY_DEFAULTS },
  compare: { compareIds: null, compareThreshold: DEFAULT_THRESHOLD, diffA: null, diffB: null, compareSort: null },
};

type Heatmap = UrlViewState['heatmap'];
type Sankey = UrlViewState['sankey'];
type Compare = UrlViewState['compare'];

/** One option's parameter: how to write it and how to read it back (undefined = invalid, keep the default). */
interface Field<T, K extends keyof T> {
  readonly key: K;
  readonly param: string;
  readonly write: (v: T[K]) => string;
  readonly read: (s: string) => T[K] | undefined;
}
/** A view's options, one parameter each. */
type Fields<T> = { readonly [K in keyof T]-?: Field<T, K> };

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (s: string): T | undefined =>
    (values as readonly string[]).includes(s) ? (s as T) : undefined;
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
const score = (s: string) =>
  s.trim() !== '' && Number.isFinite(Number(s)) && Number(s) >= 0 && Number(s) <= 10 ? Number(s) : undefined;
const isRowSort = (s: string): s is RowSort => ['original', 'x1060', 'total'].includes(s) || /^stakeholder:.+/.test(s);
const flag = {
  write: (v: boolean) => (v ? '1' : '0'),
  read: (s: string) => (s === '1' ? true : s === '0' ? false : undefined),
};
/** A country id as typed; an empty one is no id (the default). */
const id = (s: string) => (s === '' ? undefined : s);
const SORT_KEYS = ['country', ...COUNTRY_METRIC_IDS] as const;
// "coverage:desc": the key, then the direction.
const writeSort = (v: CompareSort | null) =>
  v === null ? '' : `${v.key}:${v.direction === 'ascending' ? 'asc' : 'desc'}`;
const readSort = (s: string): CompareSort | undefined => {
  const [key = '', dir, ...rest] = s.split(':');
  const k = oneOf(SORT_KEYS)(key);
  return k === undefined || rest.length > 0
    ? undefined
    : dir === 'asc'
      ? { key: k, direction: 'ascending' }
      : dir === 'desc'
        ? { key: k, direction: 'descending' }
        : undefined;
};

// Names are short and prefixed so that they can never collide with `data` or another view's.
const HEATMAP_FIELDS: Fields<Heatmap> = {
  granularity: {
    key: 'granularity',
    param: 'hm.granularity',
    write: String,
    read: oneOf(['as-is', 'category'] as const),
  },
  rollup: { key: 'rollup', param: 'hm.rollup', write: String, read: oneOf(['max', 'mean'] as const) },
  expanded: { key: 'expanded', param: 'hm.expanded', write: list, read: readList },
  rowSort: { key: 'rowSort', param: 'hm.rows', write: String, read: (s) => (isRowSort(s) ? s : undefined) },
  columnSort: {
    key: 'columnSort',
    param: 'hm.cols',
    write: String,
    read: oneOf<ColumnSort>(['original', 'total', 'sector']),
  },
  hiddenRows: { key: 'hiddenRows', param: 'hm.hideRows', write: list, read: readList },
  hiddenColumns: { key: 'hiddenColumns', param: 'hm.hideCols', write: list, read: readList },
  marginal: {
    key: 'marginal',
    param: 'hm.marginal',
    write: String,
    read: oneOf<MarginalKind>(['total', 'max', 'none']),
  },
  threshold: { key: 'threshold', param: 'hm.threshold', write: String, read: score },
  colorMode: { key: 'colorMode', param: 'hm.color', write: String, read: oneOf(['continuous', 'brackets'] as const) },
  brackets: {
    key: 'brackets',
    param: 'hm.brackets',
    write: (v) => v.join(','),
    read: (s) => {
      const n = s.split(',').map(score);
      return n.length > 0 && n.every((x) => x !== undefined) ? n : undefined;
    },
  },
  showTable: { key: 'showTable', param: 'hm.table', ...flag },
};

const SANKEY_FIELDS: Fields<Sankey> = {
  sankeyDirection: {
    key: 'sankeyDirection',
    param: 'sk.direction',
    write: String,
    read: oneOf(['forward', 'reverse'] as const),
  },
  sankeyOrder: { key: 'sankeyOrder', param: 'sk.order', write: String, read: oneOf(['x1060', 'flow'] as const) },
  sankeyMinScore: { key: 'sankeyMinScore', param: 'sk.min', write: String, read: score },
  sankeyNormalise: { key: 'sankeyNormalise', param: 'sk.normalise', ...flag },
  sankeyColorBy: { key: 'sankeyColorBy', param: 'sk.color', write: String, read: oneOf(['source', 'sector'] as const) },
  sankeyShowSectors: { key: 'sankeyShowSectors', param: 'sk.sectors', ...flag },
  sankeyCompareId: { key: 'sankeyCompareId', param: 'sk.compare', write: String, read: id },
  sankeyShowTable: { key: 'sankeyShowTable', param: 'sk.table', ...flag },
};

const COMPARE_FIELDS: Fields<Compare> = {
  // An empty list is a choice (no country), unlike no parameter (the first three loaded).
  compareIds: { key: 'compareIds', param: 'cmp.ids', write: (v) => list(v ?? []), read: readList },
  compareThreshold: {
    key: 'compareThreshold',
    param: 'cmp.threshold',
    write: String,
    read: (s) => {
      const t = score(s);
      return t !== undefined && t >= MIN_THRESHOLD && t <= MAX_THRESHOLD ? t : undefined;
    },
  },
  diffA: { key: 'diffA', param: 'cmp.diffA', write: String, read: id },
  diffB: { key: 'diffB', param: 'cmp.diffB', write: String, read: id },
  compareSort: { key: 'compareSort', param: 'cmp.sort', write: writeSort, read: readSort },
};

const fieldsOf = <T>(table: Fields<T>) => Object.values(table) as Field<T, keyof T>[];
const ALL_FIELDS = [...fieldsOf(HEATMAP_FIELDS), ...fieldsOf(SANKEY_FIELDS), ...fieldsOf(COMPARE_FIELDS)];

/** Every parameter name this codec owns (never `data`). */
export const URL_PARAMS: readonly string[] = [
  'view',
  'country',
  'lang',
  'palette',
  'theme',
  ...ALL_FIELDS.map((f) => f.param),
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Appends the options of `value` that differ from `fallback`, in the table's order. */
function writeFields<T>(params: URLSearchParams, table: Fields<T>, value: T, fallback: T): void {
  for (const f of fieldsOf(table))
    if (!same(value[f.key], fallback[f.key])) params.append(f.param, f.write(value[f.key]));
}

/** `fallback` with every valid parameter of the table read over it. */
function readFields<T>(params: URLSearchParams, table: Fields<T>, fallback: T): T {
  const out = { ...fallback };
  for (const f of fieldsOf(table)) {
    const raw = params.get(f.param);
    const v = raw === null ? undefined : f.read(raw);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}

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
  writeFields(params, HEATMAP_FIELDS, state.heatmap, DEFAULT_URL_STATE.heatmap);
  writeFields(params, SANKEY_FIELDS, state.sankey, DEFAULT_URL_STATE.sankey);
  writeFields(params, COMPARE_FIELDS, state.compare, DEFAULT_URL_STATE.compare);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** The state a query string stands for: unknown or invalid values fall back to the defaults, never throw. */
export function decodeUrlState(search: string): UrlViewState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name) ?? undefined;
  const lang = get('lang');
  const theme = get('theme');
  return {
    view: oneOf(VIEW_IDS)(get('view') ?? '') ?? DEFAULT_URL_STATE.view,
    country: get('country') || undefined,
    lang: lang === 'ja' || lang === 'en' ? lang : DEFAULT_URL_STATE.lang,
    palette: oneOf(PALETTE_IDS)(get('palette') ?? '') ?? DEFAULT_URL_STATE.palette,
    theme: theme === 'dark' || theme === 'light' ? theme : DEFAULT_URL_STATE.theme,
    heatmap: readFields(params, HEATMAP_FIELDS, DEFAULT_URL_STATE.heatmap),
    sankey: readFields(params, SANKEY_FIELDS, DEFAULT_URL_STATE.sankey),
    compare: readFields(params, COMPARE_FIELDS, DEFAULT_URL_STATE.compare),
  };
}
