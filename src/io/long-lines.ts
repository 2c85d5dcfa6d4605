// What each data line of a long file says on its own, apart from what earlier lines said: a line is
// told to a sink (LongReader builds the matrices from it). Because a line needs nothing of the lines
// before it, two threads can read the two halves of a big file at once (src/io/worker/line-records.ts
// records the second half's lines for the reader of the first), exactly as if one reader read it whole.
import { isBlankRow } from './csv-grid';
import { isTotalsName } from './header-names';
import type { LongHeader } from './long-header';
import { isNoteLine, joinCells } from './provenance-lines';
import { readScore, readTextCell, type ScoreReading } from './score-text';

/** Receives what the data lines of a long file say, in file order. */
export interface LongLineSink {
  /** A line whose service or stakeholder is empty. */
  emptyName(code: 'empty-service' | 'empty-stakeholder', line: number): void;
  /** A line of a totals row (in the service column) or column (in the stakeholder column). */
  total(name: string, column: number, line: number): void;
  /** A source or note line (`Source: …`, `注：…`): its text, kept as provenance. */
  note(text: string, line: number): void;
  /** A line with more fields than the header, or without a score field: `fields` is how many it has. */
  shape(code: 'extra-fields' | 'missing-score', fields: number, line: number): void;
  /** A line giving a cell: names trimmed, the score as read, the note ('' for none). */
  cell(country: string, service: string, stakeholder: string, score: ScoreReading, note: string, line: number): void;
}

/** What reading a line needs to know of the file. */
export interface LongLineContext {
  /** The country of lines without a country column (named after the file). */
  readonly fallbackCountry: string;
  /** Whether "2,5" is a decimal (files delimited by tab, semicolon or pipe). */
  readonly decimalComma: boolean;
  /** Whether the file is one this app wrote, whose guard apostrophes are to be removed. */
  readonly guarded: boolean;
  /** The file's delimiter (a note line split at it is joined again). */
  readonly delimiter: string;
}

/** What reading the lines of a long file needs to know of its head. */
export interface LongLayout {
  readonly header: LongHeader;
  readonly delimiter: string;
  readonly context: LongLineContext;
}

/** The layout of a long file with this header and delimiter (decimal commas are unambiguous only where the comma is not the delimiter). */
export function longLayout(header: LongHeader, delimiter: string, country: string, guarded: boolean): LongLayout {
  return {
    header,
    delimiter,
    context: { fallbackCountry: country, decimalComma: delimiter !== ',', guarded, delimiter },
  };
}

/** Whether a name means a totals row or column; folding a name is costly and long files repeat a few thousands of times. */
export class TotalsNames {
  private readonly cache = new Map<string, boolean>();
  // Lines come grouped by service: comparing with the last service read spares hashing each one.
  private lastService = '';
  private lastServiceIs = false;

  has(name: string): boolean {
    let t = this.cache.get(name);
    if (t === undefined) this.cache.set(name, (t = isTotalsName(name)));
    return t;
  }

  /** As has(), for the service column. */
  hasService(name: string): boolean {
    if (name !== this.lastService) {
      this.lastService = name;
      this.lastServiceIs = this.has(name);
    }
    return this.lastServiceIs;
  }
}

const cellAt = (row: readonly string[], i: number | undefined, guarded: boolean) =>
  i === undefined ? '' : readTextCell(row[i] ?? '', guarded);

/** Reads one data line of a long file (blank lines say nothing) and tells the sink what it says. */
export function readLongLine(
  row: readonly string[],
  line: number,
  h: LongHeader,
  context: LongLineContext,
  totals: TotalsNames,
  sink: LongLineSink,
): void {
  if (row.length === 1 && row[0]!.trim() === '') return;
  if (isBlankRow(row)) return;
  // A footnote ("Source: interviews, May 2024", quoted or split at its commas) starts the line and
  // fills no cell's fields; a note column standing first may hold "Source: …" on a real cell's line.
  if (
    isNoteLine(row[0]!) &&
    (row.length > h.width ||
      row.length <= h.score ||
      (row[h.service] ?? '').trim() === '' ||
      (row[h.stakeholder] ?? '').trim() === '')
  ) {
    return sink.note(joinCells(row, context.delimiter), line);
  }
  // A value holding an unquoted delimiter ("see report, page 4") would lose its end: never guess.
  if (row.length > h.width) return sink.shape('extra-fields', row.length, line);
  const { guarded } = context;
  const country = cellAt(row, h.country, guarded) || context.fallbackCountry;
  const service = cellAt(row, h.service, guarded);
  const stakeholder = cellAt(row, h.stakeholder, guarded);
  if (service === '') return sink.emptyName('empty-service', line);
  if (stakeholder === '') return sink.emptyName('empty-stakeholder', line);
  if (totals.hasService(service)) return sink.total(service, h.service, line);
  if (totals.has(stakeholder)) return sink.total(stakeholder, h.stakeholder, line);
  if (row.length <= h.score) return sink.shape('missing-score', row.length, line);
  const score = readScore(row[h.score]!, context.decimalComma, context.delimiter === ';');
  sink.cell(country, service, stakeholder, score, cellAt(row, h.note, guarded), line);
}
