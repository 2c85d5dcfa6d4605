import { describe, expect, it } from 'vitest';
import { embeddedIdOf, preferSave, startApp } from '../../src/app/startup';
import { memoryStorage } from '../../src/io/idb-storage';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { SAVE_KEY, toSaved } from '../../src/state/persistence';
import { createAppStore, undo } from '../../src/state/store';
import type { EmbeddedWorkspace } from '../../src/views/present/standalone-html';

const kenya = { ...loadBundledMatrices()[0]!, id: 'user:Kenya', country: 'Kenya', bundled: undefined };
const embedded: EmbeddedWorkspace = { version: 1, workspace: { matrices: [kenya] }, deck: [], search: '?view=sankey' };
const countries = (s: ReturnType<typeof createAppStore>) => s.getState().workspace.matrices.map((m) => m.country);
const csv = (text: string) => new Response(text);

describe('start-up', () => {
  it('names embedded data by its content', () => {
    expect(embeddedIdOf(embedded)).toBe(embeddedIdOf(structuredClone(embedded)));
    expect(embeddedIdOf(embedded)).not.toBe(embeddedIdOf({ ...embedded, deck: [{ view: 'heatmap', search: '' } as never] }));
    expect(preferSave(undefined, undefined)).toBe(true);
    expect(preferSave({ embeddedId: 'a' }, 'a')).toBe(true);
    expect(preferSave({}, 'a')).toBe(false);
  });

  it('loads a standalone file\'s data before clearing the history, so undo cannot swap it out', async () => {
    const store = createAppStore();
    await startApp(store, '', fetch, memoryStorage(), { embedded });
    expect(countries(store)).toEqual(['Kenya']);
    undo(store);
    expect(countries(store)).toEqual(['Kenya']);
  });

  it('restores a save made from this standalone file, but not one made elsewhere', async () => {
    const id = embeddedIdOf(embedded);
    const edited = { matrices: [{ ...kenya, country: 'Kenya edited' }] };
    const own = memoryStorage({ [SAVE_KEY]: toSaved(edited, undefined, { embeddedId: id }) });
    const store = createAppStore();
    const report = await startApp(store, '', fetch, own, { embedded });
    expect([report.restored, report.embeddedId, countries(store)]).toEqual([true, id, ['Kenya edited', 'Japan', 'United States', 'Singapore']]);
    const other = memoryStorage({ [SAVE_KEY]: toSaved(edited, undefined, { embeddedId: 'another file' }) });
    const fresh = createAppStore();
    expect((await startApp(fresh, '', fetch, other, { embedded })).restored).toBe(false);
    expect(countries(fresh)).toEqual(['Kenya']);
  });

  it('reports the restore before fetching links, keeps an import made meanwhile undoable, and marks linked countries', async () => {
    const store = createAppStore();
    const events: string[] = [];
    let answer!: (r: Response) => void;
    const fetchFn = ((url: string) => {
      events.push(`fetch ${url}`);
      return new Promise<Response>((r) => (answer = r));
    }) as typeof fetch;
    const started = startApp(store, '?data=zambia.csv', fetchFn, memoryStorage(), { onRestored: (r) => events.push(`restored ${r.restored}`) });
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual(['restored false', 'fetch zambia.csv']);
    store.getState().importPastedText('country\tservice\tstakeholder\tscore\nMine\tA\tNCSC\t1\n');
    store.getState().confirmImport();
    answer(csv('country,service,stakeholder,score\nZambia,A,NCSC,5\n'));
    await started;
    const zambia = store.getState().workspace.matrices.find((m) => m.country === 'Zambia')!;
    expect(zambia.linked).toBe('zambia.csv');
    undo(store);
    undo(store);
    expect(countries(store)).toEqual(['Japan', 'United States', 'Singapore']);
  });

  it('clears the history after links when nothing was changed meanwhile', async () => {
    const store = createAppStore();
    await startApp(store, '?data=z.csv', () => Promise.resolve(csv('country,service,stakeholder,score\nZambia,A,NCSC,5\n')));
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(countries(store)).toContain('Zambia');
  });
});
