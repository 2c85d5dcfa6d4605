import { scanTextGrid, type TextGrid, type TextScan } from './csv-grid';
import type { LongReader } from './csv-long';
import { readWide } from './csv-wide';
import { GridRows } from './grid-rows';
import type { HeaderRemap } from './header-names';
import type { ImportProblem, ImportResult } from './import-types';
import type { LongLayout } from './long-lines';
import { hasErrors, problem } from './problems';
import { looksLikeWorkspaceJson, parseWorkspaceJson } from './workspace-json';

/** Options for reading one file. */
export interface CsvImportOptions {
  /** The file's name; a wide file's country is named after it. */
  readonly fileName: string;
  /** Force a delimiter instead of guessing. */
  readonly delimiter?: string;
  /** The user's re-mapping of stakeholder headers (folded name → type id, 'custom' or 'ignored'). */
  readonly remap?: HeaderRemap;
  /** Receives the fraction of the text parsed so far. */
  readonly onProgress?: (fraction: number) => void;
  /** Told, as soon as it is known, how a long file is laid out (the rest of it can then be read elsewhere). */
  readonly onLongLayout?: (layout: LongLayout) => void;
}

/**
 * The rest of a long file, read elsewhere with the head's layout (src/io/worker/split-read.ts): it
 * tells the head's reader its lines, their numbers shifted by lineOffset, and gives its parse errors
 * (lines counted from its own start).
 */
export interface LongTail {
  tell(reader: LongReader, lineOffset: number): void;
  readonly parseErrors: TextScan['parseErrors'];
}

/** A text read, to be finished; the head of a file split in two is finished with the rest of it. */
export interface CsvReading {
  /** Whether the text was read as a long file (only a long head can take a tail). */
  readonly long: boolean;
  /** Line breaks in the text: a tail's line 1 is line lineBreaks + 1 of the whole file. */
  readonly lineBreaks: number;
  /** The result, with the tail's lines read after the text's own. */
  finish(tail?: LongTail): ImportResult;
}

const MAX_ERRORS = 50;

/** A row may have at most this many cells (20,000 columns): wider files are refused with the line of the first such row. */
export const MAX_COLUMNS = 20_000;

/**
 * Reads a CSV/TSV text (or a JSON workspace) into role matrices. Understands
 * - the long format: header `country,service,stakeholder,score` (+ optional `note`), any countries;
 * - the wide format: one row per X.1060 category/service (or custom row), one column per
 *   stakeholder, one country per file; the header is found by its content, title lines above it
 *   (as in the seed tables pasted from slides: two header rows, labels like "A) strategic
 *   management …") and source/note lines are kept as the country's provenance;
 * - the JSON workspace this app exports.
 * A file with any error yields no matrix: it is rejected whole.
 */
export function importCsvText(text: string, options: CsvImportOptions): ImportResult {
  return readCsvText(text, options).finish();
}

/** The result of a text that is no grid of cells: empty, binary, or a JSON workspace; undefined for a grid. */
function readNonGrid(text: string, fileName: string): ImportResult | undefined {
  if (text.replace(/^\uFEFF/, '').trim() === '') return reject(fileName, 'none', [problem('error', 'empty')]);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = lineAt(text, nul);
    return reject(fileName, 'none', [problem('error', 'binary', { line })]);
  }
  if (!looksLikeWorkspaceJson(text)) return undefined;
  const r = parseWorkspaceJson(text, fileName);
  return hasErrors(r.problems)
    ? reject(fileName, 'json', r.problems)
    : {
        fileName,
        format: 'json',
        matrices: r.matrices,
        problems: r.problems,
        ...(r.versions.length > 0 ? { versions: r.versions } : {}),
      };
}

/** A parser's error as an import problem: an unclosed quote, or a line it could not read. */
function parseProblem(e: TextGrid['parseErrors'][number]): ImportProblem {
  return problem(
    'error',
    e.code === 'MissingQuotes' || e.code === 'InvalidQuotes' ? 'unclosed-quote' : 'parse',
    { line: e.line },
    { message: e.message },
  );
}

/** The refusal of a file with a row wider than MAX_COLUMNS. */
function tooManyColumns(fileName: string, line: number, cells: number): ImportResult {
  return reject(fileName, 'none', [
    problem('error', 'too-many-columns', { line }, { line, cells, limit: MAX_COLUMNS }),
  ]);
}

/** Reads a CSV/TSV text (or a JSON workspace) as importCsvText does, leaving it to be finished. */
export function readCsvText(text: string, options: CsvImportOptions): CsvReading {
  const { fileName } = options;
  const done = (result: ImportResult): CsvReading => ({ long: false, lineBreaks: 0, finish: () => result });
  const notAGrid = readNonGrid(text, fileName);
  if (notAGrid) return done(notAGrid);
  const rows = new GridRows({
    fileName,
    country: countryFromFileName(fileName),
    guarded: isOwnExport(text),
    remap: options.remap,
    maxProblems: MAX_ERRORS * 2,
    maxColumns: MAX_COLUMNS,
    onLongLayout: options.onLongLayout,
  });
  const scan = scanTextGrid(text, {
    delimiter: options.delimiter,
    onProgress: options.onProgress,
    onRows: (r, lines, delimiter) => rows.take(r, lines, delimiter),
  });
  if (rows.tooWide) return done(tooManyColumns(fileName, rows.tooWide.line, rows.tooWide.cells));
  rows.decide();
  return {
    long: rows.long !== undefined,
    lineBreaks: scan.lineBreaks,
    finish: (tail) => finishReading(rows, scan, options, tail),
  };
}

/** The result of a text read: the long reader's (with the tail's lines after the text's own) or the wide reader's. */
function finishReading(rows: GridRows, scan: TextScan, options: CsvImportOptions, tail?: LongTail): ImportResult {
  const { fileName, remap } = options;
  const { long, longHeader } = rows;
  const parseErrors = [...scan.parseErrors];
  if (tail && long) {
    tail.tell(long, scan.lineBreaks);
    for (const e of tail.parseErrors) parseErrors.push({ ...e, line: e.line + scan.lineBreaks });
  }
  const problems: ImportProblem[] = parseErrors.map(parseProblem);
  const grid: TextGrid = { ...rows.keptGrid(), ...scan };
  const read = long ? long.finish() : readWide(grid, fileName, rows.country, remap, MAX_ERRORS * 2, rows.guarded);
  // A line whose quote is not closed has its fields run together: its field count says nothing more.
  const unclosed = new Set(parseErrors.map((e) => e.line));
  for (const p of read.problems)
    if (!(unclosed.has(p.line ?? 0) && (p.code === 'extra-fields' || p.code === 'missing-score'))) problems.push(p);
  const format = longHeader ? 'long' : 'wide';
  const base = {
    fileName,
    format,
    headers: read.headers,
    delimiter: grid.delimiter,
    ...(longHeader?.note !== undefined ? { noteColumn: true } : {}),
  } as const;
  // A file read only in part (too many problems, even if warnings) is never imported as if whole.
  if (hasErrors(problems) || read.stoppedAt !== undefined)
    return { ...reject(fileName, format, problems, read.stoppedAt), ...base, matrices: [] };
  if (read.matrices.length === 0) {
    const line = grid.lines[longHeader?.index ?? 0] ?? 1;
    problems.push(problem('error', 'no-scores', { line }));
    return { ...reject(fileName, format, problems), ...base, matrices: [] };
  }
  return { ...base, matrices: read.matrices, problems, ...(read.unlisted ? { unlisted: read.unlisted } : {}) };
}

// The first line of the files this app writes: the long header in lower case, or a wide header
// quoted cell by cell. Only in such files is a leading apostrophe a guard (see readTextCell).
const OWN_EXPORT = /^(?:country([,;\t|])service\1stakeholder\1score(?:\1note)?\r?\n|"service",")/;

/** Whether a text is one this app exported (its guard apostrophes are then removed on reading). */
export function isOwnExport(text: string): boolean {
  return OWN_EXPORT.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * A rejected file's result: its first MAX_ERRORS errors and, beyond them, one line saying how many
 * more there are — "at least" that many when reading stopped early (at `stoppedAt`) after too many errors.
 */
export function reject(
  fileName: string,
  format: ImportResult['format'],
  problems: ImportProblem[],
  stoppedAt?: number,
): ImportResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const extra = Math.max(0, errors.length - MAX_ERRORS);
  if (extra === 0 && stoppedAt === undefined) return { fileName, format, matrices: [], problems };
  const max = MAX_ERRORS * 2;
  const more = problem(
    'error',
    'more-errors',
    {},
    stoppedAt === undefined ? { n: extra } : { n: extra, stoppedAt, max },
  );
  // Every problem is kept when the errors fit the list; beyond it, the first errors and the line that counts the rest.
  return {
    fileName,
    format,
    matrices: [],
    problems: extra > 0 ? [...errors.slice(0, MAX_ERRORS), more] : [...problems, more],
  };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++)
    if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  return line;
}

/** The country a file names itself after: "datasets/Japan 2024.csv" → "Japan 2024". */
export function countryFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(csv|tsv|txt|json)$/i, '').trim() || 'Imported';
}
