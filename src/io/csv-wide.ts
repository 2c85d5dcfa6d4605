// Reading a wide file (one row per service, one column per stakeholder, one country), as a recipe:
// shapeWide (what each row is, where the header and the labels stand) → keepTitles (lines above the
// header) → readHeaderRow (the stakeholder columns) → readBody (each data row, footnotes kept as
// provenance) → warnGroupHeadings → the matrix. Where things stand is told in wide-layout.ts, the
// header's columns in wide-columns.ts, a data row in wide-rows.ts.
import type { ProblemParams } from '../domain/problem-codes';
import type { TextGrid } from './csv-grid';
import type { ReadOutcome } from './csv-long';
import type { HeaderRemap } from './header-names';
import type { HeaderReading, ImportProblem } from './import-types';
import { MatrixBuilder, rowKeyOf } from './matrix-builder';
import { problem } from './problems';
import { joinCells, ProvenanceLines } from './provenance-lines';
import { readTextCell } from './score-text';
import { readWideColumns, type WideColumn } from './wide-columns';
import {
  findHeader,
  isDescriptionColumn,
  kindOfRow,
  lastDataRow,
  locateLabelColumn,
  type RowKind,
} from './wide-layout';
import { readRowScores, refusedRow } from './wide-rows';

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
  const shape = shapeWide(grid, guarded);
  if (shape.headerIdx < 0) return { matrices: [], problems: [noHeader(shape)], headers: [] };
  const texts = new ProvenanceLines();
  keepTitles(shape, texts, problems);
  const head = readHeaderRow(shape, country, remap, problems);
  if (head.columns.length === 0) {
    problems.push(problem('error', 'no-stakeholder', { line: head.headerLine }));
    return { matrices: [], problems, headers: head.headers, headerLine: head.headerLine };
  }
  const body = readBody(shape, head, texts, problems, maxProblems);
  warnGroupHeadings(shape, head.headerLine, body.leftNotes, problems);
  const matrices = body.rows > 0 ? [head.builder.build({ file: fileName, ...texts.provenance() })] : [];
  const stopped = body.stoppedAt !== undefined ? { stoppedAt: body.stoppedAt } : {};
  return { matrices, problems, headers: head.headers, headerLine: head.headerLine, ...stopped };
}

/** What a wide file's rows are, and where its header and row labels stand. */
interface WideShape {
  readonly grid: TextGrid;
  readonly guarded: boolean;
  /** Whether "2,5" is a decimal (files delimited by tab, semicolon or pipe). */
  readonly decimalComma: boolean;
  readonly labelCol: number;
  readonly kinds: readonly RowKind[];
  /** The header's row, or -1 when there is none. */
  readonly headerIdx: number;
  /** A cell as the reader keeps it (trimmed; a guard apostrophe removed in the app's own files). */
  readonly cellAt: (row: readonly string[] | undefined, i: number) => string;
}

function shapeWide(grid: TextGrid, guarded: boolean): WideShape {
  const decimalComma = grid.delimiter !== ',';
  const labelCol = locateLabelColumn(grid.rows);
  // A file this app wrote has no footnotes: each row after its header is a row, even one labelled "Note: …".
  const kinds = grid.rows
    .map((row) => kindOfRow(row, labelCol, decimalComma))
    .map((k) => (guarded && k === 'note' ? 'other' : k));
  const headerIdx = guarded ? kinds.findIndex((k) => k !== 'blank') : findHeader(kinds);
  const cellAt = (row: readonly string[] | undefined, i: number) => readTextCell(row?.[i] ?? '', guarded);
  return { grid, guarded, decimalComma, labelCol, kinds, headerIdx, cellAt };
}

/** The error of a file without a header row, naming the first line of scores if there is one. */
function noHeader({ grid, kinds }: WideShape): ImportProblem {
  const firstScores = kinds.indexOf('scores');
  const line = grid.lines[firstScores] ?? grid.lines[0] ?? 1;
  return problem('error', 'no-header', { line }, firstScores >= 0 ? { scoresLine: line } : {});
}

/** Lines above the header are titles (or notes), kept as provenance. */
function keepTitles({ grid, kinds, headerIdx }: WideShape, texts: ProvenanceLines, problems: ImportProblem[]): void {
  for (let r = 0; r < headerIdx; r++)
    if (kinds[r] !== 'blank')
      texts.add(
        joinCells(grid.rows[r]!, grid.delimiter),
        grid.lines[r]!,
        kinds[r] === 'note' ? 'note' : 'title',
        problems,
      );
}

/** The header row read: the matrix under way with its stakeholder columns, and how every name was read. */
interface WideHead {
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly builder: MatrixBuilder;
  readonly columns: WideColumn[];
  readonly headers: HeaderReading[];
  /** Columns under a header name (stakeholders and skipped ones). */
  readonly named: ReadonlySet<number>;
  /** Columns up to the header's last name (trailing empty columns do not count). */
  readonly width: number;
}

function readHeaderRow(
  shape: WideShape,
  country: string,
  remap: HeaderRemap | undefined,
  problems: ImportProblem[],
): WideHead {
  const { grid, kinds, headerIdx, labelCol, decimalComma, cellAt } = shape;
  const header = grid.rows[headerIdx]!;
  const headerLine = grid.lines[headerIdx]!;
  const dataRows = grid.rows.slice(headerIdx + 1).filter((_, i) => kinds[headerIdx + 1 + i] !== 'note');
  const described = isDescriptionColumn(
    header[labelCol + 1] ?? '',
    dataRows.map((r) => r[labelCol + 1] ?? ''),
    decimalComma,
    remap,
  );
  const builder = new MatrixBuilder(country, remap);
  let width = header.length;
  while (width > 0 && cellAt(header, width - 1) === '') width--;
  const { columns, headers, skipped } = readWideColumns({
    header,
    headerLine,
    labelCol,
    descCol: described ? labelCol + 1 : -1,
    width,
    cell: (c) => cellAt(header, c),
    remap,
    builder,
    problems,
  });
  const named = new Set([...columns.map((c) => c.index), ...skipped]);
  return { header, headerLine, builder, columns, headers, named, width };
}

/** What reading the rows after the header gave: how many rows, where reading stopped, text left of the labels. */
interface WideBody {
  readonly rows: number;
  readonly stoppedAt?: number;
  readonly leftNotes: ReadonlySet<string>;
}

/**
 * Reads the rows after the header: note lines and text after the matrix's last row are provenance
 * (see lastDataRow); each other row is refused with a problem or read into the matrix. Only errors
 * stop the reading: a header of 2,000 custom stakeholders (2,000 warnings) is read whole.
 */
function readBody(
  shape: WideShape,
  head: WideHead,
  texts: ProvenanceLines,
  problems: ImportProblem[],
  maxProblems: number,
): WideBody {
  const { grid, kinds, headerIdx, labelCol, cellAt } = shape;
  const lastData = shape.guarded
    ? grid.rows.length - 1
    : lastDataRow(grid.rows, kinds, headerIdx, (row) => cellAt(row, labelCol));
  const rowAt = new Map<string, number>();
  const leftNotes = new Set<string>();
  const errors = errorCounter(problems);
  for (let r = headerIdx + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    const line = grid.lines[r]!;
    const kind = kinds[r]!;
    if (kind === 'blank') continue;
    if (errors() > maxProblems) return { rows: rowAt.size, stoppedAt: line, leftNotes };
    if (kind === 'note' || r > lastData) {
      texts.add(joinCells(row, grid.delimiter), line, kind === 'note' ? 'note' : 'trailer', problems);
      continue;
    }
    const label = cellAt(row, labelCol);
    for (let c = 0; c < labelCol; c++) if (cellAt(row, c) !== '') leftNotes.add(cellAt(row, c));
    const refused =
      refusedRow(row, line, label, { ...head, labelCol, delimiter: grid.delimiter, cell: (c) => cellAt(row, c) }) ??
      repeatedRow(rowAt, label, line, labelCol);
    if (refused) {
      problems.push(refused);
      continue;
    }
    rowAt.set(rowKeyOf(label), line);
    readRowScores(
      head.builder,
      head.builder.addRow(label),
      row,
      line,
      head.columns,
      shape.decimalComma,
      problems,
      shape.grid.delimiter === ';',
    );
  }
  return { rows: rowAt.size, leftNotes };
}

/** How many errors the problems hold so far (counting only those added since the last call). */
function errorCounter(problems: readonly ImportProblem[]): () => number {
  let counted = 0;
  let errors = 0;
  return () => {
    for (; counted < problems.length; counted++) if (problems[counted]!.severity === 'error') errors++;
    return errors;
  };
}

/** The error of a row that names a row already read (the same X.1060 id or the same custom name). */
function repeatedRow(
  rowAt: ReadonlyMap<string, number>,
  label: string,
  line: number,
  labelCol: number,
): ImportProblem | undefined {
  const rowKey = rowKeyOf(label);
  const firstLine = rowAt.get(rowKey);
  if (firstLine === undefined) return undefined;
  const id: ProblemParams = rowKey.startsWith('custom:') ? {} : { id: rowKey };
  return problem('error', 'duplicate-row', { line, column: labelCol }, { label, firstLine, ...id });
}

/** Text left of the row labels is a group heading, not data: one warning quoting them all. */
function warnGroupHeadings(
  { grid, headerIdx }: WideShape,
  headerLine: number,
  leftNotes: ReadonlySet<string>,
  problems: ImportProblem[],
): void {
  if (leftNotes.size === 0) return;
  const list = [...leftNotes].map((t) => `"${t}"`).join(', ');
  problems.push(
    problem('warning', 'group-heading', { line: grid.lines[headerIdx + 1] ?? headerLine, column: 0 }, { texts: list }),
  );
}
