// What an import worker does with each request (import.worker.ts hands it the worker's messages;
// tests run it on their own thread): decode, parse and validate, posting progress as it goes.
// The scores go back packed in one transferred Float64Array: cloning 150,000 cells as nested
// arrays stalled the page for ~100 ms. A big long file may be read by two workers at once: one
// reads the head and then replays the lines the other recorded from the tail (split-read.ts).
import { importBytes } from '../import-files';
import type { HeadRequest, PortMessage, TailRequest, WorkerReply, WorkerRequest } from './import-runner';
import type { ImportResult } from '../import-types';
import { encodeMatrices } from './matrix-transfer';
import { importWorkbook } from '../xlsx/import-workbook';
import { looksLikeWorkbook } from '../xlsx/workbook-results';
import { decodeTail, finishSplit, readHead, readLongTail, type HeadReading, type TailOutcome } from './split-read';

/** How a worker answers the page. */
export interface WorkerScope {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

/** Time between progress posts: each redraws the page's progress bar, which takes CPU from the reading. */
const PROGRESS_MS = 50;

/** The least time a head waits for its tail before reading the whole file itself. */
const TAIL_WAIT_MIN_MS = 5000;

/**
 * Posts progress at most every PROGRESS_MS and a percent at a time (posting every chunk would flood
 * the page), the end always. A part of a file reports its progress times its `share` of the file;
 * `whole` marks the progress of a head worker that reads the whole file again.
 */
function progressPoster(scope: WorkerScope, share = 1, whole = false): (fraction: number) => void {
  let last = 0;
  let lastAt = performance.now();
  return (f) => {
    const now = performance.now();
    if (f === 1 || (f - last >= 0.01 && now - lastAt >= PROGRESS_MS)) {
      last = f;
      lastAt = now;
      const fraction = f * share;
      scope.postMessage(whole ? { kind: 'progress', fraction, whole } : { kind: 'progress', fraction });
    }
  };
}

/** A file read whole on this worker: a CSV, TSV or JSON text, or an Excel workbook (#20: one result whose sheets the page splits for the review). */
function readWhole(req: Extract<WorkerRequest, { kind: 'read' }>, scope: WorkerScope): ImportResult {
  const bytes = new Uint8Array(req.bytes);
  if (looksLikeWorkbook(bytes)) return importWorkbook(req.fileName, bytes, req.remap);
  return importBytes(req.fileName, bytes, {
    encoding: req.encoding,
    remap: req.remap,
    onProgress: progressPoster(scope),
  });
}

/** The handler of one worker's requests, answering through `scope`. */
export function importWorkerHandler(scope: WorkerScope): (request: WorkerRequest) => void {
  // A head waiting for its tail is told here if the tail's worker fails.
  const waiting: TailWait = {};
  return (req) => {
    switch (req.kind) {
      case 'read':
        return reply(scope, readWhole(req, scope));
      case 'head':
        return void readHeadOfFile(scope, req, waiting);
      case 'tail':
        return readTailOfFile(scope, req);
      case 'tail-lost':
        return waiting.lost?.();
    }
  };
}

/** Posts a result, its matrices packed in one transferred array. */
function reply(scope: WorkerScope, result: ImportResult, joined = false): void {
  const { matrices, ...rest } = result;
  const packed = encodeMatrices(matrices);
  scope.postMessage({ kind: 'done', result: rest, packed, ...(joined ? { joined } : {}) }, [packed.scores.buffer]);
}

/** Where a head waiting for its tail hears that the tail's worker failed. */
interface TailWait {
  lost?: () => void;
}

/** Reads the head of a split file, then its tail's lines as they arrive (or the whole file, if they do not). */
async function readHeadOfFile(scope: WorkerScope, req: HeadRequest, waiting: TailWait): Promise<void> {
  const { fileName, encoding, remap, split, port } = req;
  const bytes = new Uint8Array(req.bytes);
  const options = { encoding, remap, onProgress: progressPoster(scope, split / bytes.byteLength) };
  const tailArrives = new Promise<TailOutcome | undefined>((ok) => {
    port.onmessage = (e: MessageEvent<PortMessage>) => ok(e.data.kind === 'tail' ? e.data.outcome : undefined);
    waiting.lost = () => ok(undefined);
  });
  const started = performance.now();
  let head: HeadReading | undefined;
  try {
    head = readHead(fileName, bytes, split, options, (layout) =>
      port.postMessage({ kind: 'layout', layout } satisfies PortMessage),
    );
  } catch {
    head = undefined;
  }
  if (!head) port.postMessage({ kind: 'cancel' } satisfies PortMessage);
  // A tail that does not answer (its worker hung) is not waited for beyond a few times the head's own read.
  const patience = Math.max(TAIL_WAIT_MIN_MS, 4 * (performance.now() - started));
  const tail = head
    ? await Promise.race([tailArrives, new Promise<undefined>((ok) => setTimeout(ok, patience))])
    : undefined;
  waiting.lost = undefined;
  port.close();
  const read = finishSplit(fileName, bytes, head, tail, { ...options, onProgress: progressPoster(scope, 1, true) });
  reply(scope, read.result, read.joined);
}

/** Decodes the tail of a split file, reads its lines with the layout the head sends, and sends them back recorded. */
function readTailOfFile(scope: WorkerScope, req: TailRequest): void {
  const { port, share } = req;
  let decoded: ReturnType<typeof decodeTail> | undefined;
  try {
    decoded = decodeTail(new Uint8Array(req.bytes), req.decoding);
  } catch {
    decoded = undefined;
  }
  const done = () => {
    port.close();
    scope.postMessage({ kind: 'tail-done' });
  };
  port.onmessage = (e: MessageEvent<PortMessage>) => {
    if (e.data.kind !== 'layout' || !decoded) {
      port.postMessage({ kind: 'failed' } satisfies PortMessage);
      return done();
    }
    try {
      const tail = readLongTail(decoded.text, e.data.layout, progressPoster(scope, share));
      const outcome: TailOutcome = {
        tail,
        decoded: { encoding: decoded.encoding, ascii: decoded.ascii, certain: decoded.certain },
      };
      port.postMessage({ kind: 'tail', outcome } satisfies PortMessage, [
        tail.records.ints.buffer,
        tail.records.scores.buffer,
      ]);
    } catch {
      port.postMessage({ kind: 'failed' } satisfies PortMessage);
    }
    done();
  };
}
