// The lines of the second half of a big long file, recorded compactly by the worker that reads that
// half (LongLineRecorder, a LongLineSink) and sent to the worker reading the first half, which tells
// them to its own LongReader after its own lines (replayRecords): exactly what one reader reading the
// whole file would have been told. See docs/import-pipeline.md.
import type { Score } from '../../domain/matrix';
import type { LongLineSink } from '../long-lines';
import { readingOfScore, type ScoreReading } from '../score-text';

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

const RECORD_INTS = 6;
const KIND_EMPTY_SERVICE = 0;
const KIND_EMPTY_STAKEHOLDER = 1;
/** ints: kind, line, name, column. */
const KIND_TOTAL = 2;
/** ints: kind, line, country, service, stakeholder, note (-1: none); scores: the score. */
const KIND_CELL = 3;
/** As KIND_CELL; scores: index in badScores. */
const KIND_BAD_SCORE = 4;
/** ints: kind, line, 0 (extra fields) or 1 (missing score), fields. */
const KIND_SHAPE = 5;
/** ints: kind, line, text. */
const KIND_NOTE = 6;

// Scores are finite (0–10): two non-finite numbers are free to stand for blank and unknown.
const BLANK = NaN;
const UNKNOWN = -Infinity;

/** The score a record holds, as a reading. */
function scoreReadingOf(v: number): ScoreReading {
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

/** A reader the recorded lines are told to: a LongReader, which may be full (too many errors to read on). */
export interface ReplayTarget extends LongLineSink {
  full(): boolean;
  stopAt(line: number): void;
}

/**
 * Tells a reader the lines another thread recorded from the rest of the same file, as if they
 * followed its own; their line numbers are shifted by lineOffset.
 */
export function replayRecords(records: LongRecords, reader: ReplayTarget, lineOffset: number): void {
  const { ints, scores, strings, badScores, count } = records;
  for (let i = 0, at = 0; i < count; i++, at += RECORD_INTS) {
    const line = ints[at + 1]! + lineOffset;
    if (reader.full()) return reader.stopAt(line);
    const a = ints[at + 2]!;
    const b = ints[at + 3]!;
    switch (ints[at]) {
      case KIND_EMPTY_SERVICE:
        reader.emptyName('empty-service', line);
        break;
      case KIND_EMPTY_STAKEHOLDER:
        reader.emptyName('empty-stakeholder', line);
        break;
      case KIND_TOTAL:
        reader.total(strings[a]!, b, line);
        break;
      case KIND_NOTE:
        reader.note(strings[a]!, line);
        break;
      case KIND_SHAPE:
        reader.shape(a === 0 ? 'extra-fields' : 'missing-score', b, line);
        break;
      default: {
        const note = ints[at + 5]!;
        const score = ints[at] === KIND_BAD_SCORE ? badScores[scores[i]!]! : scoreReadingOf(scores[i]!);
        reader.cell(strings[a]!, strings[b]!, strings[ints[at + 4]!]!, score, note < 0 ? '' : strings[note]!, line);
      }
    }
  }
}
