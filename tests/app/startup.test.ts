import { describe, expect, it } from 'vitest';
import { embeddedIdOf, preferSave, startApp } from '../../src/app/startup';
import { memoryRecords } from '../../src/io/record-store';
import { syncFor } from '../state/sync-for';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { toSaved } from '../../src/state/persistence';
import { LEGACY_KEY } from '../../src/state/workspace-sync';
import { createAppStore, undo } from '../../src/state/store';
import type { EmbeddedWorkspace } from '../../src/views/present/standalone-html';

const kenya = { ...loadBundledMatrices()[0]!, id: 'user:Kenya', country: 'Kenya', bundled: undefined };
const embedded: EmbeddedWorkspace = { version: 1, workspace: { matrices: [kenya] }, deck: [], search: '?view=sankey' };
const countries = (s: ReturnType<typeof createAppStore>) => s.getState().workspace.matrices.map((m) => m.country);
const csv = (text: string) => new Response(text);

describe('start-up', () => {
  it('names embedded data by its content', () => {
    expect(embeddedIdOf(embedded)).toBe(embeddedIdOf(structuredClone(embedded)));
    expect(embeddedIdOf(embedded)).not.toBe(
      embeddedIdOf({ ...embedded, deck: [{ view: 'heatmap', search: '' } as never] }),
    );
    expect(preferSave(undefined, undefined)).toBe(true);
    expect(preferSave({ embeddedId: 'a' }, 'a')).toBe(true);
    expect(preferSave({}, 'a')).toBe(false);
  });

  it("loads a standalone file's data before clearing the history, so undo cannot swap it out", async () => {
    const store = createAppStore();
    await startApp(store, '', fetch, syncFor(store, memoryRecords()), { embedded });
    expect(countries(store)).toEqual(['Kenya']);
    undo(store);
    expect(countries(store)).toEqual(['Kenya']);
  });

  it('takes over a whole-workspace save of an earlier version made from this standalone file, but not one made elsewhere', async () => {
    const id = embeddedIdOf(embedded);
    const edited = { matrices: [{ ...kenya, country: 'Kenya edited' }] };
    const own = memoryRecords({ [LEGACY_KEY]: toSaved(edited, undefined, { embeddedId: id }) });
    const store = createAppStore();
    const report = await startApp(store, '', fetch, syncFor(store, own), { embedded });
    expect([report.restored, report.embeddedId, countries(store)]).toEqual([
      true,
      id,
      ['Kenya edited', 'Japan', 'United States', 'Singapore'],
    ]);
    const other = memoryRecords({ [LEGACY_KEY]: toSaved(edited, undefined, { embeddedId: 'another file' }) });
    const fresh = createAppStore();
    expect((await startApp(fresh, '', fetch, syncFor(fresh, other), { embedded })).restored).toBe(false);
    expect(countries(fresh)).toEqual(['Kenya']);
  });

  it('a standalone file restores what was saved in its own records, whatever another scope holds', async () => {
    const records = memoryRecords();
    const store = createAppStore();
    const sync = syncFor(store, records, { scope: `file:${embeddedIdOf(embedded)}` });
    await startApp(store, '', fetch, sync, { embedded });
    sync.start();
    store.getState().createCountry('Added in the file', 'categories');
    await sync.flush();
    const again = createAppStore();
    const report = await startApp(again, '', fetch, syncFor(again, records), { embedded });
    expect(report.restored).toBe(true);
    expect(countries(again)).toEqual(['Kenya', 'Added in the file']);
  });

  it('reports the restore before fetching links, keeps an import made meanwhile undoable, and marks linked countries', async () => {
    const store = createAppStore();
    const events: string[] = [];
    let answer!: (r: Response) => void;
    const fetchFn = ((url: string) => {
      events.push(`fetch ${url}`);
      return new Promise<Response>((r) => (answer = r));
    }) as typeof fetch;
    const started = startApp(store, '?data=zambia.csv', fetchFn, syncFor(store, memoryRecords()), {
      onRestored: (r) => events.push(`restored ${r.restored}`),
    });
    // The link reader is a chunk loaded for addresses with links: wait for the fetch itself, not for a tick.
    await expect.poll(() => events).toEqual(['restored false', 'fetch zambia.csv']);
    await store.getState().importPastedText('country\tservice\tstakeholder\tscore\nMine\tA\tNCSC\t1\n');
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
    await startApp(store, '?data=z.csv', () =>
      Promise.resolve(csv('country,service,stakeholder,score\nZambia,A,NCSC,5\n')),
    );
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(countries(store)).toContain('Zambia');
  });
});
