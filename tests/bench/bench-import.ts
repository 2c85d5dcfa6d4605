// The import suite: a long CSV of 200 countries × 64 services × 12 stakeholders (153,600 rows),
// imported through the real store (worker, review, commit) against papaparse's bare parse.
import Papa from 'papaparse';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { STANDARD_STAKEHOLDERS } from '../../src/domain/stakeholders';
import type { AppStore } from '../../src/state/store';
import { preloadParts } from '../../src/app/lazy-views';
import { startApp } from '../../src/app/startup';
import { IMPORT_MARKS } from '../../src/io/import-types';
import { collectGarbage, longTasksDuring, nextFrame, summarise, type Timing } from './bench-kit';

/** The bench's long CSV text. */
export function benchLongCsv(countries = 200, stakeholders = 12): string {
  const names = Array.from({ length: stakeholders }, (_, i) => STANDARD_STAKEHOLDERS[i]?.nameEn ?? `Ministry ${i + 1}`);
  const out = ['country,service,stakeholder,score'];
  for (let c = 0; c < countries; c++) {
    X1060_SERVICES.forEach((s, r) => {
      names.forEach((n, k) => {
        const v = (c * 13 + r * 31 + k * 17) % 23;
        out.push(`Country ${c + 1},${s.id},${n},${v === 0 ? 'NA' : v > 10 ? '' : v}`);
      });
    });
  }
  return out.join('\r\n') + '\r\n';
}

/** Runs the suite; mount() gives a fresh store with the App rendered on it. */
export async function importSuite(
  mount: () => AppStore,
  flush: (fn: () => void) => void,
): Promise<Record<string, Timing | number[]>> {
  const text = benchLongCsv();
  const bytes = new TextEncoder().encode(text);
  // The review dialog and the views load on demand (#18): measured once their chunks are in, as after a
  // first import (loading them is the first screen's business, measured by the load suite).
  await preloadParts();
  // Each import starts from a fresh app mounted beforehand: unmounting the previous run's 200
  // countries is the bench's own cleanup, not part of the import.
  const runImport = async (store: AppStore) => {
    const { start, shown } = await openReview(store, bytes);
    const painted = await commitReview(store, flush);
    const bytesIn = markAfter(IMPORT_MARKS.bytes, start);
    // The steps the goal names, without the time the review dialog takes to show and to close.
    const worker = markAfter(IMPORT_MARKS.read, start) - bytesIn;
    const drawn = painted - markAfter(IMPORT_MARKS.commit, shown);
    return {
      review: shown - start,
      commit: painted - shown,
      named: worker + drawn,
      fileRead: bytesIn - start,
      worker,
      drawn,
    };
  };
  // Baseline and import alternate round by round, each from a collected heap, so that both meet
  // the same machine state and neither pays for the garbage of the other (measured in two
  // separate series without collecting, the ratio swung by ±0.5 between runs of the bench).
  const base: number[] = [];
  const whole: number[] = [];
  const reviews: number[] = [];
  const commits: number[] = [];
  const linked: number[] = [];
  const named: number[] = [];
  const fileReads: number[] = [];
  const workerParts: number[] = [];
  const drawnParts: number[] = [];
  const linkedNamed: number[] = [];
  const link = URL.createObjectURL(new Blob([bytes], { type: 'text/csv' }));
  for (let i = 0; i < ROUNDS; i++) {
    collectGarbage();
    let start = performance.now();
    Papa.parse(text);
    base.push(performance.now() - start);
    await nextFrame();
    const store = mount();
    await nextFrame();
    collectGarbage();
    start = performance.now();
    const phases = await runImport(store);
    whole.push(performance.now() - start);
    reviews.push(phases.review);
    commits.push(phases.commit);
    named.push(phases.named);
    fileReads.push(phases.fileRead);
    workerParts.push(phases.worker);
    drawnParts.push(phases.drawn);
    // The same file named in a ?data= link: fetched, read in the worker, shown without a review.
    const fresh = mount();
    await nextFrame();
    collectGarbage();
    start = performance.now();
    await startApp(fresh, `?data=${encodeURIComponent(link)}`);
    if (fresh.getState().workspace.matrices.length !== 203)
      throw new Error('bench: the ?data= link did not load 200 countries');
    await nextFrame();
    linked.push(performance.now() - start);
    linkedNamed.push(performance.now() - markAfter(IMPORT_MARKS.bytes, start));
    await nextFrame();
    await nextFrame();
  }
  const baseline = summarise('baseline: papaparse bare parse of the same text', base);
  const full = summarise(
    'whole import: File → worker (decode, parse, validate, build) → review → commit → first render',
    whole,
  );
  const review = summarise('… of which File → review dialog painted', reviews);
  const commit = summarise('… of which Import button → countries committed → first render painted', commits);
  const viaLink = summarise(
    '?data= link (no review): page start-up → fetch → worker → countries committed → first render painted',
    linked,
  );
  const steps = summarise(
    "the goal's steps, picked file: decode → parse → validate → build (bytes in hand → read) + commit → first render painted",
    named,
  );
  const linkSteps = summarise(
    "the goal's steps, ?data= link: bytes fetched → decode → parse → validate → build → commit → first render painted",
    linkedNamed,
  );
  const fileRead = summarise('… of which reading the picked File into memory (File.arrayBuffer)', fileReads);
  const workerPart = summarise(
    "… of the picked file's steps: bytes in hand → read (workers, cells rebuilt)",
    workerParts,
  );
  const drawnPart = summarise("… of the picked file's steps: commit → first render painted", drawnParts);
  URL.revokeObjectURL(link);
  const store = mount();
  await nextFrame();
  const longTasks = await longTasksDuring(() => runImport(store));
  const linkStore = mount();
  await nextFrame();
  const again = URL.createObjectURL(new Blob([bytes], { type: 'text/csv' }));
  const longTasksLink = await longTasksDuring(() => startApp(linkStore, `?data=${encodeURIComponent(again)}`));
  URL.revokeObjectURL(again);
  return {
    baseline,
    steps,
    workerPart,
    drawnPart,
    linkSteps,
    full,
    fileRead,
    review,
    commit,
    viaLink,
    longTasksDuringImport: longTasks,
    longTasksDuringLinkLoad: longTasksLink,
  };
}

/** Reads the bench file through the store as a picked file and waits for its review to be shown. */
export async function openReview(
  store: AppStore,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<{ start: number; shown: number }> {
  // As when the user points at "Import CSV…" (or drags a file over the page) before the file arrives.
  store.getState().prepareImport();
  const start = performance.now();
  await store.getState().importFiles([new File([bytes], 'bench.csv', { type: 'text/csv' })]);
  const review = store.getState().review;
  if (!review || review.files[0]!.result.matrices.length !== 200)
    throw new Error('bench import did not read 200 countries');
  await nextFrame();
  return { start, shown: performance.now() };
}

/** Presses the review dialog's Import button, as a user does; returns when the 200 countries are drawn. */
export async function commitReview(store: AppStore, flush: (fn: () => void) => void): Promise<number> {
  const committed = new Promise<void>((ok) => {
    const stop = store.subscribe((st) => {
      if (st.workspace.matrices.length === 200) {
        stop();
        ok();
      }
    });
  });
  const button = document.querySelector<HTMLButtonElement>('[role=dialog] button[aria-label="Import"]');
  if (!button) throw new Error('bench: no Import button in the review dialog');
  flush(() => button.click());
  await committed;
  await nextFrame();
  return performance.now();
}

/** The time of the first performance mark of this name made after `after` (the app marks each import's steps). */
export function markAfter(name: string, after: number): number {
  const mark = performance.getEntriesByName(name, 'mark').find((m) => m.startTime >= after);
  if (!mark) throw new Error(`bench: no "${name}" mark`);
  return mark.startTime;
}

/** Rounds of baseline + import; the first import also starts the worker (cold). */
const ROUNDS = 9;
