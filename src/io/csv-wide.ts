import { foldName } from '../domain/stakeholders';
import { isBlankRow, type TextGrid } from './csv-grid';
import type { ReadOutcome } from './csv-long';
import { isTotalsName, readHeader, remapKey, x1060IdOfLabel, type HeaderRemap } from './header-names';
import type { HeaderReading, ImportProblem } from './import-types';
import { MatrixBuilder, rowKeyOf, stakeholderKeyOf } from './matrix-builder';
import { problem } from './problems';
import { readScore, unguardCell } from './score-text';

const cellAt = (row: readonly string[] | undefined, i: number) => unguardCell((row?.[i] ?? '').trim());
const DESCRIPTION_NAMES = new Set(['name', 'servicename', 'description', 'title', 'サービス名', '名称', '名前', '説明', 'サービス'].map(foldName));

/**
 * Reads a wide file: one row per X.1060 category/service (or custom row), one column per
 * stakeholder, one country. Title lines above the header are skipped.
 */
export function readWide(grid: TextGrid, fileName: string, country: string, remap?: HeaderRemap, maxProblems = 100): ReadOutcome {
  const problems: ImportProblem[] = [];
  const { rows, lines } = grid;
  const { labelCol, firstData } = locateRowLabels(rows);
  // The header is the nearest non-empty row above the first data row that names columns right of
  // the labels; anything above it (titles, "Players/Stake holders" spanning the columns) is not data.
  let headerIdx = -1;
  for (let r = firstData - 1; r >= 0; r--) {
    if (rows[r]!.slice(labelCol + 1).some((c) => c.trim() !== '')) {
      headerIdx = r;
      break;
    }
  }
  if (headerIdx < 0) {
    problems.push(problem('error', 'no-header', 'no header row with stakeholder names was found above the first row of scores', { line: lines[firstData] ?? 1 }));
    return { matrices: [], problems, headers: [] };
  }
  const header = rows[headerIdx]!;
  const headerLine = lines[headerIdx]!;
  const dataRows = rows.slice(headerIdx + 1);
  const descCol = isDescriptionColumn(header[labelCol + 1] ?? '', dataRows.map((r) => r[labelCol + 1] ?? ''), grid.delimiter === ';', remap) ? labelCol + 1 : -1;
  const b = new MatrixBuilder(country, remap);
  const columns: { index: number; at: number; name: string }[] = [];
  const headers: HeaderReading[] = [];
  const skipped = new Set<number>();
  const keyAt = new Map<string, number>();
  // Width is where the header's last name stands, so trailing empty columns do not count.
  let width = header.length;
  while (width > 0 && cellAt(header, width - 1) === '') width--;
  for (let c = labelCol + 1; c < width; c++) {
    const name = cellAt(header, c);
    const at = { line: headerLine, column: c, columnName: name };
    if (name === '') continue;
    if (c === descCol) {
      skipped.add(c);
      headers.push({ name, column: c + 1, as: 'description', remapped: false });
      problems.push(problem('warning', 'description-column', `column "${name}" holds service names, not scores: it was read as a description and not imported`, at, { name }));
      continue;
    }
    if (isTotalsName(name)) {
      skipped.add(c);
      headers.push({ name, column: c + 1, as: 'total', remapped: false });
      problems.push(problem('warning', 'totals-column', `"${name}" looks like a totals column: it was skipped (the app computes totals itself)`, at, { name }));
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
      problems.push(problem('error', 'duplicate-stakeholder', `stakeholder "${name}" appears twice (also column ${other + 1})`, at, { name, other: other + 1 }));
      continue;
    }
    keyAt.set(key, c);
    columns.push({ index: c, at: b.addStakeholder(name), name });
    if (as === 'custom' && remap?.[remapKey(name)] === undefined) {
      problems.push(problem('warning', 'custom-stakeholder', `"${name}" is not a standard stakeholder type; kept as a custom stakeholder`, at, { name }));
    }
  }
  if (columns.length === 0) {
    problems.push(problem('error', 'no-stakeholder', 'the header names no stakeholder', { line: headerLine }));
    return { matrices: [], problems, headers };
  }
  const named = new Set([...columns.map((c) => c.index), ...skipped]);
  const rowAt = new Map<string, number>();
  const decimalComma = grid.delimiter === ';';
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
    if (isBlankRow(row)) continue;
    if (errorsSoFar() > maxProblems) {
      stoppedAt = line;
      break;
    }
    const label = cellAt(row, labelCol);
    for (let c = 0; c < labelCol; c++) if (cellAt(row, c) !== '') leftNotes.add(cellAt(row, c));
    const stray = row.findIndex((v, c) => c > labelCol && !named.has(c) && v.trim() !== '');
    if (stray >= 0) {
      problems.push(problem('error', 'beyond-header', `a value "${cellAt(row, stray)}" stands in a column with no stakeholder name in the header (line ${headerLine})`, { line, column: stray }, { value: cellAt(row, stray), headerLine }));
      continue;
    }
    if (label === '') {
      problems.push(problem('error', 'no-label', 'this row has scores but no row label (an X.1060 id such as D-2, or a name)', { line, column: labelCol }));
      continue;
    }
    if (isTotalsName(label)) {
      problems.push(problem('warning', 'totals-row', `"${label}" looks like a totals row: it was skipped (the app computes totals itself)`, { line, column: labelCol }, { name: label }));
      continue;
    }
    if (row.length < width) {
      problems.push(problem('error', 'ragged-row', `this row has ${row.length} cells but the header (line ${headerLine}) has ${width}: a cell is missing or a delimiter was lost`, { line }, { cells: row.length, width, headerLine }));
      continue;
    }
    const rowKey = rowKeyOf(label);
    const firstLine = rowAt.get(rowKey);
    if (firstLine !== undefined) {
      const why = rowKey.startsWith('custom:') ? 'same name' : `both are X.1060 ${rowKey}`;
      problems.push(problem('error', 'duplicate-row', `row "${label}" repeats line ${firstLine} (${why})`, { line, column: labelCol }, { label, firstLine }));
      continue;
    }
    rowAt.set(rowKey, line);
    const at = b.addRow(label);
    for (const col of columns) {
      const reading = readScore(row[col.index] ?? '', decimalComma);
      if (!reading.ok) {
        problems.push(problem('error', reading.code, reading.reason, { line, column: col.index, columnName: col.name }, { value: reading.value }));
        continue;
      }
      b.set(at, col.at, reading.score);
    }
  }
  if (leftNotes.size > 0) {
    const texts = [...leftNotes].map((t) => `"${t}"`).join(', ');
    problems.push(problem('warning', 'group-heading', `text left of the row labels was read as a group heading, not data: ${texts}`, { line: lines[headerIdx + 1] ?? headerLine, column: 0 }, { texts }));
  }
  return { matrices: rowAt.size > 0 ? [b.build({ file: fileName })] : [], problems, headers, ...(stoppedAt !== undefined ? { stoppedAt } : {}) };
}

/**
 * A column right of the labels that holds service names rather than scores: its header says
 * "name", or it is no stakeholder type and most of its cells are words (out-of-range numbers and
 * a lone bad cell stay errors).
 */
function isDescriptionColumn(header: string, values: readonly string[], decimalComma: boolean, remap?: HeaderRemap): boolean {
  if (DESCRIPTION_NAMES.has(foldName(header))) return true;
  if (readHeader(header, remap) !== 'custom') return false;
  const filled = values.filter((v) => v.trim() !== '');
  const words = filled.filter((v) => /\p{L}/u.test(v) && !readScore(v, decimalComma).ok && !isTotalsName(v));
  return words.length >= 2 && words.length * 2 > filled.length;
}

/**
 * Finds the column holding row labels and the first row of scores: the column (among the first
 * three) where most cells begin with an X.1060 id. Without any id the first column holds custom
 * row labels, and the header is the first row with two or more filled cells.
 */
function locateRowLabels(rows: readonly string[][]): { labelCol: number; firstData: number } {
  const counts = [0, 0, 0];
  const first = [-1, -1, -1];
  rows.forEach((row, r) => {
    for (let c = 0; c < 3; c++) {
      if (x1060IdOfLabel(row[c] ?? '') !== null) {
        counts[c]!++;
        if (first[c] === -1) first[c] = r;
      }
    }
  });
  const best = counts.indexOf(Math.max(...counts));
  if (counts[best]! > 0) return { labelCol: best, firstData: first[best]! };
  let headerRow = rows.findIndex((row) => row.filter((c) => c.trim() !== '').length >= 2);
  if (headerRow < 0) headerRow = rows.findIndex((row) => !isBlankRow(row));
  return { labelCol: 0, firstData: headerRow + 1 };
}
