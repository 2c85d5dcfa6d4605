// Re-reads that finish out of order, and drops while a review is open (review finding F13).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Runner from '../../src/io/worker/import-runner';
import type { ReadJob } from '../../src/io/worker/import-runner';

// Each re-read waits for the test to release it, so the test decides the order they finish in.
const gates: { job: ReadJob; release: () => void }[] = [];
let gated = false;
vi.mock('../../src/io/worker/import-runner', async (original) => {
  const real = await original<typeof Runner>();
  return {
    ...real,
    readInBackground: async (job: ReadJob) => {
      if (gated) await new Promise<void>((release) => gates.push({ job, release }));
      return real.readInBackground(job);
    },
  };
});

const { createAppStore } = await import('../../src/state/store');
const { remapKey } = await import('../../src/io/header-names');

const file = (text: string, name: string) => new File([text], name, { type: 'text/csv' });
const CSV = 'Service,Min. of ICT,Notes col\nA,1,2\n';

async function storeInReview() {
  gated = false;
  const store = createAppStore();
  await store.getState().importFiles([file(CSV, 'x.csv')]);
  gated = true;
  return store;
}
const names = (store: ReturnType<typeof createAppStore>) =>
  store.getState().review!.files[0]!.result.matrices[0]!.stakeholders.map((s) => s.key);

beforeEach(() => {
  gates.length = 0;
});

describe('import review races', () => {
  it('keeps both of two quick header re-mappings, whatever order the re-reads finish in', async () => {
    const store = await storeInReview();
    const key = store.getState().review!.files[0]!.key;
    const first = store.getState().remapHeader(key, 'Min. of ICT', 'national-csirt');
    const second = store.getState().remapHeader(key, 'Notes col', 'ignored');
    expect(store.getState().review!.files[0]!.remap).toEqual({
      [remapKey('Min. of ICT')]: 'national-csirt',
      [remapKey('Notes col')]: 'ignored',
    });
    expect(gates.map((g) => Object.keys(g.job.remap ?? {}).length)).toEqual([1, 2]);
    gates[1]!.release();
    await second;
    gates[0]!.release();
    await first;
    // The first, slower re-read knew only its own choice: it must not overwrite the newer result.
    expect(names(store)).toEqual(['national-csirt']);
    expect(store.getState().review!.files[0]!.remap).toEqual({
      [remapKey('Min. of ICT')]: 'national-csirt',
      [remapKey('Notes col')]: 'ignored',
    });
  });

  it('keeps a chosen encoding when a header is re-mapped during its re-read', async () => {
    const store = await storeInReview();
    const key = store.getState().review!.files[0]!.key;
    const enc = store.getState().setReviewEncoding(key, 'shift_jis');
    const remap = store.getState().remapHeader(key, 'Notes col', 'ignored');
    expect(gates[1]!.job.encoding).toBe('shift_jis');
    for (const g of gates) g.release();
    await Promise.all([enc, remap]);
    const f = store.getState().review!.files[0]!;
    expect([f.encoding, f.remap]).toEqual(['shift_jis', { [remapKey('Notes col')]: 'ignored' }]);
    expect(f.result.matrices[0]!.stakeholders).toHaveLength(1);
  });

  it('refuses a new drop or paste while a review is open, and says so', async () => {
    const store = await storeInReview();
    gated = false;
    const review = store.getState().review;
    await store.getState().importFiles([file('country,service,stakeholder,score\nKenya,D-2,NCSC,9\n', 'kenya.csv')]);
    expect(store.getState().review).toBe(review);
    expect(store.getState().status).toBe('Finish or cancel the files under review first; the new files were not read.');
    store.getState().setLang('ja');
    await store.getState().importPastedText('Service\tNCSC\nA\t1\n');
    expect(store.getState().review).toBe(review);
    expect(store.getState().status).toContain('確認中のファイル');
  });
});
