// The import runner with workers that run the real worker handler on this thread: split reads, a
// worker failing before or during a read, Stop, the pool and progress.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importBytes } from '../../../src/io/import-files';
import {
  endIdleWorkers,
  readInBackground,
  warmUpWorkers,
  type WorkerRequest,
} from '../../../src/io/worker/import-runner';
import { importWorkerHandler } from '../../../src/io/worker/import-worker-handler';
import { IMPORT_MARKS } from '../../../src/io/import-types';

/** A Worker that handles its messages here, with the real handler; `failOn` makes it fail instead of handling a request of that kind. */
class FakeWorker {
  static all: FakeWorker[] = [];
  /** What the next workers created will fail on. */
  static failNext: (WorkerRequest['kind'] | 'load')[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  private readonly errorListeners: ((e: unknown) => void)[] = [];
  terminated = false;
  readonly received: string[] = [];
  failOn: WorkerRequest['kind'] | 'load' | undefined = FakeWorker.failNext.shift();
  private readonly handle = importWorkerHandler({
    postMessage: (data) => setTimeout(() => this.terminated || this.onmessage?.({ data }), 0),
  });

  constructor() {
    FakeWorker.all.push(this);
    if (this.failOn === 'load') setTimeout(() => this.fail(), 0);
  }

  addEventListener(type: string, fn: (e: unknown) => void): void {
    if (type === 'error') this.errorListeners.push(fn);
  }

  postMessage(message: WorkerRequest): void {
    this.received.push(message.kind);
    setTimeout(() => {
      // A worker whose code did not load never answers.
      if (this.terminated || this.failOn === 'load') return;
      if (this.failOn === message.kind) return this.fail();
      this.handle(message);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  private fail(): void {
    const e = { preventDefault() {} };
    this.errorListeners.forEach((l) => l(e));
    this.onerror?.(e);
  }
}

/** A long file of about 2.4 MB (no quotes), split into two halves by the runner. */
function bigLongFile(): Uint8Array {
  const lines = ['country,service,stakeholder,score'];
  for (let c = 0; c < 1500; c++)
    for (const cat of 'ABCDEFGHI')
      for (let s = 1; s <= 7; s++)
        for (const st of ['NCSC', 'PSIRT', 'ISAC']) lines.push(`Land ${c},${cat}-${s},${st},${(c + s) % 11}`);
  lines[100_000] = lines[100_000]!.replace(/,\d+$/, ',x');
  return new TextEncoder().encode(lines.join('\n') + '\n');
}
const bytes = bigLongFile();
const whole = importBytes('big.csv', bytes);
const splits = () => performance.getEntriesByName(IMPORT_MARKS.split, 'mark').length;

beforeEach(() => {
  FakeWorker.all = [];
  FakeWorker.failNext = [];
  performance.clearMarks(IMPORT_MARKS.split);
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  endIdleWorkers();
  vi.unstubAllGlobals();
});

describe('readInBackground with two workers', () => {
  it('reads a big long file in two halves into exactly what a whole read gives, and keeps both workers', async () => {
    expect(whole.problems.map((p) => [p.code, p.line])).toEqual([['not-a-score', 100_001]]);
    warmUpWorkers();
    const progress: number[] = [];
    let settled = false;
    const late: number[] = [];
    const result = await readInBackground({
      fileName: 'big.csv',
      bytes,
      onProgress: (f) => (settled ? late : progress).push(f),
    });
    settled = true;
    expect(result).toEqual(whole);
    expect(splits()).toBe(1);
    const [head, tail] = FakeWorker.all.slice().reverse();
    expect(head!.received).toEqual(['head']);
    expect(tail!.received).toEqual(['tail']);
    expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
    expect(progress.at(-1)).toBe(1);
    // Both went back to the pool: the next file finds them warm.
    await new Promise((ok) => setTimeout(ok, 10));
    expect(late).toEqual([]);
    expect(await readInBackground({ fileName: 'big.csv', bytes })).toEqual(whole);
    expect(FakeWorker.all).toHaveLength(2);
    expect(splits()).toBe(2);
  });

  it('reads the file whole when the tail worker fails', async () => {
    warmUpWorkers();
    // The pool hands out its last worker as the head: make the first one (the tail) fail.
    FakeWorker.all[0]!.failOn = 'tail';
    const result = await readInBackground({ fileName: 'big.csv', bytes });
    expect(result).toEqual(whole);
    expect(splits()).toBe(0);
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    expect(FakeWorker.all[1]!.received).toEqual(['head', 'tail-lost']);
    expect(FakeWorker.all[1]!.terminated).toBe(false);
  });

  it('reads the file on this thread when the head worker fails, and ends the tail worker', async () => {
    warmUpWorkers();
    FakeWorker.all[1]!.failOn = 'head';
    const result = await readInBackground({ fileName: 'big.csv', bytes });
    expect(result).toEqual(whole);
    expect(FakeWorker.all.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('never hands out a pooled worker whose code failed to load', async () => {
    FakeWorker.failNext = ['load'];
    warmUpWorkers();
    await new Promise((ok) => setTimeout(ok, 5));
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    const result = await readInBackground({ fileName: 'big.csv', bytes });
    expect(result).toEqual(whole);
    // One warm worker left: it read the file whole.
    expect(FakeWorker.all[1]!.received).toEqual(['read']);
    expect(FakeWorker.all[0]!.received).toEqual([]);
  });

  it('ends both workers on Stop and rejects with an AbortError', async () => {
    warmUpWorkers();
    const ctl = new AbortController();
    const reading = readInBackground({ fileName: 'big.csv', bytes, signal: ctl.signal });
    await new Promise((ok) => setTimeout(ok, 0));
    ctl.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.all.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('refuses a file over 50 MB before any worker reads it', async () => {
    warmUpWorkers();
    const result = await readInBackground({ fileName: 'huge.csv', bytes: new Uint8Array(50 * 1024 * 1024 + 1) });
    expect(result.problems.map((p) => p.code)).toEqual(['too-large']);
    expect(FakeWorker.all.every((w) => w.received.length === 0)).toBe(true);
  });
});
