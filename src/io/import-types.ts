import type { RoleMatrix } from '../domain/matrix';

/** Something wrong or noteworthy in an imported file, located as precisely as we can. */
export interface ImportProblem {
  readonly severity: 'error' | 'warning';
  /** 1-based line in the source file. */
  readonly line?: number;
  /** 1-based column in the source file. */
  readonly column?: number;
  /** The column's header, when it has one. */
  readonly columnName?: string;
  readonly message: string;
}

/** What reading one file gave: matrices only when it has no error. */
export interface ImportResult {
  readonly fileName: string;
  readonly format: 'long' | 'wide' | 'none';
  /** Empty whenever problems holds an error: a file with errors is rejected whole. */
  readonly matrices: RoleMatrix[];
  readonly problems: ImportProblem[];
}

/** Where a problem is, in words: "line 5, column 3 (C, PSIRT)". */
export function locateProblem(p: ImportProblem): string {
  const parts: string[] = [];
  if (p.line !== undefined) parts.push(`line ${p.line}`);
  if (p.column !== undefined) {
    const name = p.columnName ? `, ${p.columnName}` : '';
    parts.push(`column ${p.column} (${columnLetterOf(p.column)}${name})`);
  }
  return parts.join(', ');
}

/** A problem as one sentence for a person: "line 5, column 3 (C, PSIRT): …". */
export function describeProblem(p: ImportProblem): string {
  const where = locateProblem(p);
  return where ? `${where}: ${p.message}` : p.message;
}

function columnLetterOf(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
