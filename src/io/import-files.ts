import {
  decodeBytes,
  ENCODING_LABELS,
  MIXED_LINES_LISTED,
  type EncodingNote,
  type TextEncodingName,
} from './decode-text';
import { importCsvText } from './csv-import';
import type { HeaderRemap } from './header-names';
import { IMPORT_MARKS, type ImportProblem, type ImportResult, type ProblemCode } from './import-types';
import type { ProblemParams } from '../domain/problem-codes';
import { problem, refusedFile, thrownMessage } from './problems';

/** Files above this size (50 MB) are refused before reading: the browser would stall on them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** How to read one file: the user's encoding and header choices, and a progress callback. */
export interface ReadOptions {
  readonly encoding?: TextEncodingName;
  readonly remap?: HeaderRemap;
  readonly onProgress?: (fraction: number) => void;
}

/** Decodes and reads one file's bytes into matrices or problems. Never throws. */
export function importBytes(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions | TextEncodingName = {},
): ImportResult {
  const opts: ReadOptions = typeof options === 'string' ? { encoding: options } : options;
  if (bytes.byteLength > MAX_IMPORT_BYTES) return tooLarge(fileName, bytes.byteLength);
  try {
    const { text, encoding, note } = decodeBytes(bytes, opts.encoding);
    const result = importCsvText(text, { fileName, remap: opts.remap, onProgress: opts.onProgress });
    return {
      ...result,
      encoding,
      problems: note ? [encodingProblem(note, encoding), ...result.problems] : result.problems,
    };
  } catch (e) {
    return refusedFile(fileName, 'unreadable', { message: thrownMessage(e) });
  }
}

/** The warning a note on the decoding gives: a guess between close encodings, or UTF-8 with a few other bytes. */
export function encodingProblem(note: EncodingNote, encoding: TextEncodingName): ImportProblem {
  const name = ENCODING_LABELS[encoding];
  if (note.kind === 'guess') {
    const other = ENCODING_LABELS[note.other];
    return problem('warning', 'encoding-guess', {}, { encoding: name, other });
  }
  const { bytes: n, lines, chars } = note;
  const more = n > lines.length && lines.length === MIXED_LINES_LISTED ? ' …' : '';
  const listed = `${lines.join(', ')}${more}`;
  return problem('warning', 'encoding-mixed', { line: lines[0] }, { n, lines: listed, lineCount: lines.length, chars });
}

/** Reads one file's bytes: importBytes here, or a reader that moves big files off the page's thread. */
export type ReadBytes = (fileName: string, bytes: Uint8Array) => ImportResult | Promise<ImportResult>;

/** A ?data= link is abandoned after this long without a byte arriving (30 s). */
export const LINK_STALL_MS = 30_000;

/** How ?data= links are read: the stall limit, the size limit, and who is told of each file as it arrives. */
export interface LinkOptions {
  /** Abandon a link after this many milliseconds without progress (default LINK_STALL_MS). */
  readonly stallMs?: number;
  /** Abandon a link past this many bytes (default MAX_IMPORT_BYTES). */
  readonly maxBytes?: number;
  /** Told of each link's result as soon as it is read, before the others finish. */
  readonly onResult?: (index: number, result: ImportResult) => void;
}

/**
 * Loads the CSV files named in ?data= links; a failed fetch becomes an import error. Each link is
 * streamed with a byte counter: it is abandoned past the size limit (an endless stream is never
 * buffered whole) or after the stall limit without a byte; a response whose content type is a web
 * page, an image, audio or video is refused. Links load in parallel and never wait for each other.
 */
export async function importUrls(
  urls: readonly string[],
  fetchFn: typeof fetch = fetch,
  read: ReadBytes = importBytes,
  options: LinkOptions = {},
): Promise<ImportResult[]> {
  const { stallMs = LINK_STALL_MS, maxBytes = MAX_IMPORT_BYTES, onResult } = options;
  return Promise.all(
    urls.map(async (url, index): Promise<ImportResult> => {
      const result = await importUrl(url, fetchFn, read, stallMs, maxBytes);
      onResult?.(index, result);
      return result;
    }),
  );
}

async function importUrl(
  url: string,
  fetchFn: typeof fetch,
  read: ReadBytes,
  stallMs: number,
  maxBytes: number,
): Promise<ImportResult> {
  const fileName = fileNameOfUrl(url);
  const failed = (code: ProblemCode, params: ProblemParams) => refusedFile(fileName, code, { url, ...params });
  const got = await fetchLinkBytes(url, fetchFn, stallMs, maxBytes);
  if (got.kind === 'error') return failed('unreadable', { message: got.message });
  if (got.kind === 'status') return failed('unreadable', { status: got.status, statusText: got.statusText });
  if (got.kind === 'stalled')
    return failed('link-stalled', { seconds: Math.round(stallMs / 100) / 10, bytes: got.bytes });
  if (got.kind === 'too-large') return failed('link-too-large', { limit: maxBytes / 1024 / 1024 });
  if (got.kind === 'type') return failed('link-type', { type: got.type });
  performance.mark(IMPORT_MARKS.bytes);
  // Many servers answer a missing file with their home page rather than 404.
  if (looksLikeHtml(got.bytes)) return failed('unreadable', { page: 1 });
  try {
    return await read(fileName, got.bytes);
  } catch (e) {
    return failed('unreadable', { message: thrownMessage(e) });
  }
}

/** What fetching a link gave: its bytes, or why not. */
export type LinkBytes =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'status'; readonly status: number; readonly statusText: string }
  | { readonly kind: 'type'; readonly type: string }
  | { readonly kind: 'stalled'; readonly bytes: number }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'error'; readonly message: string };

/** Content types that are never a CSV file: web pages, images, audio and video. */
export function refusedContentType(contentType: string | null): string | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return /^(text\/html|application\/xhtml\+xml|image\/|audio\/|video\/)/.test(type) ? type : undefined;
}

class Stalled extends Error {}

/**
 * Fetches a link's bytes as a stream, counting them: abandoned (the request aborted) past maxBytes
 * or when stallMs pass without a byte (before the answer too), refused by content type.
 */
export async function fetchLinkBytes(
  url: string,
  fetchFn: typeof fetch,
  stallMs: number,
  maxBytes: number,
): Promise<LinkBytes> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stall!: (e: Error) => void;
  const stalled = new Promise<never>((_, reject) => (stall = reject));
  stalled.catch(() => undefined);
  // Each byte that arrives restarts the clock.
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stall(new Stalled());
      controller.abort();
    }, stallMs);
  };
  let received = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const stop = () => {
    controller.abort();
    reader?.cancel().catch(() => undefined);
  };
  arm();
  try {
    const res = await Promise.race([fetchFn(url, { signal: controller.signal }), stalled]);
    if (!res.ok) {
      stop();
      return { kind: 'status', status: res.status, statusText: res.statusText };
    }
    const type = refusedContentType(res.headers.get('content-type'));
    if (type) {
      stop();
      return { kind: 'type', type };
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      stop();
      return { kind: 'too-large' };
    }
    if (!res.body) return { kind: 'bytes', bytes: new Uint8Array(await Promise.race([res.arrayBuffer(), stalled])) };
    reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stalled]);
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        stop();
        return { kind: 'too-large' };
      }
      chunks.push(value);
      arm();
    }
    return { kind: 'bytes', bytes: concatBytes(chunks, received) };
  } catch (e) {
    if (e instanceof Stalled) {
      stop();
      return { kind: 'stalled', bytes: received };
    }
    return { kind: 'error', message: thrownMessage(e) };
  } finally {
    clearTimeout(timer);
  }
}

function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Whether bytes begin (after a BOM and blanks) like an HTML page: "<!doctype html" or "<html". */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 256))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 14)
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** The file name a ?data= URL names (its last path part, decoded); the raw text when it is malformed (`%zz`). */
export function fileNameOfUrl(url: string): string {
  const last = url.split(/[?#]/)[0]!.split('/').pop() || url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The result for a file over MAX_IMPORT_BYTES. */
export function tooLarge(fileName: string, size: number): ImportResult {
  const mb = (size / 1024 / 1024).toFixed(1);
  const limit = MAX_IMPORT_BYTES / 1024 / 1024;
  return refusedFile(fileName, 'too-large', { mb, limit });
}
