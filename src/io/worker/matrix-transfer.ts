import type { RoleMatrix, Score } from '../../domain/matrix';

/** A matrix without its cells, and where its scores start in the shared score array. */
export interface MatrixHead extends Omit<RoleMatrix, 'cells'> {
  /** Index of cells[0][0] in PackedMatrices.scores; the cells follow row by row. */
  readonly offset: number;
}

/**
 * Matrices packed for postMessage: the scores of all of them in one Float64Array (transferable,
 * so they cross threads without a copy) and everything else as small plain objects.
 */
export interface PackedMatrices {
  readonly heads: MatrixHead[];
  /** Row-major cells of every matrix; NaN = blank, -Infinity = unknown, else the score. */
  readonly scores: Float64Array;
}

// Scores are finite (0–10), so two non-finite values are free to stand for blank and unknown.
const BLANK = NaN;
const UNKNOWN = -Infinity;

/** Packs matrices for transfer; throws on a non-finite score, which no valid matrix holds. */
export function encodeMatrices(matrices: readonly RoleMatrix[]): PackedMatrices {
  let total = 0;
  for (const m of matrices) for (const row of m.cells) total += row.length;
  const scores = new Float64Array(total);
  let at = 0;
  const heads = matrices.map(({ cells, ...head }): MatrixHead => {
    const offset = at;
    for (const row of cells) {
      for (const s of row) scores[at++] = encodeScore(s);
    }
    return { ...head, offset };
  });
  return { heads, scores };
}

function encodeScore(s: Score): number {
  if (s === null) return BLANK;
  if (s === 'unknown') return UNKNOWN;
  if (!Number.isFinite(s)) throw new RangeError(`invalid score: ${s}`);
  return s;
}

/** Unpacks one matrix; cells has the shape rows × stakeholders. */
export function decodeMatrix(packed: PackedMatrices, index: number): RoleMatrix {
  const { offset, id, country, rows, stakeholders, ...rest } = packed.heads[index]!;
  const { scores } = packed;
  const width = stakeholders.length;
  const cells: Score[][] = new Array<Score[]>(rows.length);
  for (let r = 0; r < cells.length; r++) {
    const row: Score[] = new Array<Score>(width);
    const start = offset + r * width;
    for (let c = 0; c < width; c++) {
      const v = scores[start + c]!;
      row[c] = v === UNKNOWN ? 'unknown' : v !== v ? null : v;
    }
    cells[r] = row;
  }
  // The keys keep the order MatrixBuilder gives them, so that serialised matrices read alike.
  return { id, country, rows, stakeholders, cells, ...rest };
}

/** Unpacks every matrix at once (small results, tests). */
export function decodeMatrices(packed: PackedMatrices): RoleMatrix[] {
  return packed.heads.map((_, i) => decodeMatrix(packed, i));
}

/**
 * Unpacks every matrix in slices of `batch`, yielding to the event loop between slices so that no
 * main-thread task runs long. Rejects with an AbortError when the signal fires.
 */
export async function decodeMatricesInSlices(
  packed: PackedMatrices,
  batch = 20,
  signal?: AbortSignal,
): Promise<RoleMatrix[]> {
  const out: RoleMatrix[] = [];
  for (let i = 0; i < packed.heads.length; i++) {
    if (i > 0 && i % batch === 0) {
      await yieldToPage();
      signal?.throwIfAborted();
    }
    out.push(decodeMatrix(packed, i));
  }
  return out;
}

/** Lets the page handle input and paint: scheduler.yield() where there is one, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}
