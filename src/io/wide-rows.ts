// A data row of a wide file: whether it is refused (a stray value, no label, a totals row, extra or
// missing cells) and, if not, its scores read into the matrix under the stakeholder columns.
import { isTotalsName } from './header-names';
import type { ImportProblem } from './import-types';
import type { MatrixBuilder } from './matrix-builder';
import { problem } from './problems';
import { readScore, scoreParams } from './score-text';
import type { WideColumn } from './wide-columns';

/** Where a data row's cells stand against the header, and how a cell reads. */
export interface WideRowContext {
  readonly labelCol: number;
  /** Columns under a header name (stakeholders and skipped ones). */
  readonly named: ReadonlySet<number>;
  readonly header: readonly string[];
  readonly headerLine: number;
  /** Columns up to the header's last name. */
  readonly width: number;
  readonly delimiter: string;
  readonly cell: (column: number) => string;
}

/** Why a data row is not read (a stray value, no label, a totals row, extra or missing cells), if it is not. */
export function refusedRow(
  row: readonly string[],
  line: number,
  label: string,
  ctx: WideRowContext,
): ImportProblem | undefined {
  const { labelCol, named, header, headerLine, width, delimiter, cell } = ctx;
  const stray = row.findIndex((v, c) => c > labelCol && !named.has(c) && v.trim() !== '');
  if (stray >= 0) {
    return problem('error', 'beyond-header', { line, column: stray }, { value: cell(stray), headerLine });
  }
  if (label === '') return problem('error', 'no-label', { line, column: labelCol });
  if (isTotalsName(label)) {
    return problem('warning', 'totals-row', { line, column: labelCol }, { name: label });
  }
  // In a comma file a row longer than its header hides an unquoted comma ("7,5" read as 7 and 5).
  if (delimiter === ',' && row.length > header.length) {
    return problem(
      'error',
      'extra-fields',
      { line, column: header.length },
      { fields: row.length, width: header.length, headerLine },
    );
  }
  if (row.length < width) {
    return problem('error', 'ragged-row', { line }, { cells: row.length, width, headerLine });
  }
  return undefined;
}

/** Reads a row's scores under its stakeholder columns into the builder; a cell that is no score is a problem. */
export function readRowScores(
  b: MatrixBuilder,
  at: number,
  row: readonly string[],
  line: number,
  columns: readonly WideColumn[],
  decimalComma: boolean,
  problems: ImportProblem[],
  thousandsPoint = false,
): void {
  for (const col of columns) {
    const reading = readScore(row[col.index] ?? '', decimalComma, thousandsPoint);
    if (!reading.ok) {
      problems.push(
        problem('error', reading.code, { line, column: col.index, columnName: col.name }, scoreParams(reading)),
      );
      continue;
    }
    b.set(at, col.at, reading.score);
  }
}
