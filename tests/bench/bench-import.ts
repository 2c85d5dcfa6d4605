// The import suite: a long CSV of 200 countries × 64 services × 12 stakeholders (153,600 rows),
// imported through the real store (worker, review, commit) against papaparse's bare parse.
import Papa from 'papaparse';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { STANDARD_STAKEHOLDERS } from '../../src/domain/stakeholders';
import type { AppStore } from '../../src/state/store';
import { longTasksDuring, time, type Timing } from './bench-kit';

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
  const runImport = async () => {
    const store = mount();
    await store.getState().importFiles([new File([bytes], 'bench.csv', { type: 'text/csv' })]);
    const review = store.getState().review;
    if (!review || review.files[0]!.result.matrices.length !== 200) throw new Error('bench import did not read 200 countries');
    flush(() => store.getState().confirmImport());
    if (store.getState().workspace.matrices.length !== 200) throw new Error('bench import did not commit');
  };
  const full = await time('whole import: File → worker (decode, parse, validate, build) → review → commit → first render', 5, runImport);
  const longTasks = await longTasksDuring(runImport);
  return { baseline, full, longTasksDuringImport: longTasks };
}
