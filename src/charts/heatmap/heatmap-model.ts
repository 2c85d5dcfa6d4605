import { effectiveScore, noteKey, rowName, stakeholderName, type RoleMatrix, type Score } from '../../domain/matrix';
import { groupRowsByCategory, rollUpCells, type RollupRule } from '../../domain/rollup';
import { SECTOR_GROUPS, type SectorGroup } from '../../domain/stakeholders';
import { getX1060Entry, x1060Order } from '../../domain/taxonomy-x1060';
import type { ColumnSort, HeatmapViewOptions, Lang, MarginalKind, RowSort } from '../../domain/display-options';
import type { PaletteId } from '../color-scales';
import { chartMessages, paletteName } from '../../i18n/chart-messages';
import type { HeatmapInput, HeatmapMarginal, HeatmapText } from './heatmap-types';

export {
  DEFAULT_HEATMAP_OPTIONS,
  type ColumnSort,
  type HeatmapViewOptions,
  type MarginalKind,
  type RowSort,
} from '../../domain/display-options';

/** A displayed row. */
export interface ModelRow {
  readonly key: string;
  readonly id?: string;
  /** Name in the display language, and in both languages for tooltips. */
  readonly name: string;
  readonly nameEn: string;
  readonly nameJa: string;
  /** 0 for categories and custom rows, 1 for services shown under an expanded category. */
  readonly depth: 0 | 1;
  readonly kind: 'category' | 'service' | 'custom';
  /** A rolled-up category that can show its services. */
  readonly expandable: boolean;
  readonly expanded: boolean;
  readonly values: readonly Score[];
  /** For rolled-up rows: unknown services left out, per column; undefined otherwise. */
  readonly unknownParts?: readonly number[];
  /** For rolled-up rows: how many services were combined. */
  readonly combined?: number;
  /** Cell notes per column, if any. */
  readonly notes: readonly (string | undefined)[];
  /** The row's rationale and sources, if any. */
  readonly rowNote?: string;
  /** The row's place before sorting (after roll-up and expansion). */
  readonly sourceIndex: number;
}

/** A displayed column. */
export interface ModelColumn {
  readonly key: string;
  readonly name: string;
  readonly sector: SectorGroup;
}

/** What the heatmap shows after roll-up, sorting and hiding. */
export interface HeatmapModel {
  readonly rows: readonly ModelRow[];
  readonly columns: readonly ModelColumn[];
  /** Per row: total or maximum of its visible cells (unknown left out and counted). Empty when marginal is 'none'. */
  readonly rowMarginals: readonly HeatmapMarginal[];
  /** Per column: total or maximum over top-level visible rows, so expanded services are not counted twice. */
  readonly columnMarginals: readonly HeatmapMarginal[];
  readonly marginal: MarginalKind;
  /** The roll-up rule in force, when rows were rolled up. */
  readonly rollup?: RollupRule;
  readonly hiddenRowCount: number;
  readonly hiddenColumnCount: number;
}

interface RawRow extends Omit<ModelRow, 'values' | 'notes' | 'unknownParts' | 'sourceIndex'> {
  readonly all: readonly Score[];
  readonly allNotes: readonly (string | undefined)[];
  readonly allUnknown?: readonly number[];
  readonly order: number;
}

/** Builds what the heatmap shows from a matrix and the user's choices. Pure. */
export function buildHeatmapModel(m: RoleMatrix, options: HeatmapViewOptions, lang: Lang): HeatmapModel {
  const cols = orderColumns(m, options.columnSort);
  const hiddenCols = new Set(options.hiddenColumns);
  const visibleCols = cols.filter((c) => !hiddenCols.has(m.stakeholders[c]!.key));
  const columns = visibleCols.map((c): ModelColumn => {
    const s = m.stakeholders[c]!;
    return { key: s.key, name: stakeholderName(s, lang), sector: s.sector };
  });

  const rollingUp = options.granularity === 'category' && m.rows.some((r) => r.x1060Id?.includes('-'));
  const raw = rollingUp ? rolledRows(m, options) : plainRows(m);
  const hiddenRows = new Set(options.hiddenRows);
  const visible = raw.filter((r) => !hiddenRows.has(r.key));
  const sourceIndex = new Map(visible.map((r, i) => [r.key, i]));
  const sorted = sortRows(visible, options.rowSort, m);
  const rows = sorted.map((r): ModelRow => ({
    key: r.key,
    ...(r.id ? { id: r.id } : {}),
    name: lang === 'ja' ? r.nameJa : r.nameEn,
    nameEn: r.nameEn,
    nameJa: r.nameJa,
    depth: r.depth,
    kind: r.kind,
    expandable: r.expandable,
    expanded: r.expanded,
    values: visibleCols.map((c) => r.all[c] ?? null),
    notes: visibleCols.map((c) => r.allNotes[c]),
    ...(r.rowNote ? { rowNote: r.rowNote } : {}),
    sourceIndex: sourceIndex.get(r.key) ?? 0,
    ...(r.allUnknown ? { unknownParts: visibleCols.map((c) => r.allUnknown![c] ?? 0), combined: r.combined } : {}),
  }));
  const top = rows.filter((r) => r.depth === 0);
  const marginal = (values: readonly Score[]) =>
    aggregateMarginal(values, options.marginal === 'max' ? 'max' : 'total');
  return {
    rows,
    columns,
    rowMarginals: options.marginal === 'none' ? [] : rows.map((r) => marginal(r.values)),
    columnMarginals:
      options.marginal === 'none' ? [] : columns.map((_, c) => marginal(top.map((r) => r.values[c] ?? null))),
    marginal: options.marginal,
    ...(rollingUp ? { rollup: options.rollup } : {}),
    hiddenRowCount: raw.length - visible.length,
    hiddenColumnCount: cols.length - visibleCols.length,
  };
}

/** Total or maximum of the known cells (blank = 0); unknown cells are counted, and none known gives null. */
export function aggregateMarginal(values: readonly Score[], kind: 'total' | 'max'): HeatmapMarginal {
  let value: number | null = null;
  let unknown = 0;
  for (const s of values) {
    const v = effectiveScore(s);
    if (v === null) unknown++;
    else value = value === null ? v : kind === 'max' ? Math.max(value, v) : value + v;
  }
  return { value, unknown };
}

/** How to draw a heatmap model: colours, captions, and whether its category rows can be toggled. */
export interface HeatmapDrawOptions {
  readonly palette: PaletteId;
  readonly theme: 'light' | 'dark';
  /** Caption lines under the legend. */
  readonly captions: readonly string[];
  readonly colorMode: 'continuous' | 'brackets';
  readonly brackets: readonly number[];
  readonly threshold: number;
  /** Caption that explains "12+" and "?" in the margins; added only when a margin has unknown cells. */
  readonly unknownMarginCaption?: string;
  /** False for charts nobody can click (slides): categories are then drawn without expand markers. */
  readonly interactive?: boolean;
}

/** The heatmap's input from its model: the one place the view and the slides turn a model into a chart. */
export function heatmapInputFromModel(model: HeatmapModel, o: HeatmapDrawOptions): HeatmapInput {
  const interactive = o.interactive ?? true;
  const unknownMargins = [...model.rowMarginals, ...model.columnMarginals].some((m) => m.unknown > 0);
  return {
    rows: model.rows.map((r) => ({
      key: r.key,
      ...(r.id ? { id: r.id } : {}),
      name: r.name,
      depth: r.depth,
      expandable: interactive && r.expandable,
      expanded: r.expanded,
      sourceIndex: r.sourceIndex,
    })),
    columns: model.columns,
    values: model.rows.map((r) => r.values),
    palette: o.palette,
    colorMode: o.colorMode,
    brackets: o.brackets,
    threshold: o.threshold,
    rowMarginals: model.rowMarginals,
    columnMarginals: model.columnMarginals,
    theme: o.theme,
    captions: unknownMargins && o.unknownMarginCaption ? [...o.captions, o.unknownMarginCaption] : o.captions,
  };
}

function notesOf(m: RoleMatrix, rowKey: string): (string | undefined)[] {
  return m.stakeholders.map((s) => m.notes?.[noteKey(rowKey, s.key)]);
}

function plainRows(m: RoleMatrix): RawRow[] {
  return m.rows.map((r, i): RawRow => {
    const entry = r.x1060Id ? getX1060Entry(r.x1060Id) : undefined;
    const kind = !entry ? 'custom' : 'category' in entry ? 'service' : 'category';
    return {
      key: r.key,
      ...(r.x1060Id ? { id: r.x1060Id } : {}),
      name: r.label,
      nameEn: rowName(r, 'en'),
      nameJa: rowName(r, 'ja'),
      depth: 0,
      kind,
      expandable: false,
      expanded: false,
      all: m.cells[i] ?? [],
      allNotes: notesOf(m, r.key),
      ...(m.rowNotes?.[r.key] ? { rowNote: m.rowNotes[r.key] } : {}),
      order: i,
      combined: undefined,
    };
  });
}

function rolledRows(m: RoleMatrix, options: HeatmapViewOptions): RawRow[] {
  const { groups, customRows } = groupRowsByCategory(m);
  const expanded = new Set(options.expanded);
  const out: RawRow[] = [];
  groups.forEach((g, gi) => {
    const entry = getX1060Entry(g.category)!;
    const rolled = m.stakeholders.map((_, c) =>
      rollUpCells(
        g.rowIndices.map((i) => m.cells[i]?.[c] ?? null),
        options.rollup,
      ),
    );
    const isOpen = expanded.has(g.category);
    out.push({
      key: `category:${g.category}`,
      id: g.category,
      name: entry.nameEn,
      nameEn: entry.nameEn,
      nameJa: entry.nameJa,
      depth: 0,
      kind: 'category',
      expandable: true,
      expanded: isOpen,
      all: rolled.map((r) => r.score),
      allNotes: m.stakeholders.map(() => undefined),
      allUnknown: rolled.map((r) => r.unknown),
      combined: g.rowIndices.length,
      order: gi,
    });
    if (isOpen) for (const r of plainRows(m).filter((_, i) => g.rowIndices.includes(i))) out.push({ ...r, depth: 1 });
  });
  for (const r of plainRows(m).filter((_, i) => customRows.includes(i)))
    out.push({ ...r, order: groups.length + r.order });
  return out;
}

function rowTotal(r: RawRow): number {
  return r.all.reduce<number>((sum, s) => sum + (effectiveScore(s) ?? 0), 0);
}

/** Sorts top-level rows; services stay under their category, sorted among themselves. */
function sortRows(rows: RawRow[], sort: RowSort, m: RoleMatrix): RawRow[] {
  const col = sort.startsWith('stakeholder:') ? m.stakeholders.findIndex((s) => `stakeholder:${s.key}` === sort) : -1;
  const key = (r: RawRow): number => {
    if (sort === 'total') return -rowTotal(r);
    if (col >= 0) {
      const v = effectiveScore(r.all[col] ?? null);
      return v === null ? 1 : -v; // unknown after every known score
    }
    return 0;
  };
  const base = (r: RawRow) => (sort === 'original' ? r.order : x1060Order(r.id) * 1000 + r.order);
  const cmp = (a: RawRow, b: RawRow) => key(a) - key(b) || base(a) - base(b) || a.order - b.order;
  const top = rows.filter((r) => r.depth === 0).sort(cmp);
  const out: RawRow[] = [];
  for (const t of top) {
    out.push(t);
    if (t.expanded && t.id) {
      out.push(...rows.filter((r) => r.depth === 1 && (r.id === t.id || r.id?.startsWith(`${t.id}-`))).sort(cmp));
    }
  }
  return out;
}

function orderColumns(m: RoleMatrix, sort: ColumnSort): number[] {
  const idx = m.stakeholders.map((_, i) => i);
  if (sort === 'total') {
    const total = (c: number) => m.cells.reduce((sum, row) => sum + (effectiveScore(row[c] ?? null) ?? 0), 0);
    return idx.sort((a, b) => total(b) - total(a) || a - b);
  }
  if (sort === 'sector') {
    const rank = (c: number) => SECTOR_GROUPS.indexOf(m.stakeholders[c]!.sector);
    return idx.sort((a, b) => rank(a) - rank(b) || a - b);
  }
  return idx;
}

/** The heatmap's words in a language, with the palette's name when it is given. */
export function heatmapText(lang: Lang, palette?: PaletteId): HeatmapText {
  const w = chartMessages[lang];
  return {
    scaleCaption: w.scaleCaption,
    blank: w.blankLegend,
    unknown: w.unknown,
    outOf10: w.outOf10,
    describeCell: w.describeCell,
    ...(palette ? { paletteName: paletteName(lang, palette) } : {}),
  };
}
