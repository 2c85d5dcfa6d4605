// Reading a big long file in two halves at once (two workers), with exactly the result of reading
// it whole: the head is read as usual; the tail is parsed elsewhere with the head's layout and its
// lines recorded (line-records.ts); the head's reader then replays them after its own lines. These
// are the pure steps; import.worker.ts runs them on two threads and importBytesInTwo on one (tests).
import { GUESS_CHARS, guessDelimiter, normaliseText, scanTextGrid, type TextScan } from '../csv-grid';
import { readCsvText, type CsvReading, type LongTail } from '../csv-import';
import { decodeAs, decodeBytes, detectEncoding, type TextEncodingName } from '../decode-text';
import type { HeaderRemap } from '../header-names';
import { importBytes, MAX_IMPORT_BYTES, tooLarge } from '../import-files';
import type { ImportResult } from '../import-types';
import { readLongLine, TotalsNames, type LongLayout } from '../long-lines';
import { earlyLongLayout, sameLongLayout } from './early-layout';
import { LongLineRecorder, replayRecords, type LongRecords } from './line-records';

/** Files from this size are read in two halves when a second worker is at hand. */
export const SPLIT_MIN_BYTES = 2 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/**
 * Where a file's bytes may be cut in two: the start of the first line after the middle. None for
 * small files, UTF-16 (its line breaks are two bytes) and files without a line break after the
 * middle. It reads only the bytes around the middle: whether the file holds a double quote or a NUL
 * byte (then it is read whole after all) is checked by each worker on its own half (splittable).
 */
export function splitPoint(
  bytes: Uint8Array,
  encoding?: TextEncodingName,
  minBytes = SPLIT_MIN_BYTES,
): number | undefined {
  if (bytes.byteLength < minBytes) return undefined;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return undefined;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  return lineStartAfter(bytes, bytes.byteLength >> 1);
}

/**
 * Whether a half's text keeps a split exact: no double quote (a quoted cell may hold a line break,
 * so a line end found in the middle might be inside a cell) and no NUL (binary: the whole file is
 * refused). In UTF-8, Shift_JIS and Windows-1252 the bytes of ", CR, LF and NUL only ever stand for
 * those characters, so the text tells what the bytes would.
 */
export function splittable(text: string): boolean {
  return text.indexOf('"') < 0 && text.indexOf('\u0000') < 0;
}

/** The start of the first line that begins after byte `from`; none when no line begins there. */
export function lineStartAfter(bytes: Uint8Array, from: number): number | undefined {
  // Starting on the LF of a CR LF pair would cut the pair: its CR is where to look from.
  const start = from > 0 && bytes[from] === LF && bytes[from - 1] === CR ? from - 1 : from;
  const lf = bytes.indexOf(LF, start);
  const cr = bytes.indexOf(CR, start);
  const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  if (end < 0) return undefined;
  // A CR LF pair is one line break: cut after both.
  const cut = bytes[end] === CR && bytes[end + 1] === LF ? end + 2 : end + 1;
  return cut < bytes.byteLength ? cut : undefined;
}

/** How the tail is decoded: in the encoding chosen by the user or shown by the head's UTF-8 BOM, or guessed like a whole file. */
export type TailDecoding = TextEncodingName | 'guess';

/** The tail's decoding for a file whose head reads as decodeBytes(bytes, forced) does. */
export function tailDecoding(bytes: Uint8Array, forced?: TextEncodingName): TailDecoding {
  if (forced) return forced;
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : 'guess';
}

/**
 * A part of a file decoded: its text, the encoding used, whether every byte was ASCII, and whether
 * the encoding was certain (a byte-order mark, valid UTF-8, the user's choice, or a clear score: no note).
 */
export interface DecodedPart {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly ascii: boolean;
  readonly certain: boolean;
}

/** Decodes the head as decodeBytes decodes a whole file (BOM, detection or the user's choice). */
export function decodeHead(head: Uint8Array, forced?: TextEncodingName): DecodedPart {
  const { text, encoding, ascii, certain } = forced ? decodeAs(head, forced) : detectEncoding(head);
  return { text, encoding, ascii, certain };
}

/**
 * Decodes the tail. A U+FEFF at its start is text (only a file's first character can be a BOM);
 * guessing, it is detected as a whole file is (without a byte-order mark). UTF-8 shown by the
 * head's BOM is certain only when the tail is valid UTF-8 (else the whole file reads its few odd
 * bytes otherwise, with a note).
 */
export function decodeTail(tail: Uint8Array, how: TailDecoding): DecodedPart {
  if (how === 'guess') {
    const { text, encoding, ascii, certain } = detectEncoding(tail, { bom: false });
    return { text, encoding, ascii, certain };
  }
  const text = new TextDecoder(how, { ignoreBOM: true }).decode(tail);
  const ascii = isAsciiText(text, tail);
  return { text, encoding: how, ascii, certain: how !== 'utf-8' || text.indexOf('\uFFFD') < 0 };
}

function isAsciiText(text: string, bytes: Uint8Array): boolean {
  if (text.length !== bytes.byteLength) return false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/**
 * The encoding of the whole file when its two halves, decoded apart, read as the whole would: both
 * certain, and the same encoding, or one half plain ASCII (which every encoding here reads alike,
 * and which adds nothing to detection's scores). Undefined otherwise (the halves disagree, or one
 * was a guess or UTF-8 with odd bytes, which the whole file notes): the file must then be read whole.
 */
export function joinedEncoding(
  head: DecodedPart,
  tail: Pick<DecodedPart, 'encoding' | 'ascii' | 'certain'>,
): TextEncodingName | undefined {
  if (!head.certain || !tail.certain) return undefined;
  if (head.encoding === tail.encoding) return head.encoding;
  if (tail.ascii) return head.encoding;
  if (head.ascii) return tail.encoding;
  return undefined;
}

/** The tail's lines as recorded, and its parse errors (lines counted from its own start): posted to the head. */
export interface RecordedTail {
  readonly records: LongRecords;
  readonly parseErrors: TextScan['parseErrors'];
}

/** Reads the tail's lines with the head's layout, recording them for the head to replay. */
export function readLongTail(text: string, layout: LongLayout, onProgress?: (fraction: number) => void): RecordedTail {
  if (!splittable(text)) throw new Error('the tail holds a double quote or a NUL byte: the file is read whole');
  const recorder = new LongLineRecorder();
  const totals = new TotalsNames();
  const { header, context } = layout;
  const scan = scanTextGrid(text, {
    delimiter: layout.delimiter,
    onProgress,
    onRows: (rows, lines) => {
      for (let i = 0; i < rows.length; i++) readLongLine(rows[i]!, lines[i]!, header, context, totals, recorder);
    },
  });
  return { records: recorder.records(), parseErrors: scan.parseErrors };
}

/** What the tail's reader sends back: its lines, or nothing (it failed or was cancelled). */
export interface TailOutcome {
  readonly tail: RecordedTail;
  readonly decoded: Pick<DecodedPart, 'encoding' | 'ascii' | 'certain'>;
}

/** How to read one file: the user's choices and progress, as importBytes takes them. */
export interface SplitReadOptions {
  readonly encoding?: TextEncodingName;
  readonly remap?: HeaderRemap;
  readonly onProgress?: (fraction: number) => void;
}

/** The head read, waiting for its tail. */
export interface HeadReading {
  readonly decoded: DecodedPart;
  readonly reading: CsvReading;
}

/**
 * Reads the head (bytes before `split`), telling onLayout the layout the tail must be read with;
 * undefined when the head is not a long file (the whole file must then be read as usual). Progress is
 * reported as the fraction of the head read.
 */
export function readHead(
  fileName: string,
  bytes: Uint8Array,
  split: number,
  options: SplitReadOptions,
  onLayout: (layout: LongLayout) => void,
): HeadReading | undefined {
  const decoded = decodeHead(bytes.subarray(0, split), options.encoding);
  if (!splittable(decoded.text)) return undefined;
  // The delimiter is guessed from a file's first GUESS_CHARS characters: a shorter head (only in tests:
  // split files are 2 MB or more) guesses from the whole file's text, as a whole read does.
  // The tail starts on the layout its first lines show; the head's scan must then find the same
  // (its delimiter is the one the scan would guess from the same first characters).
  const early = earlyLongLayout(decoded.text, fileName);
  const delimiter =
    early?.delimiter ??
    (decoded.text.length > GUESS_CHARS
      ? undefined
      : guessDelimiter(normaliseText(decodeBytes(bytes, options.encoding).text)));
  if (early) onLayout(early);
  let same = true;
  const reading = readCsvText(decoded.text, {
    fileName,
    delimiter,
    remap: options.remap,
    onProgress: options.onProgress,
    onLongLayout: (layout) => {
      if (!early) onLayout(layout);
      else same = sameLongLayout(early, layout);
    },
  });
  return reading.long && same ? { decoded, reading } : undefined;
}

/** A split read's result, and whether the halves were joined (else the file was read whole again). */
export interface SplitResult {
  readonly result: ImportResult;
  readonly joined: boolean;
}

/**
 * Finishes a split read: the head with its tail's lines, or, when the tail is missing or was
 * decoded otherwise than the whole file would be, the whole file read again from its bytes.
 */
export function finishSplit(
  fileName: string,
  bytes: Uint8Array,
  head: HeadReading | undefined,
  tail: TailOutcome | undefined,
  options: SplitReadOptions,
): SplitResult {
  const encoding = head && tail ? joinedEncoding(head.decoded, tail.decoded) : undefined;
  const whole = (): SplitResult => ({ result: importBytes(fileName, bytes, options), joined: false });
  if (!head || !tail || !encoding) return whole();
  try {
    const { records, parseErrors } = tail.tail;
    const told: LongTail = { tell: (reader, lineOffset) => replayRecords(records, reader, lineOffset), parseErrors };
    return { result: { ...head.reading.finish(told), encoding }, joined: true };
  } catch {
    return whole();
  }
}

/** Reads a file in two halves on this thread, as two workers do (tests). */
export function importBytesInTwo(
  fileName: string,
  bytes: Uint8Array,
  split: number,
  options: SplitReadOptions = {},
): SplitResult {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { result: tooLarge(fileName, bytes.byteLength), joined: false };
  let layout: LongLayout | undefined;
  let head: HeadReading | undefined;
  try {
    head = readHead(fileName, bytes, split, options, (l) => (layout = l));
  } catch {
    head = undefined;
  }
  const decoded = decodeTail(bytes.subarray(split), tailDecoding(bytes, options.encoding));
  let tail: TailOutcome | undefined;
  try {
    tail = layout ? { tail: readLongTail(decoded.text, layout), decoded } : undefined;
  } catch {
    tail = undefined;
  }
  return finishSplit(fileName, bytes, head, tail, options);
}
