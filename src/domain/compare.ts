import { effectiveScore, type MatrixRow, type RoleMatrix, type Score, type Stakeholder } from './matrix';
import { STANDARD_STAKEHOLDERS } from './stakeholders';
import { x1060Order } from './taxonomy-x1060';

/** A cell of an aligned matrix: the country's score, or 'absent' when it has no such row or stakeholder. */
export type AlignedScore = Score | 'absent';

/** One country's cells laid over the union of rows and stakeholders. */
export interface AlignedCountry {
  readonly matrix: RoleMatrix;
  /** cells[row][stakeholder] over the union; 'absent' is never read as 0. */
  readonly cells: readonly (readonly AlignedScore[])[];
}

/** Several countries on one grid: the union of their rows and of their stakeholders. */
export interface AlignedMatrices {
  readonly rows: readonly MatrixRow[];
  readonly stakeholders: readonly Stakeholder[];
  readonly countries: readonly AlignedCountry[];
}

const standardRank = new Map(STANDARD_STAKEHOLDERS.map((t, i) => [t.id, i]));

/**
 * Aligns matrices row by row and column by column. Rows are the union of their keys in X.1060
 * order, custom rows after in order of first appearance; stakeholders likewise in the order of the
 * ten standard types, custom ones after. Custom rows and stakeholders meet by key, so "Ministry of
 * ICT" in two files is one column.
 */
export function alignMatrices(matrices: readonly RoleMatrix[]): AlignedMatrices {
  const rows = unionBy(
    matrices.flatMap((m) => m.rows),
    (r) => x1060Order(r.x1060Id),
  );
  const stakeholders = unionBy(
    matrices.flatMap((m) => m.stakeholders),
    (s) => (s.typeId !== undefined ? (standardRank.get(s.typeId) ?? Infinity) : Infinity),
  );
  const countries = matrices.map((matrix): AlignedCountry => {
    const rowAt = new Map(matrix.rows.map((r, i) => [r.key, i]));
    const colAt = new Map(matrix.stakeholders.map((s, i) => [s.key, i]));
    const cells = rows.map((r) => {
      const ri = rowAt.get(r.key);
      return stakeholders.map((s): AlignedScore => {
        const ci = colAt.get(s.key);
        return ri === undefined || ci === undefined ? 'absent' : (matrix.cells[ri]?.[ci] ?? null);
      });
    });
    return { matrix, cells };
  });
  return { rows, stakeholders, countries };
}

/** The first item of each key, stably sorted by rank (ties keep first-appearance order). */
function unionBy<T extends { readonly key: string }>(items: readonly T[], rank: (item: T) => number): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.key)) seen.set(item.key, item);
  const firsts = [...seen.values()];
  return firsts
    .map((item, i) => ({ item, i, r: rank(item) }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r < b.r ? -1 : 1))
    .map((x) => x.item);
}

/** Which side of a pair a mark is about. */
export type Side = 'a' | 'b' | 'both';

/** A cell of a difference A − B. Unknown and absent cells are marked, never computed. */
export type DiffCell =
  | { readonly kind: 'diff'; readonly a: number; readonly b: number; readonly value: number }
  | { readonly kind: 'unknown'; readonly side: Side }
  | { readonly kind: 'absent'; readonly side: Side };

/** Matrix A minus matrix B on their aligned grid, with counts for the legend. */
export interface MatrixDifference {
  readonly rows: readonly MatrixRow[];
  readonly stakeholders: readonly Stakeholder[];
  /** cells[row][stakeholder]. */
  readonly cells: readonly (readonly DiffCell[])[];
  /** equal: both involved to the same degree; neither: both blank or 0. */
  readonly counts: {
    readonly aHigher: number;
    readonly bHigher: number;
    readonly equal: number;
    readonly neither: number;
    readonly unknown: number;
    readonly absent: number;
  };
}

/**
 * A − B cell by cell on the union grid. Blank counts as 0 (not involved) on either side; a cell
 * where either side lacks the row or stakeholder is 'absent', else one where either side is
 * unknown is 'unknown'. A and B may be two countries or two versions of one ("to be" − "as is").
 */
export function diffMatrices(a: RoleMatrix, b: RoleMatrix): MatrixDifference {
  const aligned = alignMatrices([a, b]);
  const [ca, cb] = [aligned.countries[0]!.cells, aligned.countries[1]!.cells];
  const counts = { aHigher: 0, bHigher: 0, equal: 0, neither: 0, unknown: 0, absent: 0 };
  const cells = aligned.rows.map((_, r) =>
    aligned.stakeholders.map((_, c): DiffCell => {
      const cell = diffCell(ca[r]![c]!, cb[r]![c]!);
      if (cell.kind === 'diff') {
        if (cell.value > 0) counts.aHigher++;
        else if (cell.value < 0) counts.bHigher++;
        else if (cell.a === 0) counts.neither++;
        else counts.equal++;
      } else counts[cell.kind]++;
      return cell;
    }),
  );
  return { rows: aligned.rows, stakeholders: aligned.stakeholders, cells, counts };
}

/** The difference of two aligned cells. */
export function diffCell(a: AlignedScore, b: AlignedScore): DiffCell {
  if (a === 'absent' || b === 'absent') return { kind: 'absent', side: sideOf(a === 'absent', b === 'absent') };
  const va = effectiveScore(a);
  const vb = effectiveScore(b);
  if (va === null || vb === null) return { kind: 'unknown', side: sideOf(va === null, vb === null) };
  // Rounded to 1e-9 so that 7.3 − 2.1 prints as 5.2, not 5.199999999999999.
  return { kind: 'diff', a: va, b: vb, value: Math.round((va - vb) * 1e9) / 1e9 };
}

function sideOf(inA: boolean, inB: boolean): Side {
  return inA && inB ? 'both' : inA ? 'a' : 'b';
}

/**
 * The countries to compare: the chosen ids that still exist, in the chosen order; with no choice
 * made (null), the first `fallback` loaded countries.
 */
export function resolveCompareIds(
  matrices: readonly RoleMatrix[],
  chosen: readonly string[] | null,
  fallback = 3,
): string[] {
  const ids = new Set(matrices.map((m) => m.id));
  if (chosen === null) return matrices.slice(0, fallback).map((m) => m.id);
  return chosen.filter((id, i) => ids.has(id) && chosen.indexOf(id) === i);
}

/** The matrices of the difference: the stored choice where it still exists, else the first two compared. */
export function resolveDiffPair(
  matrices: readonly RoleMatrix[],
  compared: readonly string[],
  a: string | null,
  b: string | null,
): [RoleMatrix | undefined, RoleMatrix | undefined] {
  const find = (id: string | null | undefined) => (id ? matrices.find((m) => m.id === id) : undefined);
  const fallback = [...compared, ...matrices.map((m) => m.id)];
  const ma = find(a) ?? find(fallback[0]);
  const mb = find(b) ?? find(fallback.find((id) => id !== ma?.id));
  return [ma, mb];
}
