import type { RoleMatrix, Score } from '../domain/matrix';
import type { ImportResult } from './import-types';

/** How the cells a long file does not list are read: not involved (blank, as read) or unknown. */
export type UnlistedAs = 'blank' | 'unknown';

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
  return { ...result, matrices };
}
