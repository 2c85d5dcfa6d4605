import { describe, expect, it } from 'vitest';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { MAX_IMPORT_BYTES } from '../../src/io/import-files';
import { createAppStore } from '../../src/state/store';

function storeWithBundled() {
  const store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
  return store;
}
const countries = (s: ReturnType<typeof createAppStore>) => s.getState().workspace.matrices.map((m) => m.country);
const file = (text: string, name: string) => new File([text], name, { type: 'text/csv' });

describe('interactive import', () => {
  it('shows even a clean file for review and changes nothing until confirmed', async () => {
    const store = storeWithBundled();
    const before = store.getState().workspace;
    await store.getState().importFiles([file('country,service,stakeholder,score\nKenya,D-2,NCSC,9\n', 'kenya.csv')]);
    expect(
      store.getState().review!.files.map((f) => [f.fileName, f.result.problems.length, f.result.matrices[0]!.country]),
    ).toEqual([['kenya.csv', 0, 'Kenya']]);
    expect(store.getState().workspace).toBe(before);
    store.getState().confirmImport();
    expect(store.getState().review).toBeNull();
    expect(store.getState().status).toBe('Imported 1 country from kenya.csv: Kenya.');
    expect(store.getState().selectedId).toBe('user:Kenya');
  });

  it('leaves the workspace exactly as it was for a rejected file, and names its line', async () => {
    const store = storeWithBundled();
    const before = store.getState().workspace;
    await store.getState().importFiles([file('Service,NCSC\nA,11\n', 'bad.csv')]);
    store.getState().confirmImport();
    expect(store.getState().workspace).toBe(before);
    expect(store.getState().alert).toBe(
      'Could not import bad.csv: 1 error. line 2, column 2 (B, NCSC): score 11 is outside 0–10. Nothing from this file was loaded.',
    );
  });

  it('announces a lower bound when reading stopped after too many problems', async () => {
    const store = storeWithBundled();
    const many = [
      'country,service,stakeholder,score',
      ...Array.from({ length: 300 }, (_, i) => `Land,A-${(i % 9) + 1},NCSC ${i},${20 + i}`),
    ].join('\n');
    await store.getState().importFiles([file(many, 'many.csv')]);
    store.getState().confirmImport();
    expect(store.getState().alert).toMatch(
      /^Could not import many\.csv: at least 101 errors \(and at least 96 more\)\. line 2, column 4 \(D, score\): score 20 is outside 0–10/,
    );
  });

  it('imports pasted tab-separated cells as "Pasted"', async () => {
    const store = storeWithBundled();
    await store.getState().importPastedText('Service\tNCSC\tISAC\nD-2\t7\t?\n');
    expect(store.getState().review!.pasted).toBe(true);
    store.getState().confirmImport();
    const m = store.getState().workspace.matrices.at(-1)!;
    expect([m.country, m.cells]).toEqual(['Pasted', [[7, 'unknown']]]);
    expect(store.getState().status).toBe('Imported 1 country from Pasted.tsv: Pasted.');
  });

  it('imports pasted cells under the name the reviewer gives, asking again when that name is taken', async () => {
    const store = storeWithBundled();
    await store.getState().importPastedText('Service\tNCSC\nD-2\t7\n');
    const key = store.getState().review!.files[0]!.key;
    store.getState().renameIncoming(key, 'Pasted', '  Zambia  ');
    expect(store.getState().review!.files[0]!.names).toEqual({ Pasted: '  Zambia  ' });
    store.getState().confirmImport();
    expect(countries(store)).toEqual(['Japan', 'United States', 'Singapore', 'Zambia']);
    expect(store.getState().status).toBe('Imported 1 country from Pasted.tsv: Zambia.');

    // Renamed to a loaded country: the conflict choice is asked for the new name (here: skip it).
    await store.getState().importPastedText('Service\tNCSC\nD-2\t3\n');
    const again = store.getState().review!.files[0]!.key;
    store.getState().renameIncoming(again, 'Pasted', 'Zambia');
    store.getState().chooseConflict(again, 'Zambia', 'skip');
    store.getState().confirmImport();
    expect(countries(store)).toEqual(['Japan', 'United States', 'Singapore', 'Zambia']);
    expect(store.getState().workspace.matrices.at(-1)!.cells).toEqual([[7]]);

    // A blank name keeps the name read.
    await store.getState().importPastedText('Service\tNCSC\nD-2\t1\n');
    store.getState().renameIncoming(store.getState().review!.files[0]!.key, 'Pasted', '   ');
    store.getState().confirmImport();
    expect(countries(store).at(-1)).toBe('Pasted');
  });

  it('re-reads a file when a header is re-mapped or ignored', async () => {
    const store = storeWithBundled();
    await store.getState().importPastedText('Row\tNCSC\tMin. of ICT\tNotes col\nA\t1\t2\t3\n');
    const key = store.getState().review!.files[0]!.key;
    await store.getState().remapHeader(key, 'Min. of ICT', 'national-csirt');
    await store.getState().remapHeader(key, 'Notes col', 'ignored');
    const r = store.getState().review!.files[0]!.result;
    expect(r.matrices[0]!.stakeholders.map((s) => [s.key, s.name])).toEqual([
      ['ncsc', 'NCSC'],
      ['national-csirt', 'National CSIRTs'],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('makes one choice for all the countries already loaded, never replacing a bundled one', async () => {
    const store = storeWithBundled();
    await store
      .getState()
      .importPastedText('country\tservice\tstakeholder\tscore\nKenya\tA\tNCSC\t1\nZambia\tA\tNCSC\t1\n');
    store.getState().confirmImport();
    await store
      .getState()
      .importPastedText(
        'country\tservice\tstakeholder\tscore\nKenya\tA\tNCSC\t5\nJapan\tA\tNCSC\t2\nZambia\tA\tNCSC\t3\n',
      );
    const key = store.getState().review!.files[0]!.key;
    const conflicts = [
      { country: 'Kenya', bundled: false },
      { country: 'Japan', bundled: true },
      { country: 'Zambia', bundled: false },
    ];
    store.getState().chooseAllConflicts(key, conflicts, 'skip');
    expect(Object.values(store.getState().review!.choices)).toEqual(['skip', 'skip', 'skip']);
    store.getState().chooseAllConflicts(key, conflicts, 'replace');
    // Japan (bundled) is never replaced: it is kept beside.
    expect(store.getState().review!.choices).toEqual({
      [`${key}\u0000Kenya`]: 'replace',
      [`${key}\u0000Japan`]: 'keep-both',
      [`${key}\u0000Zambia`]: 'replace',
    });
    store.getState().confirmImport();
    expect(countries(store)).toEqual(['Japan', 'United States', 'Singapore', 'Kenya', 'Zambia', 'Japan (2)']);
    expect(
      store
        .getState()
        .workspace.matrices.slice(3, 5)
        .map((m) => m.cells[0]![0]),
    ).toEqual([5, 3]);
  });

  it('replaces, keeps both or skips a country that is already loaded, but never replaces a bundled one', async () => {
    const store = storeWithBundled();
    await store.getState().importPastedText('country\tservice\tstakeholder\tscore\nKenya\tA\tNCSC\t1\n');
    store.getState().confirmImport();
    const kenyaId = store.getState().selectedId;
    await store
      .getState()
      .importPastedText(
        'country\tservice\tstakeholder\tscore\nKenya\tA\tNCSC\t5\nJapan\tA\tNCSC\t2\nSingapore\tA\tNCSC\t3\n',
      );
    const key = store.getState().review!.files[0]!.key;
    store.getState().chooseConflict(key, 'Kenya', 'replace');
    store.getState().chooseConflict(key, 'Japan', 'replace');
    store.getState().chooseConflict(key, 'Singapore', 'skip');
    const japan = store.getState().workspace.matrices[0];
    store.getState().confirmImport();
    expect(countries(store)).toEqual(['Japan', 'United States', 'Singapore', 'Kenya', 'Japan (2)']);
    expect(store.getState().workspace.matrices[0]).toBe(japan);
    const kenya = store.getState().workspace.matrices[3]!;
    expect([kenya.id, kenya.cells]).toEqual([kenyaId, [[5]]]);
    expect(store.getState().status).toBe(
      'Imported 2 countries from Pasted.tsv: Kenya, Japan (2). "Kenya" replaced the country of that name; "Singapore" was already loaded and was not imported, as chosen; "Japan" was already loaded, so it joined as "Japan (2)".',
    );
  });

  it('cancelling the review changes nothing', async () => {
    const store = storeWithBundled();
    const before = store.getState().workspace;
    await store.getState().importFiles([file('service,stakeholder,score\nA,NCSC,1\n', 'x.csv')]);
    store.getState().cancelReview();
    expect(store.getState().review).toBeNull();
    expect(store.getState().workspace).toBe(before);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const store = storeWithBundled();
    const big = file('x', 'big.csv');
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });
    await store.getState().importFiles([big]);
    expect(store.getState().review!.files[0]!.result.problems[0]!.code).toBe('too-large');
  });
});
