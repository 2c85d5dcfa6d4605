import { foldName, matchStakeholderType } from '../domain/stakeholders';
import { parseX1060Id } from '../domain/taxonomy-x1060';
import {
  noteKey,
  rowKeyFor,
  type MatrixRow,
  type RoleMatrix,
  type Score,
  type Stakeholder,
} from '../domain/matrix';
import { isBlankRow, parseTextGrid, type TextGrid } from './csv-grid';
import { readScore, unguardCell } from './score-text';
import type { ImportProblem, ImportResult } from './import-types';

/** Options for reading one file. */
export interface CsvImportOptions {
  /** The file's name; a wide file's country is named after it. */
  readonly fileName: string;
  /** Force a delimiter instead of guessing. */
  readonly delimiter?: string;
}

const MAX_ERRORS = 50;

/**
 * Reads a CSV/TSV text into role matrices. Understands
 * - the long format: header `country,service,stakeholder,score` (+ optional `note`), any countries;
 * - the wide format: one row per X.1060 category/service (or custom row), one column per
 *   stakeholder, one country per file; title lines above the header are skipped, as in the seed
 *   tables pasted from slides (two header rows, labels like "A) strategic management …").
 * A file with any error yields no matrix: it is rejected whole.
 */
export function importCsvText(text: string, options: CsvImportOptions): ImportResult {
  const { fileName } = options;
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return reject(fileName, 'none', [{ severity: 'error', message: 'the file is empty' }]);
  }
  if (text.includes("\u0000")) {
    return reject(fileName, 'none', [
      { severity: 'error', message: 'the file is not text (it holds binary data): export it from your spreadsheet as CSV' },
    ]);
  }
  const grid = parseTextGrid(text, options.delimiter);
  const problems: ImportProblem[] = grid.parseErrors.map((e) => ({ severity: 'error', line: e.line, message: e.message }));
  const longHeader = findLongHeader(grid);
  const read = longHeader ? readLong(grid, longHeader, fileName) : readWide(grid, fileName);
  problems.push(...read.problems);
  const format = longHeader ? 'long' : 'wide';
  if (problems.some((p) => p.severity === 'error')) return reject(fileName, format, problems);
  if (read.matrices.length === 0) {
    problems.push({ severity: 'error', message: 'no scores found: the file has a header but no data rows' });
    return reject(fileName, format, problems);
  }
  return { fileName, format, matrices: read.matrices, problems };
}

function reject(fileName: string, format: ImportResult['format'], problems: ImportProblem[]): ImportResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const kept = errors.length > MAX_ERRORS ? [...errors.slice(0, MAX_ERRORS), { severity: 'error' as const, message: `… and ${errors.length - MAX_ERRORS} more errors` }] : problems;
  return { fileName, format, matrices: [], problems: kept };
}

/** The country a file names itself after: "datasets/Japan 2024.csv" → "Japan 2024". */
export function countryFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(csv|tsv|txt)$/i, '').trim() || 'Imported';
}

function cell(row: readonly string[] | undefined, i: number): string {
  return unguardCell((row?.[i] ?? '').trim());
}

// ---------------------------------------------------------------- long format

interface LongHeader {
  readonly index: number;
  readonly country?: number;
  readonly service: number;
  readonly stakeholder: number;
  readonly score: number;
  readonly note?: number;
}

const LONG_NAMES: Record<keyof Omit<LongHeader, 'index'>, string[]> = {
  country: ['country', '国', '国名'],
  service: ['service', 'row', 'category', 'サービス'],
  stakeholder: ['stakeholder', 'player', 'ステークホルダー', 'プレイヤー'],
  score: ['score', 'value', 'スコア', '値'],
  note: ['note', 'notes', 'rationale', '備考', 'メモ'],
};

function findLongHeader(grid: TextGrid): LongHeader | undefined {
  const limit = Math.min(grid.rows.length, 20);
  for (let r = 0; r < limit; r++) {
    const folded = grid.rows[r]!.map((c) => foldName(c));
    const find = (names: string[]) => {
      const i = folded.findIndex((c) => names.includes(c));
      return i < 0 ? undefined : i;
    };
    const service = find(LONG_NAMES.service);
    const stakeholder = find(LONG_NAMES.stakeholder);
    const score = find(LONG_NAMES.score);
    if (service !== undefined && stakeholder !== undefined && score !== undefined) {
      return { index: r, service, stakeholder, score, country: find(LONG_NAMES.country), note: find(LONG_NAMES.note) };
    }
  }
  return undefined;
}

function readLong(grid: TextGrid, h: LongHeader, fileName: string): { matrices: RoleMatrix[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const header = grid.rows[h.index]!;
  const err = (line: number, column: number | undefined, message: string) =>
    problems.push({ severity: 'error', line, column: column === undefined ? undefined : column + 1, columnName: column === undefined ? undefined : header[column]?.trim(), message });
  const decimalComma = grid.delimiter === ';';
  const fallbackCountry = countryFromFileName(fileName);
  const builders = new Map<string, MatrixBuilder>();
  const seen = new Map<string, number>();
  const used = new Set([h.country, h.service, h.stakeholder, h.score, h.note].filter((x) => x !== undefined));
  const ignored = header.map((name, i) => ({ name: name.trim(), i })).filter((c) => !used.has(c.i) && c.name !== '');
  for (const c of ignored) {
    problems.push({ severity: 'warning', line: grid.lines[h.index], column: c.i + 1, columnName: c.name, message: `column "${c.name}" is not part of the long format and was not imported` });
  }
  for (let r = h.index + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    const line = grid.lines[r]!;
    if (isBlankRow(row)) continue;
    if (problems.length > MAX_ERRORS * 2) break;
    const country = (h.country !== undefined ? cell(row, h.country) : '') || fallbackCountry;
    const service = cell(row, h.service);
    const stakeholder = cell(row, h.stakeholder);
    if (service === '') {
      err(line, h.service, 'the service is empty: give an X.1060 id such as D-2, or a row name');
      continue;
    }
    if (stakeholder === '') {
      err(line, h.stakeholder, 'the stakeholder is empty');
      continue;
    }
    const reading = readScore(row[h.score] ?? '', decimalComma);
    if (!reading.ok) {
      err(line, h.score, reading.reason);
      continue;
    }
    let b = builders.get(country);
    if (!b) builders.set(country, (b = new MatrixBuilder(country)));
    const rowKey = b.addRow(service);
    const colKey = b.addStakeholder(stakeholder);
    const dupKey = `${country}\u0000${rowKey}\u0000${colKey}`;
    const first = seen.get(dupKey);
    if (first !== undefined) {
      err(line, h.stakeholder, `${country} / ${service} / ${stakeholder} was already given on line ${first}`);
      continue;
    }
    seen.set(dupKey, line);
    b.set(rowKey, colKey, reading.score);
    const note = h.note !== undefined ? cell(row, h.note) : '';
    if (note) b.setNote(rowKey, colKey, note);
  }
  const matrices = [...builders.values()].map((b) => b.build({ file: fileName }));
  return { matrices, problems };
}

// ---------------------------------------------------------------- wide format

function readWide(grid: TextGrid, fileName: string): { matrices: RoleMatrix[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const { rows, lines } = grid;
  const { labelCol, firstData } = locateRowLabels(rows);
  // The header is the nearest non-empty row above the first data row that names columns right
  // of the labels; anything above it (titles, "Players/Stake holders" spanning the columns) is
  // not data.
  let headerIdx = -1;
  for (let r = firstData - 1; r >= 0; r--) {
    if (rows[r]!.slice(labelCol + 1).some((c) => c.trim() !== '')) {
      headerIdx = r;
      break;
    }
  }
  if (headerIdx < 0) {
    const line = lines[firstData] ?? 1;
    problems.push({ severity: 'error', line, message: 'no header row with stakeholder names was found above the first row of scores' });
    return { matrices: [], problems };
  }
  const header = rows[headerIdx]!;
  const headerLine = lines[headerIdx]!;
  const country = countryFromFileName(fileName);
  const b = new MatrixBuilder(country);
  const columns: { index: number; key: string; name: string }[] = [];
  const keyAt = new Map<string, number>();
  for (let c = labelCol + 1; c < header.length; c++) {
    const name = cell(header, c);
    if (name === '') continue;
    const key = stakeholderKey(name);
    const other = keyAt.get(key);
    if (other !== undefined) {
      problems.push({ severity: 'error', line: headerLine, column: c + 1, columnName: name, message: `stakeholder "${name}" appears twice (also column ${other + 1})` });
      continue;
    }
    keyAt.set(key, c);
    columns.push({ index: c, key: b.addStakeholder(name), name });
    if (!matchStakeholderType(name)) {
      problems.push({ severity: 'warning', line: headerLine, column: c + 1, columnName: name, message: `"${name}" is not a standard stakeholder type; kept as a custom stakeholder` });
    }
  }
  if (columns.length === 0) {
    problems.push({ severity: 'error', line: headerLine, message: 'the header names no stakeholder' });
    return { matrices: [], problems };
  }
  // Width is where the header's last name stands, so trailing empty columns do not count.
  let width = header.length;
  while (width > 0 && cell(header, width - 1) === '') width--;
  const rowAt = new Map<string, number>();
  const decimalComma = grid.delimiter === ';';
  const leftNotes = new Set<string>();
  for (let r = headerIdx + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = lines[r]!;
    if (isBlankRow(row)) continue;
    if (problems.length > MAX_ERRORS * 2) break;
    const label = cell(row, labelCol);
    for (let c = 0; c < labelCol; c++) if (cell(row, c) !== '') leftNotes.add(cell(row, c));
    const valuesBeyond = row.slice(width).findIndex((v) => v.trim() !== '');
    if (valuesBeyond >= 0) {
      const c = width + valuesBeyond;
      problems.push({ severity: 'error', line, column: c + 1, message: `a value "${cell(row, c)}" stands in a column with no stakeholder name in the header (line ${headerLine})` });
      continue;
    }
    if (label === '') {
      problems.push({ severity: 'error', line, column: labelCol + 1, message: 'this row has scores but no row label (an X.1060 id such as D-2, or a name)' });
      continue;
    }
    if (row.length < width) {
      problems.push({ severity: 'error', line, message: `this row has ${row.length} cells but the header (line ${headerLine}) has ${width}: a cell is missing or a delimiter was lost` });
      continue;
    }
    const rowKey = rowKeyFor(parseX1060Id(label), label);
    const firstLine = rowAt.get(rowKey);
    if (firstLine !== undefined) {
      problems.push({ severity: 'error', line, column: labelCol + 1, message: `row "${label}" repeats line ${firstLine} (${rowKey.startsWith('custom:') ? 'same name' : `both are X.1060 ${rowKey}`})` });
      continue;
    }
    rowAt.set(rowKey, line);
    b.addRow(label);
    for (const col of columns) {
      const reading = readScore(row[col.index] ?? '', decimalComma);
      if (!reading.ok) {
        problems.push({ severity: 'error', line, column: col.index + 1, columnName: col.name, message: reading.reason });
        continue;
      }
      b.set(rowKey, col.key, reading.score);
    }
  }
  if (leftNotes.size > 0) {
    problems.push({ severity: 'warning', message: `text left of the row labels was read as a group heading, not data: ${[...leftNotes].map((t) => `"${t}"`).join(', ')}` });
  }
  return { matrices: rowAt.size > 0 ? [b.build({ file: fileName })] : [], problems };
}

/**
 * Finds the column holding row labels and the first row of scores: the column (among the first
 * three) where most cells begin with an X.1060 id. Without any id the first column holds custom
 * row labels and data starts after the first non-empty row.
 */
function locateRowLabels(rows: readonly string[][]): { labelCol: number; firstData: number } {
  const counts = [0, 0, 0];
  const first = [-1, -1, -1];
  rows.forEach((row, r) => {
    for (let c = 0; c < 3; c++) {
      if (parseX1060Id(row[c] ?? '') !== null) {
        counts[c]!++;
        if (first[c] === -1) first[c] = r;
      }
    }
  });
  const best = counts.indexOf(Math.max(...counts));
  if (counts[best]! > 0) return { labelCol: best, firstData: first[best]! };
  const headerRow = rows.findIndex((row) => !isBlankRow(row));
  return { labelCol: 0, firstData: headerRow + 1 };
}

// ---------------------------------------------------------------- building

function stakeholderKey(name: string): string {
  const t = matchStakeholderType(name);
  return t ? t.id : `custom:${foldName(name)}`;
}

/** Accumulates rows, stakeholders and cells in first-seen order. */
class MatrixBuilder {
  private readonly rows: MatrixRow[] = [];
  private readonly rowIndex = new Map<string, number>();
  private readonly stakeholders: Stakeholder[] = [];
  private readonly colIndex = new Map<string, number>();
  private readonly values = new Map<string, Score>();
  private readonly notes: Record<string, string> = {};
  private hasNotes = false;

  constructor(private readonly country: string) {}

  addRow(label: string): string {
    const id = parseX1060Id(label);
    const key = rowKeyFor(id, label);
    if (!this.rowIndex.has(key)) {
      this.rowIndex.set(key, this.rows.length);
      this.rows.push(id ? { key, x1060Id: id, label } : { key, label });
    }
    return key;
  }

  addStakeholder(name: string): string {
    const key = stakeholderKey(name);
    if (!this.colIndex.has(key)) {
      const t = matchStakeholderType(name);
      this.colIndex.set(key, this.stakeholders.length);
      this.stakeholders.push(t ? { key, name, typeId: t.id, sector: t.sector } : { key, name, sector: 'other' });
    }
    return key;
  }

  set(rowKey: string, colKey: string, score: Score): void {
    this.values.set(noteKey(rowKey, colKey), score);
  }

  setNote(rowKey: string, colKey: string, note: string): void {
    this.notes[noteKey(rowKey, colKey)] = note;
    this.hasNotes = true;
  }

  build(provenance: RoleMatrix['provenance']): RoleMatrix {
    const cells = this.rows.map((r) => this.stakeholders.map((s) => this.values.get(noteKey(r.key, s.key)) ?? null));
    return {
      id: this.country,
      country: this.country,
      rows: this.rows,
      stakeholders: this.stakeholders,
      cells,
      ...(this.hasNotes ? { notes: this.notes } : {}),
      provenance,
    };
  }
}
