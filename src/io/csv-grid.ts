import Papa from 'papaparse';

/** A parsed text table: its rows of raw cells and the 1-based source line each row starts on. */
export interface TextGrid {
  readonly rows: string[][];
  /** lines[i] is the line number (1-based) where rows[i] starts in the source text. */
  readonly lines: number[];
  readonly delimiter: string;
  /** Structural problems papaparse found (e.g. an unclosed quote), with their lines. */
  readonly parseErrors: { line: number; message: string }[];
}

const DELIMITERS = [',', '\t', ';', '|'];

/**
 * Splits delimited text into rows of cells, remembering each row's source line.
 * Line ends are normalised first (CRLF, LF and lone CR may be mixed in files edited on several
 * systems); the delimiter is guessed among comma, tab, semicolon and pipe unless given.
 */
export function parseTextGrid(input: string, delimiter?: string): TextGrid {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  const lines: number[] = [];
  const parseErrors: { line: number; message: string }[] = [];
  let line = 1;
  let prevCursor = 0;
  let usedDelimiter = delimiter ?? ',';
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: DELIMITERS,
    newline: '\n',
    skipEmptyLines: false,
    step: (r) => {
      const row = r.data;
      rows.push(row);
      lines.push(line);
      for (const e of r.errors) {
        if (e.code === 'UndetectableDelimiter') continue;
        parseErrors.push({ line, message: describePapaError(e.code, e.message) });
      }
      usedDelimiter = r.meta.delimiter || usedDelimiter;
      const cursor = r.meta.cursor;
      line += countNewlines(text, prevCursor, cursor);
      prevCursor = cursor;
    },
  });
  // papaparse gives one empty row for a trailing newline; it is not data.
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!)) {
    rows.pop();
    lines.pop();
  }
  return { rows, lines, delimiter: usedDelimiter, parseErrors };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function describePapaError(code: string, message: string): string {
  if (code === 'MissingQuotes' || code === 'InvalidQuotes')
    return 'a quoted field is not closed: check for a stray double quote (")';
  return message;
}

/** Whether every cell of a row is empty or blank. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}

