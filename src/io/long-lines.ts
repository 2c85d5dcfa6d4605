// What each data line of a long file says on its own, apart from what earlier lines said: so that
// two threads can read the two halves of a big file at once, one recording its lines compactly
// (LongLineRecorder) for the other to replay after its own (LongReader.replay), exactly as if one
// reader had read the whole file.
import type { Score } from '../domain/matrix';
import { isBlankRow } from './csv-grid';
import type { LongHeader } from './csv-long';
import { isTotalsName } from './header-names';
import { isNoteLine, joinCells } from './provenance-lines';
import { readingOfScore, readScore, readTextCell, type ScoreReading } from './score-text';

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
  const score = readScore(row[h.score]!, context.decimalComma);
  sink.cell(country, service, stakeholder, score, cellAt(row, h.note, guarded), line);
}

/**
 * Lines recorded for replay, packed for postMessage: RECORD_INTS integers per line in `ints`
 * (kind, line, then two to four string indices or numbers), the score of each in `scores`, and the
 * texts once each in `strings`.
 */
export interface LongRecords {
  readonly count: number;
  readonly ints: Int32Array;
  readonly scores: Float64Array;
  readonly strings: string[];
  /** Score cells that are not scores, as read; a record of kind KIND_BAD_SCORE has its index in `scores`. */
  readonly badScores: ScoreReading[];
}

export const RECORD_INTS = 6;
export const KIND_EMPTY_SERVICE = 0;
export const KIND_EMPTY_STAKEHOLDER = 1;
/** ints: kind, line, name, column. */
export const KIND_TOTAL = 2;
/** ints: kind, line, country, service, stakeholder, note (-1: none); scores: the score. */
export const KIND_CELL = 3;
/** As KIND_CELL; scores: index in badScores. */
export const KIND_BAD_SCORE = 4;
/** ints: kind, line, 0 (extra fields) or 1 (missing score), fields. */
export const KIND_SHAPE = 5;
/** ints: kind, line, text. */
export const KIND_NOTE = 6;

// Scores are finite (0–10): two non-finite numbers are free to stand for blank and unknown.
const BLANK = NaN;
const UNKNOWN = -Infinity;

/** The score a record holds, as a reading. */
export function scoreReadingOf(v: number): ScoreReading {
  const score: Score = v === UNKNOWN ? 'unknown' : v !== v ? null : v;
  return readingOfScore(score);
}

/** A sink that records lines compactly, to be replayed by a LongReader on another thread. */
export class LongLineRecorder implements LongLineSink {
  private ints = new Int32Array(RECORD_INTS * 4096);
  private scores = new Float64Array(4096);
  private count = 0;
  private readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly badScores: ScoreReading[] = [];

  private id(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  private next(kind: number, line: number): number {
    if (this.count === this.scores.length) {
      const ints = new Int32Array(this.ints.length * 2);
      ints.set(this.ints);
      this.ints = ints;
      const scores = new Float64Array(this.scores.length * 2);
      scores.set(this.scores);
      this.scores = scores;
    }
    const at = this.count++ * RECORD_INTS;
    this.ints[at] = kind;
    this.ints[at + 1] = line;
    return at;
  }

  emptyName(code: 'empty-service' | 'empty-stakeholder', line: number): void {
    this.next(code === 'empty-service' ? KIND_EMPTY_SERVICE : KIND_EMPTY_STAKEHOLDER, line);
  }

  total(name: string, column: number, line: number): void {
    const at = this.next(KIND_TOTAL, line);
    this.ints[at + 2] = this.id(name);
    this.ints[at + 3] = column;
  }

  note(text: string, line: number): void {
    const at = this.next(KIND_NOTE, line);
    this.ints[at + 2] = this.id(text);
  }

  shape(code: 'extra-fields' | 'missing-score', fields: number, line: number): void {
    const at = this.next(KIND_SHAPE, line);
    this.ints[at + 2] = code === 'extra-fields' ? 0 : 1;
    this.ints[at + 3] = fields;
  }

  cell(country: string, service: string, stakeholder: string, score: ScoreReading, note: string, line: number): void {
    const at = this.next(score.ok ? KIND_CELL : KIND_BAD_SCORE, line);
    const { ints } = this;
    ints[at + 2] = this.id(country);
    ints[at + 3] = this.id(service);
    ints[at + 4] = this.id(stakeholder);
    ints[at + 5] = note === '' ? -1 : this.id(note);
    if (score.ok)
      this.scores[this.count - 1] = score.score === null ? BLANK : score.score === 'unknown' ? UNKNOWN : score.score;
    else this.scores[this.count - 1] = this.badScores.push(score) - 1;
  }

  /** The lines recorded; the arrays are trimmed to size (their buffers can be transferred). */
  records(): LongRecords {
    return {
      count: this.count,
      ints: this.ints.slice(0, this.count * RECORD_INTS),
      scores: this.scores.slice(0, this.count),
      strings: this.strings,
      badScores: this.badScores,
    };
  }
}
