// The bench page: the real App and store, plus scenarios the runner calls through window.bench.
import { flushSync } from 'react-dom';
import '../../src/app/styles.css';
import { collectGarbage, longTasksDuring, nextFrame, time, type Timing } from './bench-kit';
import { syntheticMatrix } from './bench-data';
import Papa from 'papaparse';
import { benchLongCsv, commitReview, importSuite, markAfter, openReview } from './bench-import';
import { IMPORT_MARKS } from '../../src/io/import-types';
import { preloadParts } from '../../src/app/lazy-views';
import { reviewSuite } from './bench-review';
import { xlsxSuite } from './bench-xlsx';
import { BareGrid, BareTable, mountWith, renderBare, rerenderBare } from './bench-app';
import { compareSuite, editorSuite, sankeySuite } from './bench-views';
import { keyCosts, keysSetup } from './bench-keys-page';

function mountApp(stakeholders: number) {
  return mountWith([syntheticMatrix('Bench', stakeholders)]);
}

async function heatmap(): Promise<Record<string, Timing | number[]>> {
  const baseline = await time('baseline: bare 64×40 React table', 7, () => {
    renderBare(<BareTable rows={64} cols={40} />);
  });
  // A palette switch's fair floor: the same cells re-coloured by React (rect fills and number inks), until painted.
  renderBare(<BareGrid rows={64} cols={40} dark={false} />);
  await nextFrame();
  const barePainted = await time('bare 64×40 SVG grid re-coloured … until the next frame is painted', 11, async (i) => {
    rerenderBare(<BareGrid rows={64} cols={40} dark={i % 2 === 0} />);
    await nextFrame();
  });
  const first = await time('heatmap 64×40: first render (whole app)', 7, () => mountApp(40));
  const store = mountApp(40);
  const sort = await time('heatmap 64×40: sort rows by total ↔ file order', 11, (i) =>
    flushSync(() => store.getState().setRowSort(i % 2 ? 'original' : 'total')),
  );
  const palette = await time('heatmap 64×40: palette switch', 11, (i) =>
    flushSync(() => store.getState().setPalette(i % 2 ? 'ylgnbu' : 'projector')),
  );
  // The same, until the next frame is painted: a switch may move work from React's commit to the style recalc.
  const palettePainted = await time(
    'heatmap 64×40: palette switch … until the next frame is painted',
    11,
    async (i) => {
      flushSync(() => store.getState().setPalette(i % 2 ? 'ylgnbu' : 'projector'));
      await nextFrame();
    },
  );
  const cells = [...document.querySelectorAll<SVGGElement>('[role=gridcell]')];
  const hover = await time('heatmap 64×40: hover → tooltip shown', 21, async (i) => {
    const cell = cells[(i * 97) % cells.length]!;
    const shown = new Promise<void>((ok) => {
      const obs = new MutationObserver(() => {
        obs.disconnect();
        ok();
      });
      obs.observe(document.querySelector('.heatmap-wrap')!, { childList: true, subtree: true, characterData: true });
    });
    cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await shown;
  });
  const longTasks = await longTasksDuring(async () => {
    for (let i = 0; i < 4; i++) {
      flushSync(() => store.getState().setRowSort(i % 2 ? 'original' : 'total'));
      await nextFrame();
    }
  });
  return { baseline, barePainted, first, sort, palette, palettePainted, hover, longTasksDuringSorts: longTasks };
}

/** The import suite on an app with no country loaded yet. */
function importBench() {
  return importSuite(
    () => mountWith([]),
    (fn) => flushSync(fn),
  );
}

/** One picked-file import in two steps, for scripts/trace-import.ts: the review opened, then committed. */
const importSteps = {
  /** One round as the import suite measures it (papaparse, then the import), for builds compared in turns. */
  round: async () => {
    await preloadParts();
    const text = benchLongCsv();
    collectGarbage();
    const t0 = performance.now();
    Papa.parse(text);
    const base = performance.now() - t0;
    await nextFrame();
    const store = mountWith([]);
    await nextFrame();
    collectGarbage();
    const { start, shown } = await openReview(store, new TextEncoder().encode(text));
    const painted = await commitReview(store, (fn) => flushSync(fn));
    const worker = markAfter(IMPORT_MARKS.read, start) - markAfter(IMPORT_MARKS.bytes, start);
    return { base, worker, drawn: painted - markAfter(IMPORT_MARKS.commit, shown), pressed: painted - shown };
  },
  open: async () => {
    await preloadParts();
    const store = mountWith([]);
    await nextFrame();
    await openReview(store, new TextEncoder().encode(benchLongCsv()));
    importSteps.store = store;
  },
  commit: () => commitReview(importSteps.store!, (fn) => flushSync(fn)),
  store: undefined as ReturnType<typeof mountWith> | undefined,
};

/** The review suite on an app with no country loaded yet. */
function reviewBench() {
  return reviewSuite(
    () => mountWith([]),
    (fn) => flushSync(fn),
  );
}

/** The xlsx suite on an app with no country loaded yet. */
function xlsxBench() {
  return xlsxSuite(() => mountWith([]));
}

declare global {
  interface Window {
    bench: {
      heatmap: typeof heatmap;
      import: typeof importBench;
      review: typeof reviewBench;
      xlsx: typeof xlsxBench;
      sankey: typeof sankeySuite;
      compare: typeof compareSuite;
      editor: typeof editorSuite;
    };
    benchImport: typeof importSteps;
    benchKeys: { setup: typeof keysSetup; costs: typeof keyCosts };
    benchReady: boolean;
  }
}
window.bench = {
  heatmap,
  import: importBench,
  review: reviewBench,
  xlsx: xlsxBench,
  sankey: sankeySuite,
  compare: compareSuite,
  editor: editorSuite,
};
window.benchImport = importSteps;
window.benchKeys = { setup: keysSetup, costs: keyCosts };
window.benchReady = true;
