// Reads an Excel workbook (.xlsx) into one result per sheet, through the very readers of CSV files:
// each sheet becomes rows of strings whose line numbers are its row numbers (sheet-grid.ts), so the
// rules on scores, unknowns, headers, titles and notes are the CSV ones, and every problem names
// its sheet and cell ("sheet "Kenya", cell D7 (D-2 × NCSC): score 12 is outside 0–10").
import { WorkbookRefused } from './refusal';
import { isBlankRow } from '../csv-grid';
import { reject } from '../csv-import';
import { LongReader, type ReadOutcome } from '../csv-long';
import { findLongHeader } from '../long-header';
import { readWide } from '../csv-wide';
import { locateLabelColumn } from '../wide-layout';
import type { HeaderRemap } from '../header-names';
import type { ImportProblem, ImportResult, SheetOrigin, WorkbookSheetResult } from '../import-types';
import { hasErrors, problem, refusedFile, thrownMessage } from '../problems';
import { rowKeyAtLine, readSourcesSheet, withSheetDetails, type SourceLine, type WideLayout } from './sheet-details';
import { sheetGrid } from './sheet-grid';
import { LONG_SHEET, OWN_APPLICATION, SUMMARY_SHEETS, signedAsOwn } from './own-workbook';
import { readWorkbook, type Workbook, type WorkbookSheet } from './workbook-read';

const MAX_PROBLEMS = 100;

/** Reads a workbook's bytes: one result whose `sheets` are the sheets read as countries. Never throws. */
export function importWorkbook(fileName: string, bytes: Uint8Array, remap?: HeaderRemap): ImportResult {
  let book: Workbook;
  try {
    book = readWorkbook(bytes);
  } catch (e) {
    return refusedFile(
      fileName,
      'xlsx-refused',
      e instanceof WorkbookRefused ? { why: e.why, ...e.params } : { message: thrownMessage(e) },
    );
  }
  const own = book.application === OWN_APPLICATION || signedAsOwn(book.sheets);
  const sources = own ? readSourcesSheet(book.sheets.find((s) => s.name === 'sources')) : new Map<string, SourceLine>();
  const notRead: string[] = [];
  const results: ImportResult[] = [];
  for (const sheet of book.sheets) {
    const summary = own && (SUMMARY_SHEETS as readonly string[]).includes(sheet.name);
    // The summaries of this app's own workbook are expected: they are left out without a word.
    if (summary) continue;
    if (!sheet.worksheet || sheet.cells.length === 0) notRead.push(sheet.name);
    else results.push(readSheet(fileName, sheet, { own, remap, source: sources.get(sheet.name) }));
  }
  const problems = workbookProblems(book, notRead);
  if (results.length === 0) {
    problems.push(problem('error', 'xlsx-no-sheets'));
    return { fileName, format: 'none', matrices: [], problems };
  }
  const sheets = results.map(({ matrices, ...rest }): WorkbookSheetResult => ({
    ...rest,
    matrixCount: matrices.length,
  }));
  return { fileName, format: results[0]!.format, matrices: results.flatMap((r) => r.matrices), problems, sheets };
}

/** Warnings on the whole workbook: links to other workbooks, sheets not read. */
function workbookProblems(book: Workbook, notRead: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (book.externalLinks > 0) problems.push(problem('warning', 'xlsx-links', {}, { n: book.externalLinks }));
  if (notRead.length > 0) {
    const names = notRead.map((n) => `"${n}"`).join(', ');
    problems.push(problem('warning', 'xlsx-not-read', {}, { names }));
  }
  return problems;
}

/** How one sheet is read: whether the workbook is this app's own, the header choices, its provenance line. */
interface SheetOptions {
  readonly own: boolean;
  readonly remap: HeaderRemap | undefined;
  readonly source: SourceLine | undefined;
}

/** One sheet read as a long table or a wide country. */
export function readSheet(fileName: string, sheet: WorkbookSheet, o: SheetOptions): ImportResult {
  const sg = sheetGrid(sheet, o.own);
  const { grid } = sg;
  const name = `${fileName} › ${sheet.name}`;
  const country = o.source?.country ?? sheet.name;
  const header = findLongHeader(grid);
  const labelCol = locateLabelColumn(grid.rows);
  let read: ReadOutcome;
  if (header) {
    const long = new LongReader(grid.rows[header.index]!, grid.lines[header.index]!, header, {
      fileName: name,
      fallbackCountry: country,
      decimalComma: true,
      guarded: o.own,
      delimiter: '\t',
      remap: o.remap,
      maxProblems: MAX_PROBLEMS,
    });
    for (let r = 0; r < header.index; r++) if (!isBlankRow(grid.rows[r]!)) long.title(grid.rows[r]!, grid.lines[r]!);
    for (let r = header.index + 1; r < grid.rows.length; r++) long.add(grid.rows[r]!, grid.lines[r]!);
    read = long.finish();
  } else read = readWide(grid, name, country, o.remap, MAX_PROBLEMS, o.own);
  const layout: WideLayout = {
    sheetGrid: sg,
    labelCol,
    headers: read.headers,
    guarded: o.own,
    remap: o.remap,
    headerLine: read.headerLine,
  };
  const problems = [...sg.problems, ...read.problems];
  const matrices = header
    ? read.matrices
    : read.matrices.map((m) => withSheetDetails(m, sheet, layout, problems, o.source));
  const origin: SheetOrigin = {
    name: sheet.name,
    hidden: sheet.hidden,
    details: o.own,
    ...(sheet.hidden
      ? { skipped: 'hidden' as const }
      : o.own && sheet.name === LONG_SHEET
        ? { skipped: 'duplicate' as const }
        : {}),
  };
  const located = problems.map((p) => locate(p, sheet.name, header ? undefined : layout));
  const base = {
    fileName: name,
    format: header ? ('long' as const) : ('wide' as const),
    headers: read.headers,
    sheet: origin,
    ...(header?.note !== undefined ? { noteColumn: true } : {}),
  };
  if (hasErrors(located) || read.stoppedAt !== undefined)
    return { ...reject(name, base.format, located, read.stoppedAt), ...base, matrices: [] };
  if (matrices.length === 0) {
    located.push(problem('error', 'no-scores', {}, { of: 'sheet' }));
    return { ...base, matrices: [], problems: located.map((p) => ({ ...p, sheet: sheet.name })) };
  }
  return { ...base, matrices, problems: located, ...(read.unlisted ? { unlisted: read.unlisted } : {}) };
}

/**
 * A problem located in its sheet; a score cell of a wide sheet is named by its row and stakeholder ("D-2 × NCSC"),
 * a heading cell by its heading alone ("地方自治体", not "service × 地方自治体").
 */
function locate(p: ImportProblem, sheet: string, layout: WideLayout | undefined): ImportProblem {
  if (!layout || p.line === undefined || p.column === undefined || !p.columnName || p.column - 1 <= layout.labelCol)
    return { ...p, sheet };
  if (layout.headerLine === undefined || p.line <= layout.headerLine) return { ...p, sheet };
  const key = rowKeyAtLine(layout, p.line);
  if (!key) return { ...p, sheet };
  const row = key.startsWith('custom:') ? key.slice(7) : key;
  return { ...p, sheet, columnName: `${row} × ${p.columnName}` };
}
