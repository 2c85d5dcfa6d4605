import type { TextEncodingName } from './decode-text';
import type { HeaderRemap } from './header-names';
import { importBytes } from './import-files';
import type { ImportResult } from './import-types';

/** What the page asks the import worker. */
export interface WorkerRequest {
  readonly fileName: string;
  readonly bytes: ArrayBuffer;
  readonly encoding?: TextEncodingName;
  readonly remap?: HeaderRemap;
}

/** What the import worker answers: progress, then the result. */
export type WorkerReply = { kind: 'progress'; fraction: number } | { kind: 'done'; result: ImportResult };

/** One file to read, with the user's choices and where to report progress. */
export interface ReadJob extends Omit<WorkerRequest, 'bytes'> {
  readonly bytes: Uint8Array;
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

/** Files smaller than this are read on the main thread: starting a worker costs more than it saves. */
export const WORKER_MIN_BYTES = 256 * 1024;

function startWorker(): Worker | undefined {
  try {
    if (typeof Worker === 'undefined') return undefined;
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Some pages (file://, strict CSPs, old browsers) cannot start a worker: read on this thread.
    return undefined;
  }
}

/**
 * Reads one file in a Web Worker (big files), falling back to this thread when no worker can
 * be created or it fails. Rejects with an AbortError when the signal fires; never rejects otherwise.
 */
export function readInBackground(job: ReadJob): Promise<ImportResult> {
  const { fileName, bytes, encoding, remap, onProgress, signal } = job;
  const here = () => importBytes(fileName, bytes, { encoding, remap, onProgress });
  const worker = bytes.byteLength >= WORKER_MIN_BYTES ? startWorker() : undefined;
  if (!worker) return Promise.resolve(here());
  return new Promise<ImportResult>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException('the import was cancelled', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.kind === 'progress') onProgress?.(e.data.fraction);
      else {
        finish();
        resolve(e.data.result);
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish();
      resolve(here());
    };
    // A copy goes to the worker, so the caller keeps its bytes for re-reading with other choices.
    const copy = bytes.slice().buffer;
    worker.postMessage({ fileName, bytes: copy, encoding, remap } satisfies WorkerRequest, [copy]);
  });
}
