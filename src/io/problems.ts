import type { ProblemParams } from '../domain/problem-codes';
import type { ImportProblem, ImportResult, ProblemCode } from './import-types';

/** Where a problem is: a 1-based line and a 0-based column index with its header. */
export interface ProblemAt {
  readonly line?: number;
  readonly column?: number;
  readonly columnName?: string;
}

/**
 * Builds a problem: its kind and the values it names, which src/i18n words in each language (io holds
 * no sentences). The column given 0-based is stored 1-based as people count.
 */
export function problem(
  severity: ImportProblem['severity'],
  code: ProblemCode,
  at: ProblemAt = {},
  params: ProblemParams = {},
): ImportProblem {
  return {
    severity,
    code,
    params,
    ...(at.line !== undefined ? { line: at.line } : {}),
    ...(at.column !== undefined ? { column: at.column + 1 } : {}),
    ...(at.columnName ? { columnName: at.columnName } : {}),
  };
}

/** The result of a file refused whole by one error, before anything of it was read. */
export function refusedFile(fileName: string, code: ProblemCode, params: ProblemParams = {}): ImportResult {
  return { fileName, format: 'none', matrices: [], problems: [problem('error', code, {}, params)] };
}

/** What a thrown value says (the reader's own words, carried as data). */
export function thrownMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Whether any problem is an error. */
export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/**
 * How many errors a file has: those listed plus the ones the "… and N more" line stands for, and
 * whether that is a lower bound (reading stopped early after too many problems).
 */
export function errorCount(problems: readonly ImportProblem[]): { readonly count: number; readonly atLeast: boolean } {
  let count = 0;
  let atLeast = false;
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    if (p.code !== 'more-errors') count++;
    else {
      count += Number(p.params.n ?? 0);
      atLeast ||= p.params.stoppedAt !== undefined;
    }
  }
  return { count, atLeast };
}
