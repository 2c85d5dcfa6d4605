// The xlsx suite (#20): a workbook of 20 countries × 64 services × 40 stakeholders — File → worker
// read → review dialog painted, and Export Excel (writing the workbook) — against the same
// countries as long CSV (import to the review; the CSV text written) measured in the same run.
import { exportLongCsv } from '../../src/io/csv-export';
import { exportWorkbook } from '../../src/io/xlsx/export-workbook';
import type { AppStore } from '../../src/state/store';
import { collectGarbage, nextFrame, summarise, type Timing } from './bench-kit';
import { syntheticMatrix } from './bench-data';

const ROUNDS = 5;
const colours = (s: unknown) =>
  s === null || s === 'unknown' ? { fill: '#f3f4f6', text: '#000000' } : { fill: '#253494', text: '#ffffff' };

/** Runs the suite; mount() gives a fresh store with the App rendered on it. */
export async function xlsxSuite(mount: () => AppStore): Promise<Record<string, Timing | number[]>> {
  const matrices = Array.from({ length: 20 }, (_, i) => syntheticMatrix(`Country ${i + 1}`, 40, i + 1));
  const options = { colours, threshold: 5, appVersion: 'bench', exportedAt: '2026-12-07T00:00:00Z' };
  const exportXlsx: number[] = [];
  const exportCsv: number[] = [];
  const importXlsx: number[] = [];
  const importCsv: number[] = [];
  let workbook: Uint8Array = new Uint8Array();
  let csv = '';
  for (let i = 0; i < ROUNDS; i++) {
    collectGarbage();
    let t = performance.now();
    csv = exportLongCsv(matrices);
    exportCsv.push(performance.now() - t);
    collectGarbage();
    t = performance.now();
    workbook = exportWorkbook(matrices, options);
    exportXlsx.push(performance.now() - t);
  }
  const toReview = async (file: File, samples: number[], expectFiles: number) => {
    const store = mount();
    await nextFrame();
    collectGarbage();
    store.getState().prepareImport();
    const start = performance.now();
    await store.getState().importFiles([file]);
    await nextFrame();
    samples.push(performance.now() - start);
    const n = store.getState().review?.files.length;
    if (n !== expectFiles) throw new Error(`bench: the review lists ${n} files, not ${expectFiles}`);
  };
  for (let i = 0; i < ROUNDS; i++) {
    await toReview(new File([csv], 'bench.csv', { type: 'text/csv' }), importCsv, 1);
    // 20 country sheets and the long sheet.
    await toReview(new File([workbook as Uint8Array<ArrayBuffer>], 'bench.xlsx'), importXlsx, 21);
  }
  return {
    baseline: summarise('long CSV of the same 20 countries: File → worker read → review painted', importCsv),
    importXlsx: summarise('xlsx 20 sheets × 64 × 40: File → worker read → review painted', importXlsx),
    exportCsv: summarise('long CSV of the 20 countries written (text)', exportCsv),
    exportXlsx: summarise('xlsx of the 20 countries written (+ long, metrics, sources sheets, zipped)', exportXlsx),
    workbookBytes: [workbook.byteLength],
  };
}
