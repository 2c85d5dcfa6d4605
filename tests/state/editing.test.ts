import { describe, expect, it, vi } from 'vitest';
import { setCell, setCells, updateDetails } from '../../src/domain/edit-ops';
import { exportLongCsv } from '../../src/io/csv-export';
import { importCsvText } from '../../src/io/csv-import';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { memoryRecords, type RecordStore } from '../../src/io/record-store';
import { syncFor } from './sync-for';
import { startApp } from '../../src/app/startup';
import { fromSaved, toSaved } from '../../src/state/persistence';
import { clearHistory, createAppStore, redo, undo } from '../../src/state/store';

function storeWithBundled() {
  const store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
  clearHistory(store);
  return store;
}

describe('editing in the store', () => {
  it('never changes a bundled country: the first edit makes a selected copy', () => {
    const store = storeWithBundled();
    const japan = store.getState().workspace.matrices[0]!;
    const id = store.getState().editMatrix(japan.id, (m) => setCell(m, 0, 1, 4));
    const s = store.getState();
    expect(s.workspace.matrices[0]).toBe(japan);
    expect(japan.cells[0]![1]).toBeNull();
    const copy = s.workspace.matrices.find((m) => m.id === id)!;
    expect(copy.country).toBe('Japan (edited)');
    expect(copy.bundled).toBeUndefined();
    expect(copy.cells[0]![1]).toBe(4);
    expect(s.selectedId).toBe(id);
    expect(s.status).toContain('bundled dataset and is never changed');
    // Later edits go to the copy, not to a second copy.
    store.getState().editMatrix(id!, (m) => setCell(m, 0, 2, 5));
    expect(store.getState().workspace.matrices).toHaveLength(4);
  });

  it('undoes and redoes every edit, import and removal, and keeps a valid selection', () => {
    const store = storeWithBundled();
    const id = store.getState().createCountry('Zambia', 'services');
    store.getState().editMatrix(id, (m) => setCell(m, 0, 0, 7));
    store.getState().editMatrix(id, (m) =>
      setCells(m, 1, 0, [
        [1, 2],
        [3, 4],
      ]),
    );
    const cells = () => store.getState().workspace.matrices.find((m) => m.id === id)?.cells;
    expect(cells()![2]!.slice(0, 2)).toEqual([3, 4]);
    undo(store);
    expect(cells()![2]!.slice(0, 2)).toEqual([null, null]);
    expect(cells()![0]![0]).toBe(7);
    undo(store);
    expect(cells()![0]![0]).toBeNull();
    redo(store);
    redo(store);
    expect(cells()![2]!.slice(0, 2)).toEqual([3, 4]);
    store.getState().removeCountry(id);
    expect(cells()).toBeUndefined();
    undo(store);
    expect(cells()![0]![0]).toBe(7);
    undo(store);
    undo(store);
    undo(store);
    expect(store.getState().workspace.matrices.map((m) => m.country)).toEqual(['Japan', 'United States', 'Singapore']);
    expect(store.getState().workspace.matrices.some((m) => m.id === store.getState().selectedId)).toBe(true);
  });

  it('undo returns to the country the edit was made on, and redo to the copy', () => {
    const store = storeWithBundled();
    const [japan, us] = store.getState().workspace.matrices;
    store.getState().select(us!.id);
    store.getState().select(japan!.id);
    // A change of selection alone is not an undo step.
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    const copy = store.getState().editMatrix(japan!.id, (m) => setCell(m, 0, 1, 4))!;
    expect(store.getState().selectedId).toBe(copy);
    undo(store);
    expect(store.getState().workspace.matrices).toHaveLength(3);
    expect(store.getState().selectedId).toBe(japan!.id);
    redo(store);
    expect(store.getState().selectedId).toBe(copy);
    expect(store.getState().workspace.matrices[3]!.cells[0]![1]).toBe(4);
  });

  it('undoing the removal of a country brings it back selected', () => {
    const store = storeWithBundled();
    const id = store.getState().createCountry('Zambia', 'categories');
    store.getState().removeCountry(id);
    expect(store.getState().selectedId).toBe(store.getState().workspace.matrices[0]!.id);
    undo(store);
    expect(store.getState().workspace.matrices.map((m) => m.country)).toEqual([
      'Japan',
      'United States',
      'Singapore',
      'Zambia',
    ]);
    expect(store.getState().selectedId).toBe(id);
  });

  it('gives a renamed country a free name, says so, and the workspace export imports again', () => {
    const store = storeWithBundled();
    const id = store.getState().createCountry('Zambia', 'categories');
    store.getState().editMatrix(id, (m) => setCell(updateDetails(m, { country: 'Japan' }), 0, 0, 3));
    const zambia = store.getState().workspace.matrices.find((m) => m.id === id)!;
    expect(zambia.country).toBe('Japan (2)');
    expect(store.getState().status).toBe(
      'Another country is already called “Japan”: this one is now “Japan (2)”, so that an export can be imported again.',
    );
    // Renaming to its own name, or to a free one, is left alone.
    store.getState().editMatrix(id, (m) => updateDetails(m, { country: 'Zambia' }));
    expect(store.getState().workspace.matrices.find((m) => m.id === id)!.country).toBe('Zambia');
    store.getState().editMatrix(id, (m) => updateDetails(m, { country: 'Singapore' }));
    const back = importCsvText(exportLongCsv(store.getState().workspace.matrices), { fileName: 'all.csv' });
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.matrices.map((m) => m.country)).toEqual(['Japan', 'United States', 'Singapore', 'Singapore (2)']);
    // The copy of a bundled country is kept unique the same way.
    const copy = store
      .getState()
      .editMatrix(store.getState().workspace.matrices[1]!.id, (m) => updateDetails(m, { country: 'Japan' }))!;
    expect(store.getState().workspace.matrices.find((m) => m.id === copy)!.country).toBe('Japan (2)');
  });

  it('does not put display choices in the undo history', () => {
    const store = storeWithBundled();
    store.getState().setPalette('projector');
    store.getState().setRowSort('total');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('saving', () => {
  it('saves user countries in full and bundled ones by reference, and restores them exactly', () => {
    const store = storeWithBundled();
    const id = store.getState().createCountry('Zambia', 'categories');
    store.getState().editMatrix(id, (m) => setCell(m, 3, 1, 9.5));
    const saved = toSaved(store.getState().workspace, id);
    expect(saved.entries.slice(0, 3)).toEqual([
      { bundled: 'bundled:japan.csv' },
      { bundled: 'bundled:united-states.csv' },
      { bundled: 'bundled:singapore.csv' },
    ]);
    const back = fromSaved(structuredClone(saved), loadBundledMatrices())!;
    expect(back.workspace.matrices.map((m) => m.country)).toEqual(['Japan', 'United States', 'Singapore', 'Zambia']);
    expect(back.workspace.matrices[3]).toEqual(store.getState().workspace.matrices[3]);
    expect(back.selectedId).toBe(id);
    expect(fromSaved({ nonsense: true }, [])).toBeUndefined();
  });

  it('autosaves after a change and a reload finds every value', async () => {
    const records = memoryRecords();
    const store = createAppStore();
    const sync = syncFor(store, records, { delayMs: 5 });
    await startApp(store, '', fetch, sync);
    const stop = sync.start();
    const id = store.getState().createCountry('Zambia', 'services');
    store.getState().editMatrix(id, (m) => setCell(m, 63, 9, 'unknown'));
    await vi.waitFor(() => expect(records.data.has(`country:${id}`)).toBe(true), { timeout: 10_000 });
    await sync.flush();
    stop();
    const reloaded = createAppStore();
    const report = await startApp(reloaded, '', fetch, syncFor(reloaded, records));
    expect(report.restored).toBe(true);
    const z = reloaded.getState().workspace.matrices.find((m) => m.country === 'Zambia')!;
    expect(z.cells[63]![9]).toBe('unknown');
    expect(reloaded.getState().selectedId).toBe(id);
    expect(reloaded.temporal.getState().pastStates).toHaveLength(0);
    expect(reloaded.getState().status).toContain('Restored your workspace');
  });

  it('saves within the longest wait under continuous typing, not only after a pause', async () => {
    vi.useFakeTimers();
    try {
      const records = memoryRecords();
      const store = createAppStore();
      const sync = syncFor(store, records, { delayMs: 250, maxWaitMs: 750 });
      await startApp(store, '', fetch, sync);
      sync.start();
      const id = store.getState().createCountry('Zambia', 'services');
      const savedCount = () => {
        const cells =
          (records.data.get(`country:${id}`) as { matrix?: { cells: unknown[][] } } | undefined)?.matrix?.cells ?? [];
        return cells.filter((row) => row[0] === 1).length;
      };
      // A score every 80 ms for 2.4 s: the pause never comes, and yet at every moment all but the
      // scores of the last second are saved.
      for (let i = 1; i <= 30; i++) {
        store.getState().editMatrix(id, (m) => setCell(m, i - 1, 0, 1));
        await vi.advanceTimersByTimeAsync(80);
        expect(savedCount()).toBeGreaterThanOrEqual(i - Math.ceil(1000 / 80));
      }
      await vi.advanceTimersByTimeAsync(300);
      expect(savedCount()).toBe(30);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a storage that cannot be read, and a save that fails', async () => {
    const broken: RecordStore = {
      readAll: () => Promise.reject(new Error('blocked')),
      read: () => Promise.reject(new Error('blocked')),
      transact: () => Promise.reject(new Error('QuotaExceededError')),
    };
    const store = createAppStore();
    const errors: unknown[] = [];
    const sync = syncFor(store, broken, { delayMs: 1, onError: (e) => errors.push(e) });
    const report = await startApp(store, '', fetch, sync);
    expect(String(report.storageError)).toContain('blocked');
    const stop = sync.start();
    store.getState().createCountry('X', 'categories');
    await vi.waitFor(() => expect(String(errors.at(-1))).toContain('QuotaExceededError'), { timeout: 10_000 });
    stop();
  });
});
