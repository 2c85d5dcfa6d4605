import type { TextEncodingName } from './decode-text';
import type { HeaderRemap } from './header-names';
import { importBytes } from './import-files';
import type { ImportResult } from './import-types';
import { decodeMatricesInSlices, type PackedMatrices } from './matrix-transfer';

/** What the page asks the import worker. */
export interface WorkerRequest {
  readonly fileName: string;
  readonly bytes: ArrayBuffer;
  readonly encoding?: TextEncodingName;
  readonly remap?: HeaderRemap;
}

/** What the import worker answers: progress, then the result with its matrices packed for transfer. */
export type WorkerReply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; result: Omit<ImportResult, 'matrices'>; packed: PackedMatrices };

/** One file to read, with the user's choices and where to report progress. */
export interface ReadJob extends Omit<WorkerRequest, 'bytes'> {
  readonly bytes: Uint8Array;
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

/** Files smaller than this are read on the main thread: starting a worker costs more than it saves. */
export const WORKER_MIN_BYTES = 256 * 1024;

/** How long a finished worker is kept for the next file (a re-read, the next drop) before it is ended. */
export const WORKER_IDLE_MS = 30_000;

/** Matrices rebuilt per main-thread task: 20 countries of 64 × 12 cells take a few milliseconds. */
const DECODE_BATCH = 20;

// One finished worker, kept warm: a new one loads its code and compiles it cold, which costs more than the read.
let idle: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;

function startWorker(): Worker | undefined {
  try {
    if (typeof Worker === 'undefined') return undefined;
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Some pages (file://, strict CSPs, old browsers) cannot start a worker: read on this thread.
    return undefined;
  }
}

function takeWorker(): Worker | undefined {
  if (!idle) return startWorker();
  clearTimeout(idle.timer);
  const { worker } = idle;
  idle = undefined;
  return worker;
}

function releaseWorker(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (idle) return worker.terminate();
  const timer = setTimeout(() => {
    if (idle?.worker !== worker) return;
    idle = undefined;
    worker.terminate();
  }, WORKER_IDLE_MS);
  idle = { worker, timer };
}

/**
 * Reads one file in a Web Worker (big files), falling back to this thread when no worker can
 * be created or it fails. Rejects with an AbortError when the signal fires; never rejects otherwise.
 */
export function readInBackground(job: ReadJob): Promise<ImportResult> {
  const { fileName, bytes, encoding, remap, onProgress, signal } = job;
  const here = () => importBytes(fileName, bytes, { encoding, remap, onProgress });
  const worker = bytes.byteLength >= WORKER_MIN_BYTES ? takeWorker() : undefined;
  if (!worker) return Promise.resolve(here());
  return new Promise<ImportResult>((resolve, reject) => {
    let busy = true;
    const abort = () => {
      signal?.removeEventListener('abort', abort);
      // A busy worker is ended; one already done went back to the pool and is left there.
      if (busy) worker.terminate();
      busy = false;
      reject(new DOMException('the import was cancelled', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      if (reply.kind === 'progress') return onProgress?.(reply.fraction);
      busy = false;
      releaseWorker(worker);
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
      resolve(here());
    };
    // A copy goes to the worker, so the caller keeps its bytes for re-reading with other choices.
    const copy = bytes.slice().buffer;
    worker.postMessage({ fileName, bytes: copy, encoding, remap } satisfies WorkerRequest, [copy]);
  });
}
