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

/**
 * Turns a matrix into Sankey nodes and links: filters cells (0, blank, unknown and below-minimum
 * draw nothing), normalises rows, orders and colours nodes. Pure; no geometry.
 */
export function buildSankeyGraph(input: SankeyInput, options: SankeyOptions): SankeyGraph {
  const { rows, stakeholders } = input;
  const reverse = options.direction === 'reverse';
  const { cellLinks, notInvolved, belowMin, unknownCells, rowUnknown, shUnknown } = classifyCells(input, options);

  const rowRaw = rows.map(() => 0);
  for (const c of cellLinks) rowRaw[c.r]! += c.raw;
  const valueOf = (c: { r: number; raw: number }) => (options.normalise ? (c.raw / rowRaw[c.r]!) * 100 : c.raw);

  const shColumn = reverse ? (options.showSectors ? 1 : 0) : 1;
  const rowColumn = reverse ? shColumn + 1 : 0;
  const sectorColumn = reverse ? 0 : 2;
  const shIdentity = reverse && options.colorBy === 'source';

  const rowNodes = rows.map((row, r) => {
    const links = cellLinks.filter((c) => c.r === r);
    const color = row.category ? (CATEGORY_COLORS[row.category] ?? CUSTOM_ROW_COLOR) : CUSTOM_ROW_COLOR;
    return {
      id: rowId(row.key),
      kind: 'row' as const,
      key: row.key,
      name: rowLabel(row),
      column: rowColumn,
      value: sum(links.map(valueOf)),
      raw: rowRaw[r]!,
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
  const shNodes = stakeholders.map((sh, s) => {
    const links = cellLinks.filter((c) => c.s === s);
    const color = shIdentity ? stakeholderColor(s) : SECTOR_COLORS[sh.sector];
    const legend = shIdentity
      ? { group: 'stakeholder' as const, key: sh.key, color }
      : { group: 'sector' as const, key: sh.sector, color };
    return {
      id: stakeholderId(sh.key),
      kind: 'stakeholder' as const,
      key: sh.key,
      name: sh.name,
      column: shColumn,
      value: sum(links.map(valueOf)),
      raw: sum(links.map((c) => c.raw)),
      cells: links.length,
      unknown: shUnknown[s]!,
      color,
      legend,
      sortKey: options.showSectors ? SECTOR_GROUPS.indexOf(sh.sector) : 0,
      index: s,
    };
  });
  const sectors = SECTOR_GROUPS.filter((g) => stakeholders.some((sh) => sh.sector === g));
  const sectorNodes = options.showSectors
    ? sectors.map((g, i) => {
        const members = shNodes.filter((n) => stakeholders[n.index]!.sector === g);
        const color = SECTOR_COLORS[g];
        return {
          id: sectorId(g),
          kind: 'sector' as const,
          key: g,
          name: input.sectorNames[g],
          column: sectorColumn,
          value: sum(members.map((n) => n.value)),
          raw: sum(members.map((n) => n.raw)),
          cells: sum(members.map((n) => n.cells)),
          unknown: sum(members.map((n) => n.unknown)),
          color,
          legend: { group: 'sector' as const, key: g, color },
          sortKey: i,
          index: i,
        };
      })
    : [];

  const byOrder = (a: { sortKey: number; index: number; value: number }, b: typeof a) =>
    (options.order === 'flow' ? b.value - a.value : 0) || a.sortKey - b.sortKey || a.index - b.index;
  const ranked = <T extends { sortKey: number; index: number; value: number }>(
    nodes: T[],
  ): (Omit<T, 'sortKey' | 'index'> & { rank: number })[] =>
    [...nodes].sort(byOrder).map(({ sortKey: _s, index: _i, ...n }, rank) => ({ ...n, rank }));

  const columnCount = options.showSectors ? 3 : 2;
  const columns: GraphNode[][] = Array.from({ length: columnCount }, () => []);
  columns[rowColumn] = ranked(rowNodes);
  columns[shColumn] = ranked(shNodes);
  if (options.showSectors) columns[sectorColumn] = ranked(sectorNodes);

  const nodeColor = new Map(columns.flat().map((n) => [n.id, n.color]));
  const linkColor = (source: string, sector: SectorGroup) =>
    options.colorBy === 'sector' ? SECTOR_COLORS[sector] : nodeColor.get(source)!;
  const links: GraphLink[] = cellLinks.map((c) => {
    const row = rows[c.r]!;
    const sh = stakeholders[c.s]!;
    const [source, target] = reverse
      ? [stakeholderId(sh.key), rowId(row.key)]
      : [rowId(row.key), stakeholderId(sh.key)];
    return {
      id: `l:${row.key}|${sh.key}`,
      source,
      target,
      stage: reverse ? rowColumn - 1 : 0,
      value: valueOf(c),
      raw: c.raw,
      shareOfRow: c.raw / rowRaw[c.r]!,
      rowKey: row.key,
      stakeholderKey: sh.key,
      sector: sh.sector,
      color: linkColor(source, sh.sector),
    };
  });
  if (options.showSectors) {
    for (const n of shNodes) {
      if (n.value <= 0) continue;
      const sector = stakeholders[n.index]!.sector;
      const [source, target] = reverse ? [sectorId(sector), n.id] : [n.id, sectorId(sector)];
      links.push({
        id: `l:${n.key}|${sector}`,
        source,
        target,
        stage: reverse ? 0 : 1,
        value: n.value,
        raw: n.raw,
        stakeholderKey: n.key,
        sector,
        color: linkColor(source, sector),
      });
    }
  }
  const summary: SankeySummary = {
    drawn: cellLinks.length,
    notInvolved,
    belowMin,
    unknown: unknownCells.length,
    unknownCells,
    total: sum(cellLinks.map(valueOf)),
  };
  return { columns, links, summary };
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
