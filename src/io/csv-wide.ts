import { foldName } from '../domain/stakeholders';
import { isBlankRow, type TextGrid } from './csv-grid';
import type { ReadOutcome } from './csv-long';
import { isTotalsName, readHeader, remapKey, x1060IdOfLabel, type HeaderRemap } from './header-names';
import type { HeaderReading, ImportProblem } from './import-types';
import { MatrixBuilder, rowKeyOf, stakeholderKeyOf } from './matrix-builder';
import { problem } from './problems';
import { isNoteLine, joinCells, ProvenanceLines } from './provenance-lines';
import { readScore, readTextCell } from './score-text';

const DESCRIPTION_NAMES = new Set(
  ['name', 'servicename', 'description', 'title', 'サービス名', '名称', '名前', '説明', 'サービス'].map(foldName),
);

/**
 * Reads a wide file: one row per X.1060 category/service (or custom row), one column per
 * stakeholder, one country. The header is found by its content (see findHeader). Title lines above
 * it, `Source:`/`Note:` lines and lines of text after the last row are kept as the country's
 * provenance, with a warning quoting each, never as rows. `guarded` says the file is one this app
 * wrote: its header is its first line and its guard apostrophes are removed.
 */
export function readWide(
  grid: TextGrid,
  fileName: string,
  country: string,
  remap?: HeaderRemap,
  maxProblems = 100,
  guarded = false,
): ReadOutcome {
  const problems: ImportProblem[] = [];
  const { rows, lines } = grid;
  const cellAt = (row: readonly string[] | undefined, i: number) => readTextCell(row?.[i] ?? '', guarded);
  const decimalComma = grid.delimiter !== ',';
  const labelCol = locateLabelColumn(rows);
  // A file this app wrote has no footnotes: each row after its header is a row, even one labelled "Note: …".
  const kinds = rows
    .map((row) => kindOfRow(row, labelCol, decimalComma))
    .map((k) => (guarded && k === 'note' ? 'other' : k));
  const headerIdx = guarded ? kinds.findIndex((k) => k !== 'blank') : findHeader(kinds);
  if (headerIdx < 0) {
    const firstScores = kinds.indexOf('scores');
    const line = lines[firstScores] ?? lines[0] ?? 1;
    const why = firstScores >= 0 ? ` (line ${line} holds scores, not names)` : '';
    problems.push(
      problem(
        'error',
        'no-header',
        `no header row with stakeholder names was found above the first row of scores${why}`,
        { line },
        { line },
      ),
    );
    return { matrices: [], problems, headers: [] };
  }
  const texts = new ProvenanceLines();
  for (let r = 0; r < headerIdx; r++)
    if (kinds[r] !== 'blank')
      texts.add(joinCells(rows[r]!, grid.delimiter), lines[r]!, kinds[r] === 'note' ? 'note' : 'title', problems);
  const header = rows[headerIdx]!;
  const headerLine = lines[headerIdx]!;
  const dataRows = rows.slice(headerIdx + 1).filter((_, i) => kinds[headerIdx + 1 + i] !== 'note');
  const descCol = isDescriptionColumn(
    header[labelCol + 1] ?? '',
    dataRows.map((r) => r[labelCol + 1] ?? ''),
    decimalComma,
    remap,
  )
    ? labelCol + 1
    : -1;
  const b = new MatrixBuilder(country, remap);
  // Width is where the header's last name stands, so trailing empty columns do not count.
  let width = header.length;
  while (width > 0 && cellAt(header, width - 1) === '') width--;
  const { columns, headers, skipped } = readWideColumns({
    header,
    headerLine,
    labelCol,
    descCol,
    width,
    cell: (c) => cellAt(header, c),
    remap,
    builder: b,
    problems,
  });
  if (columns.length === 0) {
    problems.push(problem('error', 'no-stakeholder', 'the header names no stakeholder', { line: headerLine }));
    return { matrices: [], problems, headers };
  }
  const named = new Set([...columns.map((c) => c.index), ...skipped]);
  // Lines of text after the matrix's last row are provenance, not custom rows (see lastDataRow).
  const lastData = guarded ? rows.length - 1 : lastDataRow(rows, kinds, headerIdx, (row) => cellAt(row, labelCol));
  const rowAt = new Map<string, number>();
  const leftNotes = new Set<string>();
  let stoppedAt: number | undefined;
  // Only errors stop the reading: a header of 2,000 custom stakeholders (2,000 warnings) is read whole.
  let counted = 0;
  let errors = 0;
  const errorsSoFar = () => {
    for (; counted < problems.length; counted++) if (problems[counted]!.severity === 'error') errors++;
    return errors;
  };
  for (let r = headerIdx + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = lines[r]!;
    const kind = kinds[r]!;
    if (kind === 'blank') continue;
    if (errorsSoFar() > maxProblems) {
      stoppedAt = line;
      break;
    }
    if (kind === 'note' || r > lastData) {
      texts.add(joinCells(row, grid.delimiter), line, kind === 'note' ? 'note' : 'trailer', problems);
      continue;
    }
    const label = cellAt(row, labelCol);
    for (let c = 0; c < labelCol; c++) if (cellAt(row, c) !== '') leftNotes.add(cellAt(row, c));
    const refused = refusedRow(row, line, label, {
      labelCol,
      named,
      header,
      headerLine,
      width,
      delimiter: grid.delimiter,
      cell: (c) => cellAt(row, c),
    });
    if (refused) {
      problems.push(refused);
      continue;
    }
    const rowKey = rowKeyOf(label);
    const firstLine = rowAt.get(rowKey);
    if (firstLine !== undefined) {
      const why = rowKey.startsWith('custom:') ? 'same name' : `both are X.1060 ${rowKey}`;
      problems.push(
        problem(
          'error',
          'duplicate-row',
          `row "${label}" repeats line ${firstLine} (${why})`,
          { line, column: labelCol },
          { label, firstLine },
        ),
      );
      continue;
    }
    rowAt.set(rowKey, line);
    readRowScores(b, b.addRow(label), row, line, columns, decimalComma, problems);
  }
  if (leftNotes.size > 0) {
    const list = [...leftNotes].map((t) => `"${t}"`).join(', ');
    problems.push(
      problem(
        'warning',
        'group-heading',
        `text left of the row labels was read as a group heading, not data: ${list}`,
        { line: lines[headerIdx + 1] ?? headerLine, column: 0 },
        { texts: list },
      ),
    );
  }
  const matrices = rowAt.size > 0 ? [b.build({ file: fileName, ...texts.provenance() })] : [];
  return { matrices, problems, headers, ...(stoppedAt !== undefined ? { stoppedAt } : {}) };
}

/** A stakeholder column: its index in the row, its place in the builder, its name. */
interface WideColumn {
  readonly index: number;
  readonly at: number;
  readonly name: string;
}

/** What reading a wide header needs: the header row, where names start and end, and where problems go. */
interface WideHeaderContext {
  readonly headerLine: number;
  readonly labelCol: number;
  /** The column of service names (not scores), or -1. */
  readonly descCol: number;
  /** Columns up to the header's last name. */
  readonly width: number;
  readonly cell: (column: number) => string;
  readonly remap: HeaderRemap | undefined;
  readonly builder: MatrixBuilder;
  readonly problems: ImportProblem[];
  readonly header: readonly string[];
}

/**
 * The header's columns: those read as stakeholders (added to the builder, with where each stands), the
 * reading of every name, and the columns skipped (description, totals, ignored, repeated).
 */
function readWideColumns(ctx: WideHeaderContext): {
  columns: WideColumn[];
  headers: HeaderReading[];
  skipped: Set<number>;
} {
  const { headerLine, labelCol, descCol, width, cell, remap, builder, problems } = ctx;
  const columns: WideColumn[] = [];
  const headers: HeaderReading[] = [];
  const skipped = new Set<number>();
  const keyAt = new Map<string, number>();
  for (let c = labelCol + 1; c < width; c++) {
    const name = cell(c);
    const at = { line: headerLine, column: c, columnName: name };
    if (name === '') continue;
    if (c === descCol) {
      skipped.add(c);
      headers.push({ name, column: c + 1, as: 'description', remapped: false });
      problems.push(
        problem(
          'warning',
          'description-column',
          `column "${name}" holds service names, not scores: it was read as a description and not imported`,
          at,
          { name },
        ),
      );
      continue;
    }
    if (isTotalsName(name)) {
      skipped.add(c);
      headers.push({ name, column: c + 1, as: 'total', remapped: false });
      problems.push(
        problem(
          'warning',
          'totals-column',
          `"${name}" looks like a totals column: it was skipped (the app computes totals itself)`,
          at,
          { name },
        ),
      );
      continue;
    }
    const as = readHeader(name, remap);
    headers.push({ name, column: c + 1, as, remapped: remap?.[remapKey(name)] !== undefined });
    if (as === 'ignored') {
      skipped.add(c);
      continue;
    }
    const key = stakeholderKeyOf(name, remap);
    const other = keyAt.get(key);
    if (other !== undefined) {
      skipped.add(c);
      problems.push(
        problem(
          'error',
          'duplicate-stakeholder',
          `stakeholder "${name}" appears twice (also column ${other + 1})`,
          at,
          { name, other: other + 1 },
        ),
      );
      continue;
    }
    keyAt.set(key, c);
    columns.push({ index: c, at: builder.addStakeholder(name), name });
    if (as === 'custom' && remap?.[remapKey(name)] === undefined) {
      problems.push(
        problem(
          'warning',
          'custom-stakeholder',
          `"${name}" is not a standard stakeholder type; kept as a custom stakeholder`,
          at,
          { name },
        ),
      );
    }
  }
  return { columns, headers, skipped };
}

/**
 * The last row of the matrix: one with a score (or a number) under the stakeholders, or an X.1060
 * row. Lines of text after it (a footnote, "Prepared by …", even one split at its commas so that
 * words stand under the stakeholders) are provenance, not custom rows.
 */
function lastDataRow(
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

/** Reads a row's scores under its stakeholder columns into the builder; a cell that is no score is a problem. */
function readRowScores(
  b: MatrixBuilder,
  at: number,
  row: readonly string[],
  line: number,
  columns: readonly WideColumn[],
  decimalComma: boolean,
  problems: ImportProblem[],
): void {
  for (const col of columns) {
    const reading = readScore(row[col.index] ?? '', decimalComma);
    if (!reading.ok) {
      problems.push(
        problem(
          'error',
          reading.code,
          reading.reason,
          { line, column: col.index, columnName: col.name },
          { value: reading.value },
        ),
      );
      continue;
    }
    b.set(at, col.at, reading.score);
  }
}

/** Where a data row's cells stand against the header, and how a cell reads. */
interface WideRowContext {
  readonly labelCol: number;
  /** Columns under a header name (stakeholders and skipped ones). */
  readonly named: ReadonlySet<number>;
  readonly header: readonly string[];
  readonly headerLine: number;
  /** Columns up to the header's last name. */
  readonly width: number;
  readonly delimiter: string;
  readonly cell: (column: number) => string;
}

/** Why a data row is not read (a stray value, no label, a totals row, extra or missing cells), if it is not. */
function refusedRow(
  row: readonly string[],
  line: number,
  label: string,
  ctx: WideRowContext,
): ImportProblem | undefined {
  const { labelCol, named, header, headerLine, width, delimiter, cell } = ctx;
  const stray = row.findIndex((v, c) => c > labelCol && !named.has(c) && v.trim() !== '');
  if (stray >= 0) {
    return problem(
      'error',
      'beyond-header',
      `a value "${cell(stray)}" stands in a column with no stakeholder name in the header (line ${headerLine})`,
      { line, column: stray },
      { value: cell(stray), headerLine },
    );
  }
  if (label === '')
    return problem('error', 'no-label', 'this row has scores but no row label (an X.1060 id such as D-2, or a name)', {
      line,
      column: labelCol,
    });
  if (isTotalsName(label)) {
    return problem(
      'warning',
      'totals-row',
      `"${label}" looks like a totals row: it was skipped (the app computes totals itself)`,
      { line, column: labelCol },
      { name: label },
    );
  }
  // In a comma file a row longer than its header hides an unquoted comma ("7,5" read as 7 and 5).
  if (delimiter === ',' && row.length > header.length) {
    return problem(
      'error',
      'extra-fields',
      `this row has ${row.length} cells but the header (line ${headerLine}) has ${header.length}: a value holding a comma (a decimal comma such as 7,5, or a note) must be put in double quotes`,
      { line, column: header.length },
      { fields: row.length, width: header.length, headerLine },
    );
  }
  if (row.length < width) {
    return problem(
      'error',
      'ragged-row',
      `this row has ${row.length} cells but the header (line ${headerLine}) has ${width}: a cell is missing or a delimiter was lost`,
      { line },
      { cells: row.length, width, headerLine },
    );
  }
  return undefined;
}

/**
 * What a row is, by its content: blank; a note (`Source: …`, `Note: …`, `出典：…`, `注：…`); names
 * (most cells right of the labels are text, not scores: a header); scores (a label and only
 * scores or blanks); text (a label, nothing under the stakeholders); or other (mixed).
 */
type RowKind = 'blank' | 'note' | 'names' | 'scores' | 'text' | 'other';

function kindOfRow(row: readonly string[], labelCol: number, decimalComma: boolean): RowKind {
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
function scoreLike(v: string, decimalComma: boolean): boolean {
  const r = readScore(v, decimalComma);
  return r.ok || r.code !== 'not-a-score';
}

/**
 * The header: the last row of names above the first row of scores that follows a row of names
 * (rows of names above it are titles spanning the columns; a title such as "Survey,2024" is not
 * data), or, in a file without scores, the first row of names.
 */
function findHeader(kinds: readonly RowKind[]): number {
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
function isDescriptionColumn(
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
