// Bench suites for the Sankey, comparison and editor views, on the real App in Chromium.
import { flushSync } from 'react-dom';
import { setCell, setCells } from '../../src/domain/edit-ops';
import type { Score } from '../../src/domain/matrix';
import { memoryRecords } from '../../src/io/record-store';
import { createWorkspaceSync } from '../../src/state/workspace-sync';
import { preloadParts } from '../../src/app/lazy-views';
import { BareTable, mountWith, renderBare } from './bench-app';
import { nextFrame, time, type Timing } from './bench-kit';
import { syntheticMatrix } from './bench-data';

type Suite = Promise<Record<string, Timing | number[]>>;

const baselineTable = (rows: number, cols: number) =>
  time(`baseline: bare ${rows}×${cols} React table`, 7, () => renderBare(<BareTable rows={rows} cols={cols} />));

/** Resolves at the first DOM change under `el` (class or content), or rejects after 2 s so a run never hangs. */
function nextMutation(el: Element): Promise<void> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('no DOM change within 2 s')), 2000);
    const obs = new MutationObserver(() => {
      clearTimeout(timer);
      obs.disconnect();
      ok();
    });
    obs.observe(el, { attributes: true, childList: true, subtree: true, characterData: true });
  });
}

/** Sankey of 64 services × 40 stakeholders: layout + first render, and hover highlight. */
export async function sankeySuite(): Suite {
  // The views load on demand (#18): measured as drawn once their chunks are in, not their placeholders.
  await preloadParts();
  const m = syntheticMatrix('Bench', 40);
  const baseline = await baselineTable(64, 40);
  // Each run a country not drawn before (other scores, so no layout is reused): the layout runs every time.
  const cold = await time('sankey 64×40: layout + first render, a country not drawn before', 7, (i) =>
    mountWith([syntheticMatrix('Bench', 40, i + 2)], (s) => s.getState().setView('sankey')),
  );
  // The same country each run, as when its tab is opened again: from the second run on, its last layout is reused.
  const first = await time('sankey 64×40: layout + first render (whole app)', 7, () =>
    mountWith([m], (s) => s.getState().setView('sankey')),
  );
  mountWith([m], (s) => s.getState().setView('sankey'));
  const items = [...document.querySelectorAll<SVGGElement>('.sankey-item')];
  const chart = document.querySelector('.sankey-item')!.closest('svg')!;
  const hover = await time('sankey 64×40: hover → highlight applied', 21, async (i) => {
    const changed = nextMutation(chart.parentElement ?? chart);
    // The chart follows the pointer with pointermove; each run points at a different item.
    const el = items[(i * 37 + 1) % items.length]!;
    const box = el.getBoundingClientRect();
    el.dispatchEvent(
      new PointerEvent('pointermove', {
        bubbles: true,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
      }),
    );
    await changed;
  });
  return { baseline, cold, first, hover };
}

/** Comparison of 20 countries × 64 services × 20 stakeholders: first render, threshold change. */
export async function compareSuite(): Suite {
  await preloadParts();
  const countries = Array.from({ length: 20 }, (_, i) => syntheticMatrix(`Country ${i + 1}`, 20, i + 1));
  const baseline = await baselineTable(64, (20 * 20) / 4);
  const setup = (s: Parameters<NonNullable<Parameters<typeof mountWith>[1]>>[0]) => {
    s.getState().setView('compare');
    s.getState().setCompareIds(s.getState().workspace.matrices.map((m) => m.id));
  };
  const first = await time('compare 20 countries × 64 × 20: metrics + first render (whole app)', 5, () =>
    mountWith(countries, setup),
  );
  // The same, until the frame after it is painted: style, layout and paint of the page included.
  const painted = await time('compare 20 countries × 64 × 20: … until the next frame is painted', 5, async () => {
    mountWith(countries, setup);
    await nextFrame();
  });
  const store = mountWith(countries, setup);
  const threshold = await time('compare 20 countries: threshold change → recompute + render', 11, (i) =>
    flushSync(() => store.getState().setCompareThreshold(i % 2 ? 5 : 7)),
  );
  return { baseline, first, painted, threshold };
}

/** Editor on a 64 × 40 matrix: one keystroke's edit, a 64 × 40 paste, and the autosave's work. */
export async function editorSuite(): Suite {
  await preloadParts();
  const m = syntheticMatrix('Bench', 40);
  const baseline = await baselineTable(64, 40);
  const store = mountWith([m], (s) => s.getState().setView('editor'));
  await nextFrame();
  const id = store.getState().workspace.matrices[0]!.id;
  const key = await time('editor 64×40: one score typed → store + render', 21, (i) =>
    flushSync(() => store.getState().editMatrix(id, (x) => setCell(x, i % 64, (i * 7) % 40, i % 11))),
  );
  const block: Score[][] = Array.from({ length: 64 }, (_, r) =>
    Array.from({ length: 40 }, (_, c) => ((r + c) % 12 === 11 ? 'unknown' : (r * c) % 11)),
  );
  const paste = await time('editor 64×40: paste a 64×40 block → store + render', 11, (i) =>
    flushSync(() =>
      store.getState().editMatrix(id, (x) => setCells(x, 0, 0, i % 2 ? block : block.map((row) => row.map(() => 1)))),
    ),
  );
  // A version (History) of the 64 × 40 country: the snapshot and the copy IndexedDB makes of it.
  const snapshot = await time(
    'editor 64×40: a version taken (snapshot + the structured copy IndexedDB stores)',
    11,
    (i) => {
      store.getState().saveNamedVersion(id, `bench ${i}`);
      structuredClone(store.getState().versions.at(-1));
    },
  );
  // What the save does on the main thread when it fires (after a pause, or 750 ms into continuous typing):
  // find the changed country, decide its record against the stored one, and copy it.
  const records = memoryRecords();
  const sync = createWorkspaceSync(store, {
    records,
    scope: 'bench',
    bundled: [],
    delayMs: 1e9,
    maxWaitMs: 1e9,
    onError: (e) => console.error(e),
  });
  sync.start();
  await sync.flush();
  const save = await time(
    'editor 64×40: one changed country saved as its record (decide + copy; the IndexedDB write itself is off the main thread)',
    11,
    async (i) => {
      store.getState().editMatrix(id, (x) => setCell(x, i % 64, 3, i % 11));
      await sync.flush();
    },
  );
  return { baseline, key, paste, snapshot, save };
}
