import { effectiveScore, type RoleMatrix, type Score } from './matrix';
import { categoryOf, CATEGORY_IDS, type CategoryId } from './taxonomy-x1060';

/** How service scores combine into a category score. */
export type RollupRule = 'max' | 'mean';

/** A category's combined score for one stakeholder, with what it was made from. */
export interface RolledCell {
  /** Combined score of the known cells; 'unknown' only when every cell is unknown. */
  readonly score: Score;
  /** How many of the rows combined were unknown (left out of the combination, never read as 0). */
  readonly unknown: number;
  /** How many rows were combined. */
  readonly of: number;
}

/** One category with the indices of the matrix rows (category row and/or services) it combines. */
export interface CategoryGroup {
  readonly category: CategoryId;
  readonly rowIndices: readonly number[];
}

/** Groups a matrix's X.1060 rows by category, in X.1060 order; custom rows are returned apart. */
export function groupRowsByCategory(m: RoleMatrix): { groups: CategoryGroup[]; customRows: number[] } {
  const byCat = new Map<CategoryId, number[]>();
  const customRows: number[] = [];
  m.rows.forEach((row, i) => {
    const cat = row.x1060Id ? categoryOf(row.x1060Id) : undefined;
    if (!cat) customRows.push(i);
    else byCat.set(cat, [...(byCat.get(cat) ?? []), i]);
  });
  const groups = CATEGORY_IDS.filter((c) => byCat.has(c)).map((category) => ({
    category,
    rowIndices: byCat.get(category)!,
  }));
  return { groups, customRows };
}

/**
 * Combines rows of one stakeholder column. Unknown cells are left out and counted; no known cell gives
 * 'unknown'; every known cell blank gives blank; otherwise max / mean of the known cells, blank as 0.
 */
export function rollUpCells(cells: readonly Score[], rule: RollupRule): RolledCell {
  const known: number[] = [];
  let unknown = 0;
  let anyScored = false;
  for (const s of cells) {
    const v = effectiveScore(s);
    if (v === null) unknown++;
    else known.push(v);
    if (typeof s === 'number') anyScored = true;
  }
  if (known.length === 0) return { score: cells.length === 0 ? null : 'unknown', unknown, of: cells.length };
  // Known cells that are all blank stay blank: reading them as 0 would invent an involvement score.
  if (!anyScored) return { score: null, unknown, of: cells.length };
  const score = rule === 'max' ? Math.max(...known) : known.reduce((a, b) => a + b, 0) / known.length;
  return { score, unknown, of: cells.length };
}

/**
 * The matrix with its X.1060 rows combined into one row per category (in X.1060 order, by `rule`,
 * unknowns left out as in rollUpCells); custom rows follow unchanged. Notes are not carried over.
 */
export function rollUpMatrix(m: RoleMatrix, rule: RollupRule): RoleMatrix {
  const { groups, customRows } = groupRowsByCategory(m);
  const rows = [
    ...groups.map((g) => ({ key: g.category, x1060Id: g.category, label: g.category })),
    ...customRows.map((i) => m.rows[i]!),
  ];
  const cells = [
    ...groups.map((g) =>
      m.stakeholders.map(
        (_, c) =>
          rollUpCells(
            g.rowIndices.map((i) => m.cells[i]?.[c] ?? null),
            rule,
          ).score,
      ),
    ),
    ...customRows.map((i) => m.cells[i]!),
  ];
  const { notes: _notes, rowNotes: _rowNotes, ...rest } = m;
  return { ...rest, rows, cells };
}
