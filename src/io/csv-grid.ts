import Papa from 'papaparse';

/** A parsed text table: its rows of raw cells and the 1-based source line each row starts on. */
export interface TextGrid {
  readonly rows: string[][];
  /** lines[i] is the line number (1-based) where rows[i] starts in the source text. */
  readonly lines: number[];
  readonly delimiter: string;
  /** Structural problems papaparse found (e.g. an unclosed quote), with their lines. */
  readonly parseErrors: { line: number; message: string; code: string }[];
}

const DELIMITERS = [',', '\t', ';', '|'];
/** Text is parsed in slices of this many characters, so that big files can report progress. */
const CHUNK_CHARS = 1 << 18;

/** What scanning a text gives besides its rows. */
export interface TextScan {
  readonly delimiter: string;
  readonly parseErrors: TextGrid['parseErrors'];
  /** Line breaks in the text (CRLF, LF and lone CR count one each). */
  readonly lineBreaks: number;
}

/** How to scan a text: a forced delimiter, progress, and who receives the rows. */
export interface ScanOptions {
  readonly delimiter?: string;
  readonly onProgress?: (fraction: number) => void;
  /** Receives the rows of each parsed slice of the text, the line each starts on, and the delimiter. */
  readonly onRows: (rows: readonly string[][], lines: readonly number[], delimiter: string) => void;
}

/**
 * Splits delimited text into rows of cells, a slice at a time, handing each slice's rows on
 * with their source lines: a reader can check them and let them go, so a big file's raw cells
 * never all stay in memory. Line ends are normalised first (CRLF, LF and lone CR may be mixed in
 * files edited on several systems); the delimiter is guessed among comma, tab, semicolon and pipe
 * unless given. Trailing blank rows are passed on too; readers skip blank rows.
 */
export function scanTextGrid(input: string, options: ScanOptions): TextScan {
  const { text, newline } = textToScan(input);
  // The guess reads the first GUESS_CHARS characters of the text normalised (at most twice as many before).
  const delimiter =
    options.delimiter ??
    guessDelimiter(newline === '\n' ? text : text.slice(0, 2 * GUESS_CHARS + 2).replace(/\r\n/g, '\n'));
  // Without a quote no cell can hold a line break: each row is one line, its cells split at the delimiter.
  if (text.length > 0 && text.indexOf('"') < 0) {
    const rows = splitPlainLines(text, newline, delimiter, options);
    return { delimiter, parseErrors: [], lineBreaks: Math.max(0, rows - 1) };
  }
  return parseQuoted(text, delimiter, options);
}

/**
 * Splits a text without quotes into rows, a slice of lines at a time: what papaparse does with such
 * a text (it splits it at line breaks, then each line at the delimiter — one papaparse byte for
 * byte; it strips a byte-order mark too), without copying each slice and its pieces first (twice
 * as fast on a big file). Returns how many rows there were.
 */
function splitPlainLines(input: string, newline: string, delimiter: string, options: ScanOptions): number {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text === '') {
    options.onRows([], [], delimiter);
    options.onProgress?.(1);
    return 0;
  }
  let line = 1;
  for (let start = 0; ;) {
    const cut = start + CHUNK_CHARS < text.length ? text.indexOf(newline, start + CHUNK_CHARS) : -1;
    const lines = (cut < 0 ? text.slice(start) : text.slice(start, cut)).split(newline);
    const rows = new Array<string[]>(lines.length);
    const numbers = new Array<number>(lines.length);
    for (let i = 0; i < lines.length; i++) {
      rows[i] = lines[i]!.split(delimiter);
      numbers[i] = line++;
    }
    options.onRows(rows, numbers, delimiter);
    if (cut < 0) break;
    start = cut + newline.length;
    options.onProgress?.(start / text.length);
  }
  options.onProgress?.(1);
  return line - 1;
}

/** Parses a text that holds quotes with papaparse, a slice at a time. */
function parseQuoted(text: string, chosen: string, options: ScanOptions): TextScan {
  const { onProgress, onRows } = options;
  const parseErrors: { line: number; message: string; code: string }[] = [];
  let line = 1;
  let usedDelimiter = chosen;
  // papaparse streams a string in chunks (synchronously) though its types only allow it for files.
  const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk: (r: Papa.ParseResult<string[]>) => void } = {
    delimiter: chosen,
    newline: '\n',
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk: (r) => {
      // A row starts one line after the previous one, plus the line breaks quoted inside it.
      const lines = new Array<number>(r.data.length);
      for (let i = 0; i < r.data.length; i++) {
        lines[i] = line;
        line += 1 + newlinesIn(r.data[i]!);
      }
      for (const e of r.errors) {
        if (e.code === 'UndetectableDelimiter') continue;
        parseErrors.push({
          line: lines[e.row ?? 0] ?? line,
          code: e.code,
          message: e.message,
        });
      }
      usedDelimiter = r.meta.delimiter || usedDelimiter;
      onRows(r.data, lines, usedDelimiter);
      onProgress?.(text.length === 0 ? 1 : Math.min(1, r.meta.cursor / text.length));
    },
  };
  Papa.parse<string[]>(text, config);
  // Each row moved `line` one past its own lines; the last row has no line break after it.
  return { delimiter: usedDelimiter, parseErrors, lineBreaks: Math.max(0, line - 2) };
}

/**
 * The text papaparse is given and its line break. A text without quotes whose every line ends alike
 * (all LF, or all CR LF: most files) is scanned as it is, at that line break: normalising it would
 * copy it whole (5 MB for a 150,000-line file) to the same rows. Any other text is normalised.
 */
function textToScan(input: string): { readonly text: string; readonly newline: '\n' | '\r\n' } {
  if (input.indexOf('"') < 0) {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const cr = text.indexOf('\r');
    if (cr < 0) return { text, newline: '\n' };
    if (allCrLf(text, cr)) return { text, newline: '\r\n' };
  }
  return { text: normaliseText(input), newline: '\n' };
}

/** Whether every line break of a text is CR LF, given its first CR: every CR before a LF, every LF after a CR. */
function allCrLf(text: string, cr: number): boolean {
  for (let at = cr; at >= 0; at = text.indexOf('\r', at + 2)) if (text.charCodeAt(at + 1) !== 10) return false;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
    if (text.charCodeAt(at - 1) !== 13) return false;
  return true;
}

/**
 * A text as it is scanned: without a byte-order mark, every line end (CRLF, LF, lone CR) a LF —
 * except inside double-quoted fields, whose CRs are the field's own text and kept as they are.
 */
export function normaliseText(input: string): string {
  const text = input.replace(/^\uFEFF/, '');
  if (text.indexOf('"') < 0) return text.replace(/\r\n?/g, '\n');
  // A quoted field is a run of "…" pieces ("" inside one is two pieces): CRs in them are kept.
  return text.replace(/"[^"]*"|\r\n?/g, (m) => (m.charCodeAt(0) === 34 ? m : '\n'));
}

/** Removes blank rows at the end (papaparse gives one for a trailing newline; they are not data). */
export function dropTrailingBlankRows(rows: string[][], lines: number[]): void {
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!)) {
    rows.pop();
    lines.pop();
  }
}

/**
 * Picks the delimiter that splits the first lines into the steadiest number of fields (two or
 * more) without quoting errors. Unlike papaparse's own guess it tries each one as a real parse,
 * so a quoted name holding ";" does not pass for the delimiter of a comma file.
 */
export function guessDelimiter(text: string): string {
  const sample = text.slice(0, GUESS_CHARS);
  const whole = sample.length === text.length;
  const lines = firstLines(sample);
  let best = { d: ',', bad: Infinity, delta: Infinity, avg: 0 };
  for (const d of DELIMITERS) {
    const r = Papa.parse<string[]>(lines, {
      delimiter: d,
      newline: '\n',
      preview: GUESS_ROWS,
      skipEmptyLines: 'greedy',
    });
    // The sample's last row may be cut short; a first line longer than the sample (20,000 columns) is all there is.
    const rows = r.data.length === GUESS_ROWS || whole || r.data.length === 1 ? r.data : r.data.slice(0, -1);
    const counts = rows.map((row) => row.length);
    if (counts.length === 0) continue;
    const avg = counts.reduce((a, b) => a + b, 0) / counts.length;
    if (avg < 1.5) continue;
    let delta = 0;
    for (let i = 1; i < counts.length; i++) delta += Math.abs(counts[i]! - counts[i - 1]!);
    const bad = r.errors.length;
    if (bad < best.bad || (bad === best.bad && (delta < best.delta || (delta === best.delta && avg > best.avg))))
      best = { d, bad, delta, avg };
  }
  return best.d;
}

/** The delimiter is guessed from the first rows of the first characters of a text. */
const GUESS_ROWS = 30;
/** How many characters from the start of a text the delimiter is guessed from. */
export const GUESS_CHARS = 64 * 1024;

/**
 * The lines of a sample that hold its first GUESS_ROWS rows, so that each trial parse reads those
 * and not the whole sample (papaparse splits all of its input into lines first). Without a quote
 * a row is a line; a line counts when it holds something other than blanks and the candidate
 * delimiters (so it is a row whatever the delimiter). A sample with quotes, or with fewer such
 * lines, is kept whole.
 */
function firstLines(sample: string): string {
  if (sample.indexOf('"') >= 0) return sample;
  let counted = 0;
  for (let at = 0; at < sample.length;) {
    const end = sample.indexOf('\n', at);
    if (end < 0) break;
    if (FILLED.test(sample.slice(at, end)) && ++counted === GUESS_ROWS) return sample.slice(0, end + 1);
    at = end + 1;
  }
  return sample;
}
const FILLED = /[^\s,;|]/;

// Line breaks inside quoted cells: LF, and CR LF or a lone CR (kept as written) count one each.
function newlinesIn(row: readonly string[]): number {
  let n = 0;
  for (const c of row) {
    if (c.indexOf('\n') < 0 && c.indexOf('\r') < 0) continue;
    for (let i = 0; i < c.length; i++) {
      const ch = c.charCodeAt(i);
      if (ch === 10 || (ch === 13 && c.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}

/** Whether every cell of a row is empty or blank. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}
