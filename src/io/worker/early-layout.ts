// Where a big long file's tail can start reading before the head's own scan gets there: the layout
// read from its first lines alone (the head's reader checks that it finds the same).
import Papa from 'papaparse';
import { guessDelimiter } from '../csv-grid';
import { countryFromFileName, isOwnExport } from '../csv-import';
import { longLayout, type LongLayout } from '../long-lines';
import { findLongHeader, LONG_HEADER_ROWS } from '../long-header';

// The first lines of a text, as many characters as the delimiter guess reads and then some.
const EARLY_CHARS = 160 * 1024;

/**
 * The layout of a long text as readCsvText will find it, read from its first lines alone: a tail
 * can then start before the head's own scan gets there. Undefined when the text is not long or
 * too short to tell this way. (The head's reader checks that it finds the same.)
 */
export function earlyLongLayout(text: string, fileName: string): LongLayout | undefined {
  if (text.length <= EARLY_CHARS) return undefined;
  // Line ends normalised as scanTextGrid does; the guess reads the first 64 K characters of a longer text.
  const head = text
    .slice(0, EARLY_CHARS)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  // The first LONG_HEADER_ROWS lines, and at least one more line break after them.
  let breaks = 0;
  let end = -1;
  for (let at = head.indexOf('\n'); at >= 0 && breaks <= LONG_HEADER_ROWS; at = head.indexOf('\n', at + 1)) {
    if (++breaks === LONG_HEADER_ROWS) end = at;
  }
  if (breaks <= LONG_HEADER_ROWS || head.length <= 64 * 1024 || head.indexOf('"') >= 0) return undefined;
  const delimiter = guessDelimiter(head);
  // Without quotes each row is a line: only the first lines need parsing.
  const rows = Papa.parse<string[]>(head.slice(0, end + 1), {
    delimiter,
    newline: '\n',
    preview: LONG_HEADER_ROWS,
  }).data;
  const header = findLongHeader({ rows });
  return header && longLayout(header, delimiter, countryFromFileName(fileName), isOwnExport(head));
}

/** Whether two layouts are the same. */
export function sameLongLayout(a: LongLayout, b: LongLayout): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
