import type { RoleMatrix } from './matrix';
import { rollUpMatrix, type RollupRule } from './rollup';

/** How Compare lines countries up: 'auto' rolls up only when their granularities differ. */
export type CompareGranularity = 'auto' | 'as-is' | 'category';

/** What Compare actually draws once 'auto' is resolved. */
export type ResolvedGranularity = 'as-is' | 'category';

/** Whether a matrix has X.1060 service rows ("D-2"), which roll up into their category. */
export function hasServiceRows(m: RoleMatrix): boolean {
  return m.rows.some((r) => r.x1060Id?.includes('-') === true);
}

/** Whether a matrix has X.1060 rows that are categories ("D"). */
function hasCategoryRows(m: RoleMatrix): boolean {
  return m.rows.some((r) => r.x1060Id !== undefined && !r.x1060Id.includes('-'));
}

/**
 * Whether the countries are scored at different granularities: one has services where another has
 * only categories, so aligned as they are their rows never meet (64 services beside 9 categories).
 */
export function mixedGranularity(matrices: readonly RoleMatrix[]): boolean {
  const withServices = matrices.filter(hasServiceRows);
  return withServices.length > 0 && matrices.some((m) => !hasServiceRows(m) && hasCategoryRows(m));
}

/** 'auto' becomes per category when the countries differ in granularity, as they are otherwise. */
export function resolveGranularity(setting: CompareGranularity, matrices: readonly RoleMatrix[]): ResolvedGranularity {
  if (setting !== 'auto') return setting;
  return mixedGranularity(matrices) ? 'category' : 'as-is';
}

// Metrics and differences are cached per matrix object: the same rolled-up matrix must come back for
// the same (matrix, rule), or every render would recompute them.
const rolled: Record<RollupRule, WeakMap<RoleMatrix, RoleMatrix>> = { max: new WeakMap(), mean: new WeakMap() };

/** A matrix per category by `rule`, the same object for the same (matrix, rule); unchanged without services. */
export function perCategory(m: RoleMatrix, rule: RollupRule): RoleMatrix {
  if (!hasServiceRows(m)) return m;
  let r = rolled[rule].get(m);
  if (!r) rolled[rule].set(m, (r = rollUpMatrix(m, rule)));
  return r;
}

/** The countries as Compare draws them: as they are, or each with services rolled up per category. */
export function matricesForCompare(
  matrices: readonly RoleMatrix[],
  granularity: ResolvedGranularity,
  rule: RollupRule,
): RoleMatrix[] {
  return granularity === 'category' ? matrices.map((m) => perCategory(m, rule)) : [...matrices];
}

/**
 * Whether "players per row" and row counts compare unlike rows: shown as they are, some countries
 * have a different number of X.1060 rows (9 categories against 64 services).
 */
export function rowCountsDiffer(matrices: readonly RoleMatrix[]): boolean {
  return new Set(matrices.map((m) => m.rows.length)).size > 1;
}

/** The two matrices of a difference as Compare draws them, and the granularity they are drawn at. */
export function pairForCompare(
  a: RoleMatrix,
  b: RoleMatrix,
  setting: CompareGranularity,
  rule: RollupRule,
): { readonly a: RoleMatrix; readonly b: RoleMatrix; readonly granularity: ResolvedGranularity } {
  const granularity = resolveGranularity(setting, [a, b]);
  const [ra, rb] = matricesForCompare([a, b], granularity, rule);
  return { a: ra!, b: rb!, granularity };
}
