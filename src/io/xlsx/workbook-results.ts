// A workbook's result split into one result per sheet, for the review (each sheet is imported or
// skipped on its own, and its errors block it alone). Small and free of the reader itself, so
// the page can split what the worker read without loading the xlsx code.
import type { ImportResult } from '../import-types';

/** Whether bytes start like a zip file (an .xlsx workbook): "PK\x03\x04". */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * One result per sheet of a workbook's result (the workbook's own warnings on the first); any other
 * result alone.
 */
export function splitWorkbook(result: ImportResult): ImportResult[] {
  const { sheets } = result;
  if (!sheets) return [result];
  let at = 0;
  return sheets.map(({ matrixCount, ...sheet }, i) => {
    const matrices = result.matrices.slice(at, at + matrixCount);
    at += matrixCount;
    return { ...sheet, matrices, problems: i === 0 ? [...result.problems, ...sheet.problems] : sheet.problems };
  });
}

/** The result of one sheet (by name) of a workbook read again; the whole result when it is no workbook or lacks the sheet. */
export function pickSheet(result: ImportResult, sheet: string): ImportResult {
  const parts = splitWorkbook(result);
  return parts.find((r) => r.sheet?.name === sheet) ?? result;
}

/**
 * A workbook's result for a `?data=` link, which has no review: the sheets the review would import
 * by default (not hidden, not the long copy of this app's own workbook) as one result. A sheet with
 * errors is left out, its errors kept as warnings that say so, and the other sheets come in.
 */
export function linkedWorkbook(result: ImportResult): ImportResult {
  if (!result.sheets) return result;
  const included = splitWorkbook(result).filter((r) => !r.sheet?.skipped);
  const problems = included.flatMap((r) =>
    r.matrices.length > 0
      ? r.problems
      : r.problems.map((p) =>
          p.severity === 'error' ? { ...p, severity: 'warning' as const, notImported: true as const } : p,
        ),
  );
  const { sheets: _sheets, ...rest } = result;
  return { ...rest, matrices: included.flatMap((r) => r.matrices), problems };
}
