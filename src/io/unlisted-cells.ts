import type { RoleMatrix, Score } from '../domain/matrix';
import type { ImportProblem, ImportResult } from './import-types';
import { problem } from './problems';

/** How the cells a long file does not list are read: not involved (blank, as read) or unknown. */
export type UnlistedAs = 'blank' | 'unknown';

/** The warning that says how many cells no line gives, and how they were read. */
export function unlistedProblem(n: number, as: UnlistedAs): ImportProblem {
  return problem('warning', 'unlisted-cells', {}, { n, as });
}

/** How many cells of a result no line of its file gives. */
export function unlistedCount(result: ImportResult): number {
  return result.unlisted?.length ?? 0;
}

/** The result with its unlisted cells read as chosen (blank is how they were read). */
export function readUnlistedAs(result: ImportResult, as: UnlistedAs): ImportResult {
  const unlisted = result.unlisted;
  if (as === 'blank' || !unlisted || unlisted.length === 0) return result;
  const cells = new Map<number, Score[][]>();
  for (const [m, r, c] of unlisted) {
    const matrix = result.matrices[m];
    if (!matrix) continue;
    let copy = cells.get(m);
    if (!copy) cells.set(m, (copy = matrix.cells.map((row) => [...row])));
    copy[r]![c] = 'unknown';
  }
  const matrices = result.matrices.map((m, i): RoleMatrix => (cells.has(i) ? { ...m, cells: cells.get(i)! } : m));
  // The warning, and so the status after the import, says how they were read.
  const problems = result.problems.map((p) => (p.code === 'unlisted-cells' ? unlistedProblem(unlisted.length, as) : p));
  return { ...result, matrices, problems };
}
