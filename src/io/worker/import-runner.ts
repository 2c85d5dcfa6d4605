import type { TextEncodingName } from '../decode-text';
import type { HeaderRemap } from '../header-names';
import { importBytes, MAX_IMPORT_BYTES, tooLarge } from '../import-files';
import { looksLikeWorkbook } from '../xlsx/workbook-results';
import { IMPORT_MARKS, type ImportResult } from '../import-types';
import type { LongLayout } from '../long-lines';
import { decodeMatricesInSlices, type PackedMatrices } from './matrix-transfer';
import { splitPoint, tailDecoding, type TailDecoding, type TailOutcome } from './split-read';

/** What the page asks an import worker: read a whole file, the head or the tail of a split one. */
export type WorkerRequest =
  | {
      readonly kind: 'read';
      readonly fileName: string;
      readonly bytes: ArrayBuffer;
      readonly encoding?: TextEncodingName;
      readonly remap?: HeaderRemap;
    }
  | HeadRequest
  | TailRequest
  /** To a head worker: the tail's worker failed; read the file whole. */
  | { readonly kind: 'tail-lost' };

/** Read the bytes before `split` (of the whole file sent), then the tail's lines that arrive on `port`. */
export interface HeadRequest {
  readonly kind: 'head';
  readonly fileName: string;
  readonly bytes: ArrayBuffer;
  readonly split: number;
  readonly encoding?: TextEncodingName;
  readonly remap?: HeaderRemap;
  readonly port: MessagePort;
}

/** Decode the tail's bytes, read its lines with the layout that arrives on `port`, and send them back there. */
export interface TailRequest {
  readonly kind: 'tail';
  readonly bytes: ArrayBuffer;
  readonly decoding: TailDecoding;
  readonly port: MessagePort;
  /** The tail's share of the file's bytes, to scale its progress. */
  readonly share: number;
}

/** Between the two workers of a split read: the layout (head → tail), the tail's lines (tail → head). */
export type PortMessage =
  | { kind: 'layout'; layout: LongLayout }
  | { kind: 'cancel' }
  | { kind: 'tail'; outcome: TailOutcome }
  | { kind: 'failed' };

/** What an import worker answers: progress (its share of the file read), the result with its matrices packed for transfer, or that a tail is done. */
export type WorkerReply =
  /** `whole`: a head worker reads the whole file again; its fraction is of the whole. */
  | { kind: 'progress'; fraction: number; whole?: boolean }
  /** `joined`: the file was read in two parts (head and tail), not whole. */
  | { kind: 'done'; result: Omit<ImportResult, 'matrices'>; packed: PackedMatrices; joined?: boolean }
  | { kind: 'tail-done' };

/** One file to read, with the user's choices and where to report progress. */
export interface ReadJob {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly encoding?: TextEncodingName;
  readonly remap?: HeaderRemap;
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

/** Files smaller than this are read on the main thread: starting a worker costs more than it saves. */
export const WORKER_MIN_BYTES = 256 * 1024;

/** How long a finished worker is kept for the next file (a re-read, the next drop) before it is ended. */
export const WORKER_IDLE_MS = 30_000;

/** Matrices rebuilt per main-thread task: 20 countries of 64 × 12 cells take a few milliseconds. */
const DECODE_BATCH = 20;

// Finished workers, kept warm: a new one loads its code and compiles it cold, which costs more than the read.
const idle: { worker: Worker; timer: ReturnType<typeof setTimeout> }[] = [];
/** Two: a big file is read by two workers at once. */
const MAX_IDLE = 2;

function startWorker(): Worker | undefined {
  try {
    if (typeof Worker === 'undefined') return undefined;
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    // A worker whose code fails to load (a new version deployed, a blocked script) while it waits
    // in the pool is dropped; one busy with a file hears of it through its job's onerror.
    worker.addEventListener('error', () => {
      const at = idle.findIndex((k) => k.worker === worker);
      if (at < 0) return;
      clearTimeout(idle[at]!.timer);
      idle.splice(at, 1);
      worker.terminate();
    });
    return worker;
  } catch {
    // Some pages (file://, strict CSPs, old browsers) cannot start a worker: read on this thread.
    return undefined;
  }
}

function takeWorker(): Worker | undefined {
  const kept = idle.pop();
  if (!kept) return startWorker();
  clearTimeout(kept.timer);
  return kept.worker;
}

function releaseWorker(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (idle.length >= MAX_IDLE) return worker.terminate();
  const kept = {
    worker,
    timer: setTimeout(() => {
      const at = idle.indexOf(kept);
      if (at >= 0) idle.splice(at, 1);
      worker.terminate();
    }, WORKER_IDLE_MS),
  };
  idle.push(kept);
}

/** Ends the workers kept warm now rather than after WORKER_IDLE_MS (tests start each from none). */
export function endIdleWorkers(): void {
  for (const { worker, timer } of idle.splice(0)) {
    clearTimeout(timer);
    worker.terminate();
  }
}

/**
 * Starts the import workers ahead of a read (when the user opens the file picker or drags a file
 * over the page), so that a big file finds them warm. Idle ones end after WORKER_IDLE_MS.
 */
export function warmUpWorkers(): void {
  while (idle.length < MAX_IDLE) {
    const worker = startWorker();
    if (!worker) return;
    releaseWorker(worker);
  }
}

/**
 * Reads one file in a Web Worker (big files), falling back to this thread when no worker can
 * be created or it fails. Rejects with an AbortError when the signal fires; never rejects otherwise.
 */
export function readInBackground(job: ReadJob): Promise<ImportResult> {
  const { fileName, bytes, encoding, remap, onProgress, signal } = job;
  // An Excel workbook (#20) is always read in a worker; its reader is loaded on demand when none can start.
  const workbook = looksLikeWorkbook(bytes);
  const here = (): ImportResult | Promise<ImportResult> =>
    workbook
      ? import('../xlsx/import-workbook').then((x) => x.importWorkbook(fileName, bytes, remap))
      : importBytes(fileName, bytes, { encoding, remap, onProgress });
  if (bytes.byteLength > MAX_IMPORT_BYTES) return Promise.resolve(tooLarge(fileName, bytes.byteLength));
  const worker = bytes.byteLength >= WORKER_MIN_BYTES || workbook ? takeWorker() : undefined;
  if (!worker) return Promise.resolve(here());
  const split = workbook ? undefined : splitPoint(bytes, encoding);
  // A second worker only when one is warm: a cold one would start after the first had read its half.
  const helper = split !== undefined && idle.length > 0 ? takeWorker() : undefined;
  return new Promise<ImportResult>((resolve, reject) => {
    let busy = true;
    let helperBusy = helper !== undefined;
    // Each worker reports the share of the file it has read.
    let own = 0;
    let helped = 0;
    let alone = false;
    const endHelper = (terminate: boolean) => {
      if (!helper || !helperBusy) return;
      helperBusy = false;
      if (terminate) helper.terminate();
      else releaseWorker(helper);
    };
    const abort = () => {
      signal?.removeEventListener('abort', abort);
      // A busy worker is ended; one already done went back to the pool and is left there.
      if (busy) worker.terminate();
      busy = false;
      endHelper(true);
      reject(new DOMException('the import was cancelled', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      if (reply.kind === 'progress') {
        // A head that reads the whole file again reports progress through the whole file.
        if (reply.whole) {
          alone = true;
          helped = 0;
        }
        own = reply.fraction;
        return onProgress?.(Math.min(1, own + helped));
      }
      if (reply.kind !== 'done') return;
      busy = false;
      if (reply.joined) performance.mark(IMPORT_MARKS.split, { detail: { fileName, split } });
      releaseWorker(worker);
      // A tail worker still busy once the head has answered is ended (it says it is done just after sending its lines).
      if (helperBusy) setTimeout(() => endHelper(true), 1000);
      // The cells are rebuilt a slice at a time, so that no task of the page runs long.
      decodeMatricesInSlices(reply.packed, DECODE_BATCH, signal).then(
        (matrices) => {
          signal?.removeEventListener('abort', abort);
          resolve({ ...reply.result, matrices });
        },
        // Aborted: abort() has rejected already. Anything else: read the file again on this thread.
        () => signal?.aborted || resolve(here()),
      );
    };
    worker.onerror = (e) => {
      e.preventDefault();
      busy = false;
      signal?.removeEventListener('abort', abort);
      worker.terminate();
      endHelper(true);
      resolve(here());
    };
    if (!helper || split === undefined) return postJob(job, worker);
    helper.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.kind === 'progress') {
        // Once the head has answered (or read the file whole itself) the tail's progress is old news.
        if (!busy || alone) return;
        helped = e.data.fraction;
        onProgress?.(Math.min(1, own + helped));
      } else if (e.data.kind === 'tail-done') endHelper(false);
    };
    helper.onerror = (e) => {
      e.preventDefault();
      endHelper(true);
      // The head then reads the whole file itself.
      if (busy) worker.postMessage({ kind: 'tail-lost' } satisfies WorkerRequest);
    };
    postJob(job, worker, { helper, split });
  });
}

/**
 * Sends a file to its worker, or its two halves to a head and a tail worker that talk over a channel.
 * The workers get copies, so the caller keeps its bytes for re-reading with other choices.
 */
function postJob(job: ReadJob, worker: Worker, halves?: { readonly helper: Worker; readonly split: number }): void {
  const { fileName, bytes, encoding, remap } = job;
  const copy = bytes.slice().buffer;
  if (!halves) {
    worker.postMessage({ kind: 'read', fileName, bytes: copy, encoding, remap } satisfies WorkerRequest, [copy]);
    return;
  }
  const { helper, split } = halves;
  const channel = new MessageChannel();
  const tail = bytes.slice(split).buffer;
  helper.postMessage(
    {
      kind: 'tail',
      bytes: tail,
      decoding: tailDecoding(bytes, encoding),
      port: channel.port2,
      share: 1 - split / bytes.byteLength,
    } satisfies WorkerRequest,
    [tail, channel.port2],
  );
  worker.postMessage(
    { kind: 'head', fileName, bytes: copy, split, encoding, remap, port: channel.port1 } satisfies WorkerRequest,
    [copy, channel.port1],
  );
}
