// The import suite: a long CSV of 200 countries × 64 services × 12 stakeholders (153,600 rows),
// imported through the real store (worker, review, commit) against papaparse's bare parse.
import Papa from 'papaparse';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { STANDARD_STAKEHOLDERS } from '../../src/domain/stakeholders';
import type { AppStore } from '../../src/state/store';
import { longTasksDuring, nextFrame, time, type Timing } from './bench-kit';

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
export async function importSuite(mount: () => AppStore, flush: (fn: () => void) => void): Promise<Record<string, Timing | number[]>> {
  const text = benchLongCsv();
  const bytes = new TextEncoder().encode(text);
  const baseline = await time('baseline: papaparse bare parse of the same text', 5, () => Papa.parse(text));
  // Each run starts from a fresh app mounted beforehand: unmounting the previous run's 200 countries
  // is the bench's own cleanup, not part of the import, and used to land in the measured task.
  const runImport = async (store: AppStore) => {
    await store.getState().importFiles([new File([bytes], 'bench.csv', { type: 'text/csv' })]);
    const review = store.getState().review;
    if (!review || review.files[0]!.result.matrices.length !== 200) throw new Error('bench import did not read 200 countries');
    // Commit through the dialog's Import button, as a user does (the view splits the work across tasks).
    await nextFrame();
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
  };
  const full = await timeFromFresh('whole import: File → worker (decode, parse, validate, build) → review → commit → first render', 5, mount, runImport);
  const store = mount();
  await nextFrame();
  const longTasks = await longTasksDuring(() => runImport(store));
  return { baseline, full, longTasksDuringImport: longTasks };
}

/** Like time(), but mounts a fresh app before each run, outside the measured span. */
async function timeFromFresh(name: string, runs: number, mount: () => AppStore, fn: (store: AppStore) => Promise<void>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const store = mount();
    await nextFrame();
    const start = performance.now();
    await fn(store);
    samples.push(performance.now() - start);
    await nextFrame();
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, medianMs: round(sorted[Math.floor(sorted.length / 2)]!), maxMs: round(sorted[sorted.length - 1]!), runs: samples.map(round) };
}
