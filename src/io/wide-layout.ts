// Where things stand in a wide file, told by content: what kind each row is (blank, a note, names,
// scores, text), which row is the header, which column holds the row labels, whether a column holds
// service names rather than scores, and where the matrix's last row is.
import { foldName } from '../domain/stakeholders';
import { isBlankRow } from './csv-grid';
import { isTotalsName, readHeader, x1060IdOfLabel, type HeaderRemap } from './header-names';
import { isNoteLine } from './provenance-lines';
import { readScore } from './score-text';

const DESCRIPTION_NAMES = new Set(
  ['name', 'servicename', 'description', 'title', 'サービス名', '名称', '名前', '説明', 'サービス'].map(foldName),
);

/**
 * What a row is, by its content: blank; a note (`Source: …`, `Note: …`, `出典：…`, `注：…`); names
 * (most cells right of the labels are text, not scores: a header); scores (a label and only
 * scores or blanks); text (a label, nothing under the stakeholders); or other (mixed).
 */
export type RowKind = 'blank' | 'note' | 'names' | 'scores' | 'text' | 'other';

export function kindOfRow(row: readonly string[], labelCol: number, decimalComma: boolean): RowKind {
  if (isBlankRow(row)) return 'blank';
  const first = row.find((c) => c.trim() !== '')!;
  if (isNoteLine(first)) return 'note';
  let filled = 0;
  let words = 0;
  for (let c = labelCol + 1; c < row.length; c++) {
    const v = row[c]!.trim();
    if (v === '') continue;
    filled++;
    if (!scoreLike(v, decimalComma)) words++;
  }
  if (filled === 0) return 'text';
  if (words * 2 > filled) return 'names';
  if (words === 0 && (row[labelCol] ?? '').trim() !== '') return 'scores';
  return 'other';
}

/** Whether a cell reads as a score, or as a number out of range (a bad score, not a name). */
export function scoreLike(v: string, decimalComma: boolean): boolean {
  const r = readScore(v, decimalComma);
  return r.ok || r.code !== 'not-a-score';
}

/**
 * The header: the last row of names above the first row of scores that follows a row of names
 * (rows of names above it are titles spanning the columns; a title such as "Survey,2024" is not
 * data), or, in a file without scores, the first row of names.
 */
export function findHeader(kinds: readonly RowKind[]): number {
  const firstNames = kinds.indexOf('names');
  if (firstNames < 0) return -1;
  const scores = kinds.indexOf('scores', firstNames);
  if (scores < 0) return firstNames;
  return kinds.lastIndexOf('names', scores);
}

/**
 * A column right of the labels that holds service names rather than scores: its header says
 * "name", or it is no stakeholder type and most of its cells are words (out-of-range numbers and
 * a lone bad cell stay errors).
 */
export function isDescriptionColumn(
  header: string,
  values: readonly string[],
  decimalComma: boolean,
  remap?: HeaderRemap,
): boolean {
  if (DESCRIPTION_NAMES.has(foldName(header))) return true;
  if (readHeader(header, remap) !== 'custom') return false;
  const filled = values.filter((v) => v.trim() !== '');
  const words = filled.filter((v) => /\p{L}/u.test(v) && !scoreLike(v, decimalComma) && !isTotalsName(v));
  return words.length >= 2 && words.length * 2 > filled.length;
}

/** The column (among the first three) where most cells begin with an X.1060 id; the first column when none does. */
export function locateLabelColumn(rows: readonly string[][]): number {
  const counts = [0, 0, 0];
  for (const row of rows) for (let c = 0; c < 3; c++) if (x1060IdOfLabel(row[c] ?? '') !== null) counts[c]!++;
  const best = counts.indexOf(Math.max(...counts));
  return counts[best]! > 0 ? best : 0;
}

/**
 * The last row of the matrix: one with a score (or a number) under the stakeholders, or an X.1060
 * row. Lines of text after it (a footnote, "Prepared by …", even one split at its commas so that
 * words stand under the stakeholders) are provenance, not custom rows.
 */
export function lastDataRow(
  rows: readonly (readonly string[])[],
  kinds: readonly RowKind[],
  headerIdx: number,
  label: (row: readonly string[] | undefined) => string,
): number {
  for (let r = rows.length - 1; r > headerIdx; r--) {
    const k = kinds[r]!;
    if (k === 'blank' || k === 'note') continue;
    if ((k !== 'text' && k !== 'names') || x1060IdOfLabel(label(rows[r])) !== null) {
      return r;
    }
  }
  return headerIdx;
}
