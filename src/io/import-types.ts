import type { RoleMatrix } from '../domain/matrix';
import type { CountryVersion } from '../domain/versions';
import type { ProblemFacts } from '../domain/problem-codes';
import type { TextEncodingName } from './decode-text';

export type { ProblemCode } from '../domain/problem-codes';

/** Something wrong or noteworthy in an imported file, located as precisely as we can (src/i18n words it). */
export interface ImportProblem extends ProblemFacts {
  readonly severity: 'error' | 'warning';
}

/** A version read from a JSON workspace, with the index of its country in the file's matrices (undefined: not in the file). */
export interface ImportedVersion {
  readonly version: CountryVersion;
  readonly matrixIndex: number | undefined;
}

/** How the importer understood one stakeholder header (wide) or stakeholder name (long). */
export interface HeaderReading {
  /** The name as the file gives it. */
  readonly name: string;
  /** 1-based column (wide files only). */
  readonly column?: number;
  /**
   * A standard type id, 'custom' (kept under its own name), 'ignored' (by the user's choice),
   * 'description' (service names, not scores) or 'total' (a totals column, skipped).
   */
  readonly as: string;
  /** Whether the user re-mapped it. */
  readonly remapped: boolean;
}

/** What reading one file gave: matrices only when it has no error. */
export interface ImportResult {
  readonly fileName: string;
  readonly format: 'long' | 'wide' | 'json' | 'none';
  /** Empty whenever problems holds an error: a file with errors is rejected whole. */
  readonly matrices: RoleMatrix[];
  readonly problems: ImportProblem[];
  /** The stakeholder headers and how each was read (absent for JSON and unreadable files). */
  readonly headers?: readonly HeaderReading[];
  /** The encoding the bytes were read as. */
  readonly encoding?: TextEncodingName;
  /** The delimiter found (",", "\t", ";", "|"). */
  readonly delimiter?: string;
  /** The versions a JSON workspace carries (History). */
  readonly versions?: readonly ImportedVersion[];
  /** Whether a long file has a `note` column (it then says which cells have no note, too). */
  readonly noteColumn?: boolean;
  /**
   * Cells of a long file that no line gives, as [matrix, row, stakeholder] indices: they are blank
   * (not involved) in `matrices` until the user chooses to read them as unknown (readUnlistedAs).
   */
  readonly unlisted?: readonly (readonly [number, number, number])[];
  /** The sheet of a workbook this result is (src/io/xlsx). */
  readonly sheet?: SheetOrigin;
  /** A workbook's sheets, each a result of its own whose matrices are the next `matrixCount` of `matrices`. */
  readonly sheets?: readonly WorkbookSheetResult[];
}

/** Where a result stands in a workbook: its sheet, and whether the review starts with it skipped. */
export interface SheetOrigin {
  readonly name: string;
  readonly hidden: boolean;
  /** Why the review starts with the sheet skipped: hidden, or the long sheet of this app's own workbook. */
  readonly skipped?: 'hidden' | 'duplicate';
  /** Whether the sheet carries row rationales and provenance (this app's own workbooks). */
  readonly details: boolean;
}

/** One sheet of a workbook's result, its matrices left in the workbook's `matrices` (they cross from the worker packed). */
export interface WorkbookSheetResult extends Omit<ImportResult, 'matrices' | 'sheets'> {
  readonly matrixCount: number;
}

/** The spreadsheet letter of a 1-based column: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Performance marks an import leaves in the browser's timeline (DevTools, the bench, tests): the
 * file's bytes are in hand, the file is read (matrices built), the import is committed, and a file
 * was read by two workers at once.
 */
export const IMPORT_MARKS = {
  bytes: 'x1060: import bytes in hand',
  read: 'x1060: import read',
  commit: 'x1060: import commit',
  split: 'x1060: import read in two parts',
} as const;
