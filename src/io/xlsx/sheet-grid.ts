// A sheet turned into what the CSV readers take: rows of strings starting at column A, each with
// its Excel row number as its "line", so that every problem they find names the cell. What only a
// workbook has is dealt with here: formulas without a saved value, merged header bands, a column
// of row rationales, and the notes (comments) kept aside to be placed on the cells afterwards.
import { foldName } from '../../domain/stakeholders';
import type { TextGrid } from '../csv-grid';
import type { ImportProblem } from '../import-types';
import { problem } from '../problems';
import { guardCell } from '../score-text';
import type { CellRange, SheetCell } from './sheet-xml';
import type { WorkbookSheet } from './workbook-read';

/** What a sheet gives the readers, and what it holds beside. */
export interface SheetGrid {
  /** Rows from column A; lines are the rows' numbers; tab as the delimiter, so decimal commas read. */
  readonly grid: TextGrid;
  /** Formulas without values, formula errors, bands of group headings. */
  readonly problems: ImportProblem[];
  /** Rationales by row number, from a column headed "rationale" (taken out of the grid). */
  readonly rationales: ReadonlyMap<number, string>;
}

/** The heading of the column of X.1060 names in this app's own country sheets. */
export const OWN_NAME_COLUMN = 'name';

/** The most cells a sheet's rows may span, blank ones included (rows with a value × the widest row). */
export const MAX_SHEET_AREA = 5_000_000;

// Headings of a column of row rationales: this app's own export writes "rationale".
const RATIONALE_NAMES = new Set(
  ['rationale', 'rationales', 'rationale / sources', 'rowrationale', '根拠'].map(foldName),
);

/**
 * The grid of a sheet. `guard` (this app's own workbooks) writes text as the CSV export does, so
 * that the readers give it back exactly (their guard removal), leading and trailing spaces kept.
 */
export function sheetGrid(sheet: WorkbookSheet, guard: boolean): SheetGrid {
  const problems: ImportProblem[] = [];
  const rows = new Map<number, string[]>();
  const put = (row: number, col: number, text: string) => {
    let r = rows.get(row);
    if (!r) rows.set(row, (r = []));
    while (r.length < col) r.push('');
    r[col] = text;
  };
  for (const cell of sheet.cells) {
    const bad = cellProblem(cell);
    if (bad) problems.push(bad);
    put(cell.row, cell.col, bad ? '' : guard && cell.kind === 'text' ? guardCell(cell.text) : cell.text);
  }
  const firstNumberRow = Math.min(...sheet.cells.filter((c) => c.kind === 'number').map((c) => c.row), Infinity);
  moveMergedLabelsDown(sheet.merges, rows, firstNumberRow);
  dropBands(sheet.merges, rows, firstNumberRow, problems, sheet.name);
  const rationales = takeRationales(rows, firstNumberRow);
  // This app's own sheets name each X.1060 row in column B: that is no data (and no warning).
  if (guard && rows.get(1)?.[1] === OWN_NAME_COLUMN) for (const r of rows.values()) if (r.length > 1) r[1] = '';
  const numbers = [...rows.keys()].sort((a, b) => a - b);
  // Every row as wide as the widest, as a CSV line keeps its separators: a short row means no lost cell here.
  const width = Math.max(0, ...[...rows.values()].map((r) => r.length));
  if (numbers.length * width > MAX_SHEET_AREA) {
    const params = { rows: numbers.length, columns: width, limit: MAX_SHEET_AREA };
    problems.push(problem('error', 'xlsx-refused', {}, params));
    rows.clear();
  }
  for (const r of rows.values()) while (r.length < width) r.push('');
  const grid: TextGrid = {
    rows: numbers.filter((n) => rows.has(n)).map((n) => rows.get(n)!),
    lines: numbers.filter((n) => rows.has(n)),
    delimiter: '\t',
    parseErrors: [],
  };
  return { grid, problems, rationales };
}

/** The error of a formula cell with no saved value or with an error value; undefined for a good cell. */
function cellProblem(cell: SheetCell): ImportProblem | undefined {
  const at = { line: cell.row, column: cell.col };
  if (cell.kind === 'no-value') return problem('error', 'xlsx-no-value', at, { formula: cell.formula ?? '' });
  if (cell.kind === 'error') return problem('error', 'xlsx-formula-error', at, { value: cell.text });
  return undefined;
}

/**
 * A heading merged down over rows above the first scores ("Service" over two header rows) is read
 * on the merge's last row, where the stakeholder names stand.
 */
function moveMergedLabelsDown(merges: readonly CellRange[], rows: Map<number, string[]>, firstNumberRow: number): void {
  for (const m of merges) {
    if (m.r2 <= m.r1 || m.r2 >= firstNumberRow) continue;
    const top = rows.get(m.r1);
    const text = top?.[m.c1] ?? '';
    if (!top || text === '') continue;
    top[m.c1] = '';
    let bottom = rows.get(m.r2);
    if (!bottom) rows.set(m.r2, (bottom = []));
    while (bottom.length < m.c1) bottom.push('');
    if ((bottom[m.c1] ?? '') === '') bottom[m.c1] = text;
  }
}

/**
 * Rows above the first scores whose every value heads a merged span of columns ("Government" over
 * three stakeholders, "Private sector" over four) are bands of group headings, not titles or names:
 * they are left out, with a warning naming the row.
 */
function dropBands(
  merges: readonly CellRange[],
  rows: Map<number, string[]>,
  firstNumberRow: number,
  problems: ImportProblem[],
  sheet: string,
): void {
  const spans = new Set(merges.filter((m) => m.c2 > m.c1).map((m) => `${m.r1}:${m.c1}`));
  for (const [n, row] of rows) {
    if (n >= firstNumberRow) continue;
    const filled = row.map((v, c) => [v, c] as const).filter(([v]) => v.trim() !== '');
    if (filled.length === 0 || !filled.every(([, c]) => spans.has(`${n}:${c}`))) continue;
    // A band with one heading over the whole width is a title: the readers keep titles as provenance.
    if (filled.length === 1 && filled[0]![1] === 0) continue;
    const texts = filled.map(([v]) => v.trim()).join(', ');
    problems.push(problem('warning', 'xlsx-band', { line: n }, { row: n, texts, sheet }));
    rows.delete(n);
  }
}

/** Takes a column headed "rationale" (above the first scores) out of the rows: its texts by row number. */
function takeRationales(rows: Map<number, string[]>, firstNumberRow: number): Map<number, string> {
  const out = new Map<number, string>();
  let at: { row: number; col: number } | undefined;
  for (const [n, row] of rows) {
    if (n >= firstNumberRow) continue;
    const col = row.findIndex((v) => RATIONALE_NAMES.has(foldName(v.replace(/^'/, ''))));
    if (col >= 0 && (!at || n > at.row)) at = { row: n, col };
  }
  if (!at) return out;
  for (const [n, row] of rows) {
    const text = row[at.col] ?? '';
    if (n > at.row && text !== '') out.set(n, text);
    if (at.col < row.length) row[at.col] = '';
  }
  return out;
}
