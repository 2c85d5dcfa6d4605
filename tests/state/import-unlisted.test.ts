import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';

const file = (text: string, name: string) => new File([text], name, { type: 'text/csv' });
const sparse = 'country,service,stakeholder,score\nKenya,A,NCSC,7\nKenya,B,PSIRT,2\n';

describe('cells a long file does not list', () => {
  it('are blank by default, and the status says so', async () => {
    const store = createAppStore();
    await store.getState().importFiles([file(sparse, 'kenya.csv')]);
    store.getState().confirmImport();
    const m = store.getState().workspace.matrices.find((x) => x.country === 'Kenya')!;
    expect(m.cells).toEqual([
      [7, null],
      [null, 2],
    ]);
    expect(store.getState().status).toBe(
      'Imported 1 country from kenya.csv: Kenya. 1 warning: 2 cells are not in the file (no line gives them): read as not involved (blank).',
    );
  });

  it('are unknown when chosen in the review, and the status says so', async () => {
    const store = createAppStore();
    await store.getState().importFiles([file(sparse, 'kenya.csv')]);
    const key = store.getState().review!.files[0]!.key;
    store.getState().chooseUnlisted(key, 'unknown');
    store.getState().confirmImport();
    const m = store.getState().workspace.matrices.find((x) => x.country === 'Kenya')!;
    expect(m.cells).toEqual([
      [7, 'unknown'],
      ['unknown', 2],
    ]);
    expect(store.getState().status).toBe(
      'Imported 1 country from kenya.csv: Kenya. 1 warning: 2 cells are not in the file (no line gives them): read as unknown.',
    );
  });
});
