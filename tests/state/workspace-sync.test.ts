// Several tabs of one workspace, each with its own store, sharing one record store (IndexedDB in
// the app) and a channel (BroadcastChannel in the app). Nothing any tab did may be lost.
import { describe, expect, it } from 'vitest';
import { createFromTemplate, setCell } from '../../src/domain/edit-ops';
import type { RoleMatrix } from '../../src/domain/matrix';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { memoryRecords, type RecordStore } from '../../src/io/record-store';
import { clearHistory, createAppStore, undo, type AppStore } from '../../src/state/store';
import { countryKey } from '../../src/state/sync-records';
import {
  createWorkspaceSync,
  type SyncChannel,
  type SyncEvent,
  type SyncJournal,
  type SyncMessage,
  type WorkspaceSync,
} from '../../src/state/workspace-sync';

const bundled = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace.matrices;

/** A channel hub: what one tab posts reaches the others (not itself), later, unless it is cut. */
function hub() {
  const listeners = new Set<(m: SyncMessage) => void>();
  const self = {
    connected: true,
    pending: [] as (() => void)[],
    channel: (): SyncChannel => ({
      post: (msg) => {
        for (const l of listeners) {
          const deliver = () => l(msg);
          if (self.connected) queueMicrotask(deliver);
          else self.pending.push(deliver);
        }
      },
      listen: (on) => {
        listeners.add(on);
        return () => listeners.delete(on);
      },
    }),
    reconnect: () => {
      self.connected = true;
      for (const d of self.pending.splice(0)) d();
    },
  };
  return self;
}

interface Tab {
  store: AppStore;
  sync: WorkspaceSync;
  events: SyncEvent[];
  stop: () => void;
}

async function openTab(
  records: RecordStore,
  h: ReturnType<typeof hub>,
  tabId: string,
  journal?: SyncJournal,
): Promise<Tab> {
  const store = createAppStore();
  store.getState().loadWorkspace({ matrices: bundled });
  const events: SyncEvent[] = [];
  const sync = createWorkspaceSync(store, {
    records,
    scope: 'app',
    bundled,
    channel: h.channel(),
    tabId,
    ...(journal ? { journal } : {}),
    delayMs: 100_000,
    maxWaitMs: 100_000,
    onError: (e) => {
      throw e;
    },
    onEvent: (e) => events.push(e),
  });
  const loaded = await sync.load();
  if (loaded.found) store.getState().loadWorkspace(loaded.workspace, loaded.selectedId);
  if (loaded.deck) store.getState().loadDeck(loaded.deck);
  store.getState().loadVersions(loaded.versions);
  clearHistory(store);
  const stop = sync.start();
  await sync.flush();
  return { store, sync, events, stop };
}

/** Lets queued channel deliveries and the reads they start run. */
async function settle(...tabs: Tab[]) {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    for (const t of tabs) await t.sync.flush();
  }
}

const names = (t: Tab) => t.store.getState().workspace.matrices.map((m) => m.country);
const find = (t: Tab, country: string) => t.store.getState().workspace.matrices.find((m) => m.country === country)!;
const create = (t: Tab, name: string) => t.store.getState().createCountry(name, 'categories');

describe('one workspace across tabs', () => {
  it('keeps every country imported in turn by two tabs (Alpha, Beta, Gamma), and a third tab sees all', async () => {
    const records = memoryRecords();
    const h = hub();
    const [t1, t2] = [await openTab(records, h, 't1'), await openTab(records, h, 't2')];
    create(t1, 'Alpha');
    await t1.sync.flush();
    await settle(t1, t2);
    expect(names(t2)).toContain('Alpha');
    create(t2, 'Beta');
    await t2.sync.flush();
    await settle(t1, t2);
    create(t1, 'Gamma');
    await t1.sync.flush();
    await settle(t1, t2);
    const t3 = await openTab(records, h, 't3');
    expect(names(t3)).toEqual(['Japan', 'United States', 'Singapore', 'Alpha', 'Beta', 'Gamma']);
    expect(names(t1)).toEqual(names(t3));
    expect(names(t2)).toEqual(names(t3));
    expect(t1.events.some((e) => e.kind === 'remote' && e.added.includes('Beta'))).toBe(true);
  });

  it('merges scores typed in two tabs into one country even when no message gets through', async () => {
    const records = memoryRecords();
    const h = hub();
    const t1 = await openTab(records, h, 't1');
    const id = create(t1, 'Kenya');
    await t1.sync.flush();
    const t2 = await openTab(records, h, 't2');
    h.connected = false;
    for (let r = 0; r < 9; r++) {
      t1.store.getState().editMatrix(id, (m) => setCell(m, r, 0, r));
      t2.store.getState().editMatrix(id, (m) => setCell(m, r, 1, 10 - r));
      await t1.sync.flush();
      await t2.sync.flush();
    }
    const t3 = await openTab(records, h, 't3');
    const k = find(t3, 'Kenya');
    expect(k.cells.map((row) => row.slice(0, 2))).toEqual([...Array(9).keys()].map((r) => [r, 10 - r]));
    // Once messages flow again, the first tab shows the second's scores too.
    h.reconnect();
    await settle(t1, t2);
    expect(find(t1, 'Kenya').cells).toEqual(k.cells);
  });

  it('the later change to the same cell wins, and the tab whose value was replaced is told', async () => {
    const records = memoryRecords();
    const h = hub();
    const t1 = await openTab(records, h, 't1');
    const id = create(t1, 'Kenya');
    await t1.sync.flush();
    const t2 = await openTab(records, h, 't2');
    h.connected = false;
    t1.store.getState().editMatrix(id, (m) => setCell(m, 3, 0, 3));
    await t1.sync.flush();
    t2.store.getState().editMatrix(id, (m) => setCell(m, 3, 0, 7));
    await t2.sync.flush();
    h.reconnect();
    await settle(t1, t2);
    expect(find(t1, 'Kenya').cells[3]![0]).toBe(7);
    expect(find(t2, 'Kenya').cells[3]![0]).toBe(7);
    const kept = t2.events.find((e) => e.kind === 'conflict-kept');
    expect(kept && 'conflicts' in kept && kept.conflicts[0]).toMatchObject({
      kind: 'cell',
      rowKey: 'D',
      stakeholderKey: 'ncsc',
      kept: '7',
      replaced: '3',
    });
    const told = t1.events.find((e) => e.kind === 'overridden');
    expect(told && 'conflicts' in told && told.conflicts[0]).toMatchObject({ kept: '7', replaced: '3' });
  });

  it('a change taken in from another tab is not an undo step here, and undo never brings back what it replaced', async () => {
    const records = memoryRecords();
    const h = hub();
    const t1 = await openTab(records, h, 't1');
    const id = create(t1, 'Kenya');
    await t1.sync.flush();
    const t2 = await openTab(records, h, 't2');
    t2.store.getState().editMatrix(id, (m) => setCell(m, 0, 0, 4)); // t2's own edit
    await t2.sync.flush();
    await settle(t1, t2);
    t1.store.getState().editMatrix(id, (m) => setCell(m, 1, 1, 9));
    await t1.sync.flush();
    await settle(t1, t2);
    expect(find(t2, 'Kenya').cells[1]![1]).toBe(9);
    // Undo in t2 undoes t2's own edit only; the 9 from t1 stays.
    undo(t2.store);
    expect(find(t2, 'Kenya').cells[0]![0]).toBeNull();
    expect(find(t2, 'Kenya').cells[1]![1]).toBe(9);
    await t2.sync.flush();
    const t3 = await openTab(records, h, 't3');
    expect(find(t3, 'Kenya').cells[0]![0]).toBeNull();
    expect(find(t3, 'Kenya').cells[1]![1]).toBe(9);
  });

  it('a country removed in one tab leaves the others, and a country added in one is never dropped by another save', async () => {
    const records = memoryRecords();
    const h = hub();
    const [t1, t2] = [await openTab(records, h, 't1'), await openTab(records, h, 't2')];
    h.connected = false;
    create(t1, 'Alpha');
    await t1.sync.flush();
    // t2 never heard of Alpha and saves its own change: Alpha must survive.
    t2.store.getState().removeCountry('bundled:singapore.csv');
    await t2.sync.flush();
    const t3 = await openTab(records, h, 't3');
    expect(names(t3)).toEqual(['Japan', 'United States', 'Alpha']);
    h.reconnect();
    await settle(t1, t2);
    expect(names(t1)).toEqual(['Japan', 'United States', 'Alpha']);
    expect(names(t2)).toEqual(['Japan', 'United States', 'Alpha']);
  });

  it('two tabs creating a country of the same name at once keep both', async () => {
    const records = memoryRecords();
    const h = hub();
    const [t1, t2] = [await openTab(records, h, 't1'), await openTab(records, h, 't2')];
    h.connected = false;
    t1.store.getState().editMatrix(create(t1, 'Kenya'), (m) => setCell(m, 0, 0, 1));
    t2.store.getState().editMatrix(create(t2, 'Kenya'), (m) => setCell(m, 0, 0, 2));
    await t1.sync.flush();
    await t2.sync.flush();
    await t2.sync.flush();
    h.reconnect();
    await settle(t1, t2);
    const t3 = await openTab(records, h, 't3');
    expect(
      names(t3)
        .filter((n) => n.startsWith('Kenya'))
        .sort(),
    ).toEqual(['Kenya', 'Kenya (2)']);
    expect(find(t3, 'Kenya (2)').cells[0]![0]).toBe(2);
    expect(find(t3, 'Kenya').cells[0]![0]).toBe(1);
    expect(names(t1)).toEqual(names(t3));
    expect(names(t2)).toEqual(names(t3));
    expect(t2.events.some((e) => e.kind === 'collision')).toBe(true);
  });

  it('the deck is merged slide by slide', async () => {
    const records = memoryRecords();
    const h = hub();
    const [t1, t2] = [await openTab(records, h, 't1'), await openTab(records, h, 't2')];
    h.connected = false;
    t1.store.getState().addSlide({
      kind: 'compare',
      countryIds: ['bundled:japan.csv'],
      options: { compareThreshold: 5, diffA: null, diffB: null },
    });
    t2.store.getState().addSlide({
      kind: 'metrics',
      countryIds: ['bundled:japan.csv'],
      options: { compareThreshold: 5, diffA: null, diffB: null },
    });
    await t1.sync.flush();
    await t2.sync.flush();
    h.reconnect();
    await settle(t1, t2);
    const t3 = await openTab(records, h, 't3');
    expect(
      t3.store
        .getState()
        .deck.map((s) => s.kind)
        .sort(),
    ).toEqual(['compare', 'metrics']);
    expect(
      t1.store
        .getState()
        .deck.map((s) => s.kind)
        .sort(),
    ).toEqual(['compare', 'metrics']);
  });

  it('sets a saved country that fails validation aside (kept, not deleted) and opens with the rest', async () => {
    const good = createFromTemplate('Good', 'categories');
    const bad = {
      ...createFromTemplate('Bad', 'categories'),
      id: 'user:Bad',
      rowNotes: { A: { evil: 1 } },
    } as unknown as RoleMatrix;
    const records = memoryRecords({
      [countryKey('user:Good')]: {
        id: 'user:Good',
        rev: 1,
        order: 1,
        matrix: { ...good, id: 'user:Good' },
        by: 'x',
        at: '',
      },
      [countryKey('user:Bad')]: { id: 'user:Bad', rev: 1, order: 2, matrix: bad, by: 'x', at: '' },
    });
    const store = createAppStore();
    const sync = createWorkspaceSync(store, {
      records,
      scope: 'app',
      bundled,
      onError: () => undefined,
      validate: (v, path) =>
        (v as RoleMatrix).rowNotes && typeof Object.values((v as RoleMatrix).rowNotes!)[0] !== 'string'
          ? { error: `${path}.rowNotes.A: expected text` }
          : { matrix: v as RoleMatrix },
    });
    const loaded = await sync.load();
    expect(loaded.workspace.matrices.map((m) => m.country)).toEqual(['Japan', 'United States', 'Singapore', 'Good']);
    expect(loaded.setAside).toEqual([
      { key: 'country:user:Bad', reason: 'country:user:Bad.matrix.rowNotes.A: expected text' },
    ]);
    expect(records.data.has('country:user:Bad')).toBe(false);
    expect((records.data.get('aside:country:user:Bad') as { value: { matrix: unknown } }).value.matrix).toEqual(bad);
  });
});

/** A journal kept in memory (localStorage in the app), with its entries to look at. */
function memoryJournal() {
  const entries = new Map<string, string>();
  const journal = {
    write: (k: string, t: string) => void entries.set(k, t),
    remove: (k: string) => void entries.delete(k),
    entries: () => [...entries],
  };
  return { journal, entries };
}

/** Storage with a journal, and Kenya saved to it by one tab: where a page going away leaves its work. */
async function savedKenya(tabId = 't0') {
  const records = memoryRecords();
  const { journal, entries } = memoryJournal();
  const h = hub();
  const first = await openTab(records, h, tabId);
  const id = create(first, 'Kenya');
  await first.sync.flush();
  return { records, journal, entries, h, first, id };
}

describe('the journal of a page going away', () => {
  it('keeps what a page left unsaved when its last save never reached storage, and the next page saves it', async () => {
    const { records, journal, entries, h, first: t1, id } = await savedKenya('t1');
    const { store, sync } = await leavingTab(records, journal, 'leaving');
    store.getState().editMatrix(id, (m) => setCell(m, 2, 3, 8));
    store.getState().removeCountry('bundled:japan.csv');
    // The page is hidden and its IndexedDB write is lost with it (the page is gone before it commits).
    records.fail = new Error('page gone');
    await sync.flush(true);
    records.fail = undefined;
    expect(entries.size).toBe(1);
    // Meanwhile another tab changed another cell of the same country.
    t1.store.getState().editMatrix(id, (m) => setCell(m, 0, 0, 1));
    await t1.sync.flush();
    const next = await openTab(records, h, 'next', journal);
    const k = find(next, 'Kenya');
    expect([k.cells[2]![3], k.cells[0]![0]]).toEqual([8, 1]);
    expect(names(next)).not.toContain('Japan');
    await next.sync.flush();
    expect(entries.size).toBe(0);
    const again = await openTab(records, h, 'again');
    expect(find(again, 'Kenya').cells[2]![3]).toBe(8);
    expect(names(again)).not.toContain('Japan');
  });
});

/** A tab whose saves are slow (they wait for a flush), over `journal`, ready to edit. */
async function leavingTab(records: RecordStore, journal: SyncJournal, tabId: string) {
  const store = createAppStore();
  store.getState().loadWorkspace({ matrices: bundled });
  const sync = createWorkspaceSync(store, {
    records,
    scope: 'app',
    bundled,
    journal,
    tabId,
    delayMs: 100_000,
    maxWaitMs: 100_000,
    onError: () => undefined,
  });
  const loaded = await sync.load();
  store.getState().loadWorkspace(loaded.workspace);
  sync.start();
  await sync.flush();
  return { store, sync };
}

describe('two pages going away at once', () => {
  it("keeps both pages' unsaved edits of one country when neither write reached storage (both reloaded together)", async () => {
    const { records, journal, entries, h, id } = await savedKenya();
    const [a, b] = [await leavingTab(records, journal, 'a'), await leavingTab(records, journal, 'b')];
    a.store.getState().editMatrix(id, (m) => setCell(m, 4, 0, 4));
    b.store.getState().editMatrix(id, (m) => setCell(m, 4, 1, 6));
    // Both pages are left in the same moment: each journals its edit; neither IndexedDB write commits.
    records.fail = new Error('page gone');
    await Promise.all([a.sync.flush(true), b.sync.flush(true)]);
    records.fail = undefined;
    expect(entries.size).toBe(2);
    const next = await openTab(records, h, 'next', journal);
    // The second journal taken in was put over the first: E × NCSC came back as before (a trial, 3 in 25).
    expect(find(next, 'Kenya').cells[4]!.slice(0, 2)).toEqual([4, 6]);
    await next.sync.flush();
    expect(
      (await openTab(records, h, 'again')).store
        .getState()
        .workspace.matrices.find((m) => m.id === id)!
        .cells[4]!.slice(0, 2),
    ).toEqual([4, 6]);
  });

  it('keeps both when one write reached storage but its page was gone before it cleared its journal', async () => {
    const { records, journal, entries, h, id } = await savedKenya();
    const b = await leavingTab(records, journal, 'b');
    const a = await leavingTab(records, { ...journal, remove: () => undefined }, 'a');
    a.store.getState().editMatrix(id, (m) => setCell(m, 4, 0, 4));
    b.store.getState().editMatrix(id, (m) => setCell(m, 4, 1, 6));
    // b journals first and its write is lost; a's write lands, its journal stays behind.
    records.fail = new Error('page gone');
    await b.sync.flush(true);
    records.fail = undefined;
    await a.sync.flush(true);
    expect([...entries.keys()]).toEqual(['b', 'a']);
    const next = await openTab(records, h, 'next', journal);
    expect(find(next, 'Kenya').cells[4]!.slice(0, 2)).toEqual([4, 6]);
  });
});

describe('versions across tabs and reloads', () => {
  it('a version kept before a removal is saved, reaches the other tab, restores the country exactly, and a deletion travels too', async () => {
    const records = memoryRecords();
    const h = hub();
    const [t1, t2] = [await openTab(records, h, 't1'), await openTab(records, h, 't2')];
    const id = create(t1, 'Kenya');
    t1.store.getState().editMatrix(id, (m) => setCell(m, 4, 2, 6));
    const before = find(t1, 'Kenya');
    t1.store.getState().removeCountry(id);
    expect(t1.store.getState().versions.map((v) => v.kind)).toEqual(['before-remove']);
    await t1.sync.flush();
    await settle(t1, t2);
    expect(t2.store.getState().versions.map((v) => v.countryId)).toEqual([id]);
    const t3 = await openTab(records, h, 't3');
    const [v] = t3.store.getState().versions;
    expect(v!.matrix).toEqual(before);
    t3.store.getState().restoreVersion(v!.id);
    expect(find(t3, 'Kenya')).toEqual(before);
    await t3.sync.flush();
    await settle(t1, t2, t3);
    expect(find(t1, 'Kenya')).toEqual(before);
    t2.store.getState().deleteVersion(v!.id);
    await t2.sync.flush();
    await settle(t1, t2, t3);
    expect(t1.store.getState().versions.map((x) => x.id)).not.toContain(v!.id);
    const t4 = await openTab(records, h, 't4');
    expect(t4.store.getState().versions.map((x) => x.id)).not.toContain(v!.id);
    expect(records.data.has(`version:${v!.id}`)).toBe(false);
  });
});

describe('what each tab is told', () => {
  it('two people typing into one note at once both keep their text; a removal while another tab types is undone and both tabs are told', async () => {
    const records = memoryRecords();
    const h = hub();
    const [t1, t2] = [await openTab(records, h, 't1'), await openTab(records, h, 't2')];
    const id = create(t1, 'Kenya');
    t1.store.getState().editMatrix(id, (m) => ({ ...m, provenance: { ...m.provenance, source: 'survey 2024' } }));
    await t1.sync.flush();
    await settle(t1, t2);
    h.connected = false;
    t1.store.getState().editMatrix(id, (m) => ({ ...m, provenance: { ...m.provenance, source: 'survey 2024 AAA' } }));
    t2.store.getState().editMatrix(id, (m) => ({ ...m, provenance: { ...m.provenance, source: 'survey 2024 BBB' } }));
    await t1.sync.flush();
    await t2.sync.flush();
    h.reconnect();
    await settle(t1, t2);
    expect(find(t1, 'Kenya').provenance.source).toBe('survey 2024 AAA BBB');
    expect(find(t2, 'Kenya').provenance.source).toBe('survey 2024 AAA BBB');
    // t1 removes Kenya while t2 is still typing in it (t2 has not saved yet).
    t2.store.getState().editMatrix(id, (m) => setCell(m, 1, 1, 3));
    t1.store.getState().removeCountry(id);
    await t1.sync.flush();
    await settle(t1);
    await new Promise((r) => setTimeout(r, 0));
    expect(t2.events.some((e) => e.kind === 'revived')).toBe(true);
    await t2.sync.flush();
    await settle(t1, t2);
    expect(names(t1)).toContain('Kenya');
    expect(t1.events.some((e) => e.kind === 'kept-by-other')).toBe(true);
  });
});

describe('a journal that outlived its save', () => {
  it('never undoes what was written after it: a removal already saved and then restored elsewhere stays restored', async () => {
    const { records, journal, entries, h, first: t1, id } = await savedKenya('t1');
    const before = find(t1, 'Kenya');
    // A page removes Kenya, journals it on the way out, and its save lands too; only clearing the journal is lost.
    const dying = { ...journal, remove: () => undefined }; // the page is gone before it clears the journal
    const leaving = await openTab(records, h, 'leaving', dying);
    leaving.store.getState().removeCountry(id);
    await leaving.sync.flush(true);
    expect([...entries.values()].some((t) => t.includes('"removed":true'))).toBe(true);
    expect(records.data.get(`country:${id}`)).toMatchObject({ removed: true });
    // Another tab restores it (from History) and saves.
    await settle(t1, leaving);
    const v = t1.store.getState().versions.find((x) => x.countryId === id)!;
    t1.store.getState().restoreVersion(v.id);
    await t1.sync.flush();
    const next = await openTab(records, h, 'next', journal);
    expect(find(next, 'Kenya')).toEqual(before);
  });
});
