import { alignMatrices, diffCell } from '../compare';
import type { MatrixRow, RoleMatrix, Stakeholder } from '../matrix';

/** How one row differs between two countries. */
export interface RowDifference {
  readonly row: MatrixRow;
  /** Σ |a − b| over the row's comparable cells (blank = 0). */
  readonly distance: number;
  /** Cells compared (both sides known and present). */
  readonly compared: number;
  /** The cell with the largest |a − b|, first in column order when tied. */
  readonly largest?: { readonly stakeholder: Stakeholder; readonly a: number; readonly b: number };
}

/** How alike two countries divide their roles. */
export interface PairMetrics {
  /** Cosine of the score vectors over comparable cells; undefined when either vector is all 0. */
  readonly similarity: number | undefined;
  /** Cells where both sides are present and known. */
  readonly cellsCompared: number;
  /** Cells left out because either side is unknown. */
  readonly cellsUnknown: number;
  /** Cells left out because either side lacks the row or stakeholder. */
  readonly cellsAbsent: number;
  /** Rows both countries have, most different first (ties in row order). */
  readonly rows: readonly RowDifference[];
  /** Rows only one of the two has. */
  readonly rowsInOneOnly: readonly MatrixRow[];
}

/** Similarity and per-row differences of two countries on their aligned grid. Pure. */
export function comparePair(a: RoleMatrix, b: RoleMatrix): PairMetrics {
  const aligned = alignMatrices([a, b]);
  const [ca, cb] = [aligned.countries[0]!.cells, aligned.countries[1]!.cells];
  const aKeys = new Set(a.rows.map((r) => r.key));
  const bKeys = new Set(b.rows.map((r) => r.key));
  let dot = 0;
  let na = 0;
  let nb = 0;
  let cellsCompared = 0;
  let cellsUnknown = 0;
  let cellsAbsent = 0;
  const rows: (RowDifference & { index: number })[] = [];
  aligned.rows.forEach((row, r) => {
    let distance = 0;
    let compared = 0;
    let largest: RowDifference['largest'];
    aligned.stakeholders.forEach((stakeholder, c) => {
      const cell = diffCell(ca[r]![c]!, cb[r]![c]!);
      if (cell.kind === 'absent') return void cellsAbsent++;
      if (cell.kind === 'unknown') return void cellsUnknown++;
      cellsCompared++;
      compared++;
      dot += cell.a * cell.b;
      na += cell.a ** 2;
      nb += cell.b ** 2;
      distance += Math.abs(cell.value);
      if (!largest || Math.abs(cell.value) > Math.abs(largest.a - largest.b))
        largest = { stakeholder, a: cell.a, b: cell.b };
    });
    if (aKeys.has(row.key) && bKeys.has(row.key))
      rows.push({ row, distance, compared, ...(largest ? { largest } : {}), index: r });
  });
  const similarity = na > 0 && nb > 0 ? dot / (Math.sqrt(na) * Math.sqrt(nb)) : undefined;
  rows.sort((x, y) => y.distance - x.distance || x.index - y.index);
  return {
    similarity,
    cellsCompared,
    cellsUnknown,
    cellsAbsent,
    rows: rows.map(({ index: _index, ...rest }) => rest),
    rowsInOneOnly: aligned.rows.filter((r) => aKeys.has(r.key) !== bKeys.has(r.key)),
  };
}

/** The rows that differ most: the first `count` with a difference above 0. */
export function mostDifferentRows(pair: PairMetrics, count = 3): RowDifference[] {
  return pair.rows.filter((r) => r.distance > 0).slice(0, count);
}
