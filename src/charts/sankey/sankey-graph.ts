import { SECTOR_GROUPS, type SectorGroup } from '../../domain/stakeholders';
import { x1060Order } from '../../domain/taxonomy-x1060';
import { CATEGORY_COLORS, CUSTOM_ROW_COLOR, SECTOR_COLORS, stakeholderColor } from './sankey-colors';
import type { SankeyInput, SankeyOptions, SankeySummary } from './sankey-types';

/** What a node stands for. */
export type SankeyNodeKind = 'row' | 'stakeholder' | 'sector';

/** A legend entry a node's colour stands for. */
export interface LegendKey {
  readonly group: 'category' | 'stakeholder' | 'sector';
  readonly key: string;
  readonly color: string;
}

/** A node before geometry: who it is, which column, how much flows through it. */
export interface GraphNode {
  /** "r:" + row key, "s:" + stakeholder key or "g:" + sector. */
  readonly id: string;
  readonly kind: SankeyNodeKind;
  readonly key: string;
  /** Full display name ("D Incident response"). */
  readonly name: string;
  readonly column: number;
  /** Drawn flow through the node, in drawing units (score points, or % when normalised). */
  readonly value: number;
  /** Sum of the raw scores drawn through the node. */
  readonly raw: number;
  /** Cells drawn through the node. */
  readonly cells: number;
  /** Unknown cells of the node's row or stakeholder (sectors: of their stakeholders). */
  readonly unknown: number;
  readonly color: string;
  readonly legend: LegendKey;
  /** Rank in its column, 0 at the top. */
  readonly rank: number;
}

/** A link before geometry. */
export interface GraphLink {
  /** "l:" + row key + "|" + stakeholder key, or "l:" + stakeholder key + "|" + sector. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** 0 between the first two columns, 1 between the second and third. */
  readonly stage: number;
  /** Drawn width in drawing units. */
  readonly value: number;
  /** The cell's score, or for a stakeholder–sector link the sum of its drawn scores. */
  readonly raw: number;
  /** The cell's share of its row's drawn scores (0–1); absent on stakeholder–sector links. */
  readonly shareOfRow?: number;
  readonly rowKey?: string;
  readonly stakeholderKey: string;
  readonly sector: SectorGroup;
  readonly color: string;
}

/** Nodes per column (top to bottom), links and what was left out. */
export interface SankeyGraph {
  readonly columns: readonly (readonly GraphNode[])[];
  readonly links: readonly GraphLink[];
  readonly summary: SankeySummary;
}

const rowId = (key: string) => `r:${key}`;
const stakeholderId = (key: string) => `s:${key}`;
const sectorId = (sector: SectorGroup) => `g:${sector}`;

/** What every step of buildSankeyGraph shares: the input, the options, the drawn cells and where each column is. */
interface GraphContext {
  readonly input: SankeyInput;
  readonly options: SankeyOptions;
  readonly cellLinks: readonly CellLink[];
  /** The sum of a row's drawn raw scores. */
  readonly rowRaw: readonly number[];
  /** A drawn cell's value: its raw score, or its share of the row (in %) when rows are normalised. */
  readonly valueOf: (c: CellLink) => number;
  readonly reverse: boolean;
  readonly rowColumn: number;
  readonly shColumn: number;
  readonly sectorColumn: number;
}

interface CellLink {
  readonly r: number;
  readonly s: number;
  readonly raw: number;
}

/**
 * Turns a matrix into Sankey nodes and links: filters cells (0, blank, unknown and below-minimum
 * draw nothing), normalises rows, orders and colours nodes. Pure; no geometry.
 * classifyCells → rowNodes → stakeholderNodes → sectorNodes → rankColumns → flowLinks → sectorLinks.
 */
export function buildSankeyGraph(input: SankeyInput, options: SankeyOptions): SankeyGraph {
  const { cellLinks, notInvolved, belowMin, unknownCells, rowUnknown, shUnknown } = classifyCells(input, options);
  const rowRaw = input.rows.map(() => 0);
  for (const c of cellLinks) rowRaw[c.r]! += c.raw;
  const reverse = options.direction === 'reverse';
  const shColumn = reverse ? (options.showSectors ? 1 : 0) : 1;
  const ctx: GraphContext = {
    input,
    options,
    cellLinks,
    rowRaw,
    valueOf: (c) => (options.normalise ? (c.raw / rowRaw[c.r]!) * 100 : c.raw),
    reverse,
    shColumn,
    rowColumn: reverse ? shColumn + 1 : 0,
    sectorColumn: reverse ? 0 : 2,
  };
  const rowNodes = buildRowNodes(ctx, rowUnknown);
  const shNodes = buildStakeholderNodes(ctx, shUnknown);
  const sectorNodes = options.showSectors ? buildSectorNodes(ctx, shNodes) : [];
  const columns = rankColumns(ctx, rowNodes, shNodes, sectorNodes);
  const nodeColor = new Map(columns.flat().map((n) => [n.id, n.color]));
  const linkColor = (source: string, sector: SectorGroup) =>
    options.colorBy === 'sector' ? SECTOR_COLORS[sector] : nodeColor.get(source)!;
  const links = [...flowLinks(ctx, linkColor), ...(options.showSectors ? sectorLinks(ctx, shNodes, linkColor) : [])];
  const summary: SankeySummary = {
    drawn: cellLinks.length,
    notInvolved,
    belowMin,
    unknown: unknownCells.length,
    unknownCells,
    total: sum(cellLinks.map(ctx.valueOf)),
  };
  return { columns, links, summary };
}

/** A node before ranking: sortKey and index order it within its column. */
type UnrankedNode = Omit<GraphNode, 'rank'> & { readonly sortKey: number; readonly index: number };

function buildRowNodes(ctx: GraphContext, rowUnknown: readonly number[]): UnrankedNode[] {
  return ctx.input.rows.map((row, r) => {
    const links = ctx.cellLinks.filter((c) => c.r === r);
    const color = row.category ? (CATEGORY_COLORS[row.category] ?? CUSTOM_ROW_COLOR) : CUSTOM_ROW_COLOR;
    return {
      id: rowId(row.key),
      kind: 'row' as const,
      key: row.key,
      name: rowLabel(row),
      column: ctx.rowColumn,
      value: sum(links.map(ctx.valueOf)),
      raw: ctx.rowRaw[r]!,
      cells: links.length,
      unknown: rowUnknown[r]!,
      color,
      legend: {
        group: 'category' as const,
        key: row.category && CATEGORY_COLORS[row.category] ? row.category : 'custom',
        color,
      },
      sortKey: x1060Order(row.id),
      index: r,
    };
  });
}

function buildStakeholderNodes(ctx: GraphContext, shUnknown: readonly number[]): UnrankedNode[] {
  const { options } = ctx;
  const shIdentity = ctx.reverse && options.colorBy === 'source';
  return ctx.input.stakeholders.map((sh, s) => {
    const links = ctx.cellLinks.filter((c) => c.s === s);
    const color = shIdentity ? stakeholderColor(s) : SECTOR_COLORS[sh.sector];
    const legend = shIdentity
      ? { group: 'stakeholder' as const, key: sh.key, color }
      : { group: 'sector' as const, key: sh.sector, color };
    return {
      id: stakeholderId(sh.key),
      kind: 'stakeholder' as const,
      key: sh.key,
      name: sh.name,
      column: ctx.shColumn,
      value: sum(links.map(ctx.valueOf)),
      raw: sum(links.map((c) => c.raw)),
      cells: links.length,
      unknown: shUnknown[s]!,
      color,
      legend,
      sortKey: options.showSectors ? SECTOR_GROUPS.indexOf(sh.sector) : 0,
      index: s,
    };
  });
}

function buildSectorNodes(ctx: GraphContext, shNodes: readonly UnrankedNode[]): UnrankedNode[] {
  const { stakeholders } = ctx.input;
  const sectors = SECTOR_GROUPS.filter((g) => stakeholders.some((sh) => sh.sector === g));
  return sectors.map((g, i) => {
    const members = shNodes.filter((n) => stakeholders[n.index]!.sector === g);
    const color = SECTOR_COLORS[g];
    return {
      id: sectorId(g),
      kind: 'sector' as const,
      key: g,
      name: ctx.input.sectorNames[g],
      column: ctx.sectorColumn,
      value: sum(members.map((n) => n.value)),
      raw: sum(members.map((n) => n.raw)),
      cells: sum(members.map((n) => n.cells)),
      unknown: sum(members.map((n) => n.unknown)),
      color,
      legend: { group: 'sector' as const, key: g, color },
      sortKey: i,
      index: i,
    };
  });
}

/** Orders each column (by flow when asked, else by X.1060 order or sector) and numbers its nodes. */
function rankColumns(
  ctx: GraphContext,
  rowNodes: readonly UnrankedNode[],
  shNodes: readonly UnrankedNode[],
  sectorNodes: readonly UnrankedNode[],
): GraphNode[][] {
  const byOrder = (a: UnrankedNode, b: UnrankedNode) =>
    (ctx.options.order === 'flow' ? b.value - a.value : 0) || a.sortKey - b.sortKey || a.index - b.index;
  const ranked = (nodes: readonly UnrankedNode[]): GraphNode[] =>
    [...nodes].sort(byOrder).map(({ sortKey: _s, index: _i, ...n }, rank) => ({ ...n, rank }));
  const columns: GraphNode[][] = Array.from({ length: ctx.options.showSectors ? 3 : 2 }, () => []);
  columns[ctx.rowColumn] = ranked(rowNodes);
  columns[ctx.shColumn] = ranked(shNodes);
  if (ctx.options.showSectors) columns[ctx.sectorColumn] = ranked(sectorNodes);
  return columns;
}

type LinkColor = (source: string, sector: SectorGroup) => string;

/** One link per drawn cell, between its row and its stakeholder. */
function flowLinks(ctx: GraphContext, linkColor: LinkColor): GraphLink[] {
  const { rows, stakeholders } = ctx.input;
  return ctx.cellLinks.map((c) => {
    const row = rows[c.r]!;
    const sh = stakeholders[c.s]!;
    const [source, target] = ctx.reverse
      ? [stakeholderId(sh.key), rowId(row.key)]
      : [rowId(row.key), stakeholderId(sh.key)];
    return {
      id: `l:${row.key}|${sh.key}`,
      source,
      target,
      stage: ctx.reverse ? ctx.rowColumn - 1 : 0,
      value: ctx.valueOf(c),
      raw: c.raw,
      shareOfRow: c.raw / ctx.rowRaw[c.r]!,
      rowKey: row.key,
      stakeholderKey: sh.key,
      sector: sh.sector,
      color: linkColor(source, sh.sector),
    };
  });
}

/** One link per stakeholder with any flow, between it and its sector. */
function sectorLinks(ctx: GraphContext, shNodes: readonly UnrankedNode[], linkColor: LinkColor): GraphLink[] {
  const links: GraphLink[] = [];
  for (const n of shNodes) {
    if (n.value <= 0) continue;
    const sector = ctx.input.stakeholders[n.index]!.sector;
    const [source, target] = ctx.reverse ? [sectorId(sector), n.id] : [n.id, sectorId(sector)];
    links.push({
      id: `l:${n.key}|${sector}`,
      source,
      target,
      stage: ctx.reverse ? 0 : 1,
      value: n.value,
      raw: n.raw,
      stakeholderKey: n.key,
      sector,
      color: linkColor(source, sector),
    });
  }
  return links;
}

/** Sorts every cell into a drawn link, not involved (blank or 0), below the minimum, or unknown (counted per row and stakeholder). */
function classifyCells(input: SankeyInput, options: SankeyOptions) {
  const { rows, stakeholders } = input;
  let notInvolved = 0;
  let belowMin = 0;
  const unknownCells: string[] = [];
  const rowUnknown = rows.map(() => 0);
  const shUnknown = stakeholders.map(() => 0);
  const cellLinks: { r: number; s: number; raw: number }[] = [];
  rows.forEach((row, r) => {
    stakeholders.forEach((sh, s) => {
      const score = input.values[r]?.[s] ?? null;
      if (score === 'unknown') {
        unknownCells.push(`${rowLabel(row)} → ${sh.name}`);
        rowUnknown[r]!++;
        shUnknown[s]!++;
      } else if (score === null || score <= 0) notInvolved++;
      else if (score < options.minScore) belowMin++;
      else cellLinks.push({ r, s, raw: score });
    });
  });
  return { cellLinks, notInvolved, belowMin, unknownCells, rowUnknown, shUnknown };
}

/** "D Incident response" for X.1060 rows, the label alone for custom rows. */
export function rowLabel(row: { id?: string; name: string }): string {
  return row.id ? `${row.id} ${row.name}` : row.name;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
