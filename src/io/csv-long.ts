// Reading a long file (one line per cell: country, service, stakeholder, score, note): LongReader
// takes its lines as the parser hands them over (readLongLine says what each line says), checks them
// and builds one matrix per country. This file reads on its own: the speed machinery that reads a big
// file in two halves (src/io/worker/) only feeds the same reader the lines of the second half.
import { foldName } from '../domain/stakeholders';
import type { RoleMatrix } from '../domain/matrix';
import { isBlankRow } from './csv-grid';
import { readHeader, type HeaderRemap } from './header-names';
import type { HeaderReading, ImportProblem } from './import-types';
import type { LongHeader } from './long-header';
import { readLongLine, TotalsNames, type LongLineSink } from './long-lines';
import { LabelReadings, MatrixBuilder } from './matrix-builder';
import { problem } from './problems';
import { joinCells, ProvenanceLines } from './provenance-lines';
import { scoreParams, type ScoreReading } from './score-text';
import { unlistedProblem } from './unlisted-cells';

/** What a reader gives back: matrices, problems, and how the stakeholders were understood. */
export interface ReadOutcome {
  readonly matrices: RoleMatrix[];
  readonly problems: ImportProblem[];
  readonly headers: HeaderReading[];
  /** Cells no line of a long file gives, as [matrix, row, stakeholder] indices (read as blank). */
  readonly unlisted?: readonly (readonly [number, number, number])[];
  /** The line where reading stopped because too many problems were found (the rest was not read). */
  readonly stoppedAt?: number;
  /** The line of a wide table's header row (its stakeholders' names). */
  readonly headerLine?: number;
}

/** What a LongReader needs besides the header. */
export interface LongReaderOptions {
  readonly fileName: string;
  /** The country of lines without a country column (named after the file). */
  readonly fallbackCountry: string;
  /** Whether "2,5" is a decimal (files delimited by tab, semicolon or pipe). */
  readonly decimalComma: boolean;
  /** Whether the file is one this app wrote (see readTextCell). */
  readonly guarded: boolean;
  /** The file's delimiter. */
  readonly delimiter: string;
  readonly remap?: HeaderRemap;
  /** Lines after this many errors are not read (warnings do not count). */
  readonly maxProblems: number;
}

/**
 * Reads a long file line by line as the parser hands the lines over, so that a big file's cells
 * are checked and stored while it is parsed and its raw rows can be dropped (keeping 150,000 rows
 * of strings alive costs more in garbage collection than reading them).
 */
export class LongReader implements LongLineSink {
  private readonly problems: ImportProblem[] = [];
  private readonly builders = new Map<string, MatrixBuilder>();
  private readonly totalsNames = new TotalsNames();
  private readonly headers = new Map<string, HeaderReading>();
  private readonly seenOn = new Map<string, number>();
  private readonly totals = new Map<string, { line: number; count: number; column: number }>();
  private readonly readings: LabelReadings;
  private readonly texts = new ProvenanceLines();
  // Lines come grouped by country and often by service: the last ones found are kept at hand.
  private lastCountry: string | undefined;
  private builder: MatrixBuilder | undefined;
  private lastService: string | undefined;
  private rowAt = -1;
  private stoppedAt: number | undefined;
  // The header's warnings: only errors count towards maxProblems (warnings never stop a reading).
  private readonly warnings: number;

  constructor(
    private readonly header: readonly string[],
    private readonly headerLine: number,
    private readonly h: LongHeader,
    private readonly options: LongReaderOptions,
  ) {
    this.readings = new LabelReadings(options.remap);
    const used = new Set([h.country, h.service, h.stakeholder, h.score, h.note].filter((x) => x !== undefined));
    header.forEach((raw, i) => {
      const name = raw.trim();
      if (used.has(i) || name === '') return;
      this.problems.push(problem('warning', 'ignored-column', this.at(headerLine, i), { name }));
    });
    // Lines only ever add errors; the other warnings are added by finish().
    this.warnings = this.problems.length;
  }

  private at(line: number, column: number) {
    return { line, column, columnName: this.header[column]?.trim() };
  }

  /** Reads one line of the file (a row after the header). */
  add(row: readonly string[], line: number): void {
    // Where reading stops: the first line with something in it (blank lines say nothing).
    if (this.full()) {
      if (!isBlankRow(row)) this.stopAt(line);
      return;
    }
    readLongLine(row, line, this.h, this.options, this.totalsNames, this);
  }

  /** Whether so many errors were found that the lines after them are not read (warnings do not count). */
  full(): boolean {
    return this.problems.length - this.warnings > this.options.maxProblems;
  }

  /** Notes where reading stopped (the first line not read) once the reader is full. */
  stopAt(line: number): void {
    this.stoppedAt ??= line;
  }

  /** A line whose service or stakeholder is empty. */
  emptyName(code: 'empty-service' | 'empty-stakeholder', line: number): void {
    const { h, problems } = this;
    if (code === 'empty-service') problems.push(problem('error', 'empty-service', this.at(line, h.service)));
    else problems.push(problem('error', 'empty-stakeholder', this.at(line, h.stakeholder)));
  }

  /** A title line above the header: kept as provenance. */
  title(row: readonly string[], line: number): void {
    this.texts.add(joinCells(row, this.options.delimiter), line, 'title', this.problems);
  }

  /** A source or note line: kept as provenance. */
  note(text: string, line: number): void {
    this.texts.add(text, line, 'note', this.problems);
  }

  /** A line with more fields than the header, or without a score field. */
  shape(code: 'extra-fields' | 'missing-score', fields: number, line: number): void {
    const { h, headerLine } = this;
    const params = { fields, width: h.width, headerLine };
    if (code === 'extra-fields')
      this.problems.push(problem('error', code, { line, column: h.width }, { ...params, of: 'line' }));
    else this.problems.push(problem('error', code, this.at(line, h.score), params));
  }

  /** A line of a totals row (in the service column) or column (in the stakeholder column): counted, not read. */
  total(name: string, column: number, line: number): void {
    const t = this.totals.get(name);
    if (t) t.count++;
    else this.totals.set(name, { line, count: 1, column });
  }

  /** A line giving a cell: names trimmed, the score as read, the note ('' for none). */
  cell(country: string, service: string, stakeholder: string, score: ScoreReading, note: string, line: number): void {
    const { h, problems, options } = this;
    let reading = this.headers.get(stakeholder);
    if (!reading) {
      this.headers.set(
        stakeholder,
        (reading = {
          name: stakeholder,
          as: readHeader(stakeholder, options.remap),
          remapped: options.remap?.[foldName(stakeholder)] !== undefined,
        }),
      );
      this.seenOn.set(stakeholder, line);
    }
    if (reading.as === 'ignored') return;
    if (!score.ok) {
      problems.push(problem('error', score.code, this.at(line, h.score), scoreParams(score)));
      return;
    }
    let b = this.builder;
    if (country !== this.lastCountry || !b) {
      b = this.builders.get(country);
      if (!b) this.builders.set(country, (b = new MatrixBuilder(country, this.readings)));
      this.builder = b;
      this.lastCountry = country;
      this.lastService = undefined;
    }
    if (service !== this.lastService) {
      this.rowAt = b.addRow(service);
      this.lastService = service;
    }
    const colAt = b.addStakeholder(stakeholder);
    const first = b.setOnce(this.rowAt, colAt, score.score, line);
    if (first !== undefined) {
      problems.push(
        problem('error', 'duplicate-cell', this.at(line, h.stakeholder), {
          country,
          service,
          stakeholder,
          firstLine: first,
        }),
      );
      return;
    }
    if (note) b.setNote(this.rowAt, colAt, note);
  }

  /** The matrices read, and the problems and header readings found along the way. */
  finish(): ReadOutcome {
    const { h, problems } = this;
    for (const [name, t] of this.totals) {
      const code = t.column === h.service ? 'totals-row' : 'totals-column';
      problems.push(problem('warning', code, this.at(t.line, t.column), { name, count: t.count }));
    }
    for (const hr of this.headers.values()) {
      if (hr.as === 'custom' && !hr.remapped)
        problems.push(
          problem('warning', 'custom-stakeholder', this.at(this.seenOn.get(hr.name) ?? 1, h.stakeholder), {
            name: hr.name,
          }),
        );
    }
    const builders = [...this.builders.values()];
    const provenance = this.texts.provenance();
    const matrices = builders.map((b) => b.build({ file: this.options.fileName, ...provenance }));
    // Cells of a country that no line gives are blank in the matrices; the review says so and offers unknown.
    const unlisted: [number, number, number][] = [];
    // A file with errors is not imported: its bad lines would pass for missing cells.
    if (!problems.some((p) => p.severity === 'error'))
      builders.forEach((b, m) => b.forEachUnlisted((r, c) => unlisted.push([m, r, c])));
    if (unlisted.length > 0) {
      const n = unlisted.length;
      problems.push(unlistedProblem(n, 'blank'));
    }
    return {
      matrices,
      problems,
      headers: [...this.headers.values()],
      ...(unlisted.length ? { unlisted } : {}),
      ...(this.stoppedAt !== undefined ? { stoppedAt: this.stoppedAt } : {}),
    };
  }
}
