// The editor's columns share one width (use-column-window.ts reads it back from the table). 5 rem holds a
// score, but not "National" or "Certificate" in a bold 0.9 rem heading: the browser then broke headings
// inside words ("Nationa/l CSIRTs"). The width is made wide enough for the longest word of any heading,
// within bounds; headings still wrap between words, and CJK text may break between any two characters.
import { isWide, textWidthEm } from '../../charts/text-measure';

/** The narrowest column: a two-digit score, an edit caret and the cell's padding. */
export const MIN_COLUMN_REM = 5;
/** The widest: past this a word is broken (overflow-wrap: break-word) rather than the grid made wider. */
export const MAX_COLUMN_REM = 8.5;
/** The headings' font size in rem (editor-grid.css) and the bold face's extra width. */
const HEADING_REM = 0.9;
const BOLD = 1.14;
/** The heading's side padding (6 px each side) and a little slack for the estimate, in rem. */
const PADDING_REM = 1;

/** The words a heading may not be broken inside: runs of non-CJK text between spaces, after "/" or "-". */
export function unbreakableRuns(name: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const ch of name) {
    if (/\s/.test(ch) || isWide(ch.codePointAt(0) ?? 0)) {
      if (run) runs.push(run);
      run = '';
    } else if (ch === '/' || ch === '-') {
      runs.push(run + ch);
      run = '';
    } else run += ch;
  }
  if (run) runs.push(run);
  return runs;
}

/** The columns' width in rem: the longest unbreakable run of any heading, within MIN…MAX. */
export function editorColumnRem(headings: readonly string[]): number {
  let widest = 0;
  for (const h of headings) for (const run of unbreakableRuns(h)) widest = Math.max(widest, textWidthEm(run));
  const rem = widest * HEADING_REM * BOLD + PADDING_REM;
  return Math.min(MAX_COLUMN_REM, Math.max(MIN_COLUMN_REM, Math.ceil(rem * 4) / 4));
}
