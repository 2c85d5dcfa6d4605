// Compares the picked-file import (#15) of two or more builds of the bench page in turns, so that a busy
// moment of the shared machine falls on each: `npx tsx scripts/ab-import.ts dir-a dir-b` (each a copy of
// bench-results/dist from `BENCH_SUITE=import npm run bench`). Prints, per build, the medians of papaparse's
// bare parse, the workers' read, commit → first render painted, and the goal's ratio. SUITE=heatmap alternates
// the heatmap suite instead (bare table, sort, palette switch at 64 × 40; ROUNDS runs of 11 each, default 9).
import type { Page } from 'playwright-core';
import { launchChromium, serveStatic } from '../tests/e2e/harness';

const dirs = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const browser = await launchChromium(['--js-flags=--expose-gc']);
// A string, not a function: tsx would add its own helpers to a function's text.
const REACT_SPANS = `
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, inject() { return 1; }, checkDCE() {}, onCommitFiberRoot() {},
    onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
  };
  window.reactSpans = [];
  console.timeStamp = (name, start, end, track) => {
    if (track === 'Components \u269b' && typeof start === 'number') window.reactSpans.push([name, start, end]);
  };
`;
/** Per sort and per palette switch of the last heatmap suite: React's render of the view and of the grid's rows (ms). */
const SPANS_PER_STEP = `(() => {
  const spans = window.reactSpans.splice(0);
  const out = {};
  for (const [step, measure] of [['sort', 'heatmap 64×40: sort rows by total ↔ file order'], ['palette', 'heatmap 64×40: palette switch']]) {
    const ms = performance.getEntriesByName(measure, 'measure');
    for (const name of ['HeatmapView', 'OptionsLayout', 'Heatmap', 'CellRows', 'CellRow']) {
      const per = ms.map((m) => spans.filter((s) => s[0] === name && s[1] >= m.startTime && s[1] < m.startTime + m.duration).reduce((a, s) => a + s[2] - s[1], 0));
      per.sort((a, b) => a - b);
      out[step + ' ' + name] = per[Math.floor(per.length / 2)];
    }
  }
  performance.clearMeasures();
  return out;
})()`;
const pages: {
  dir: string;
  site: Awaited<ReturnType<typeof serveStatic>>;
  page: Page;
  runs: { base: number; worker: number; drawn: number; pressed: number }[];
}[] = [];
for (const dir of dirs) {
  const site = await serveStatic({ '/bench/': dir });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  // REACT=1 with builds made with BENCH_PROFILE=1: React's own render time per component (see trace-import.ts).
  if (process.env.REACT) await page.addInitScript(REACT_SPANS);
  page.on('pageerror', (e) => console.error(dir, 'page error:', e.message));
  await page.goto(`${site.url}bench.html`);
  await page.waitForFunction(() => window.benchReady === true);
  pages.push({ dir, site, page, runs: [] });
}
if (process.env.SUITE === 'heatmap') await heatmapTurns();
else await importTurns();
await browser.close();
for (const p of pages) await p.site.close();

/** The heatmap suite's sort and palette switch against the bare table, each build in turn. */
async function heatmapTurns() {
  type Run = Record<'baseline' | 'sort' | 'palette' | 'barePainted' | 'palettePainted', { medianMs: number }>;
  const runs = new Map<string, Run[]>(pages.map((p) => [p.dir, []]));
  const spans = new Map<string, Record<string, number>[]>(pages.map((p) => [p.dir, []]));
  for (let i = 0; i < rounds; i++)
    for (const p of i % 2 ? [...pages].reverse() : pages) {
      await p.page.bringToFront();
      runs.get(p.dir)!.push((await p.page.evaluate(() => window.bench.heatmap())) as unknown as Run);
      if (process.env.REACT) spans.get(p.dir)!.push(await p.page.evaluate<Record<string, number>>(SPANS_PER_STEP));
    }
  for (const [dir, rs] of runs) {
    const of = (k: keyof Run) => rs.map((r) => r[k].medianMs);
    const ratios = (k: 'sort' | 'palette') => rs.map((r) => r[k].medianMs / r.baseline.medianMs);
    const fmt = (xs: number[]) => `median ${median(xs).toFixed(2)} (${xs.map((x) => x.toFixed(2)).join(' ')})`;
    console.log(
      `${dir}: bare table ${median(of('baseline')).toFixed(1)} ms, sort ${median(of('sort')).toFixed(1)} ms, ` +
        `palette ${median(of('palette')).toFixed(1)} ms; × bare: sort ${fmt(ratios('sort'))}, palette ${fmt(ratios('palette'))}`,
    );
    // Both until the next frame is painted: the palette switch against the same cells re-coloured by a bare grid.
    if (rs[0]?.palettePainted && rs[0].barePainted)
      console.log(
        `  until painted: bare re-colour ${median(of('barePainted')).toFixed(1)} ms, palette ${median(of('palettePainted')).toFixed(1)} ms; ` +
          `÷ bare ${fmt(rs.map((r) => r.palettePainted.medianMs / r.barePainted.medianMs))}`,
      );
    const react = spans.get(dir)!;
    if (react.length)
      console.log(
        `  React's render per step, median of the runs' medians (ms): ` +
          Object.keys(react[0]!)
            .map(
              (k) =>
                `${k} ${median(react.map((r) => r[k]!)).toFixed(1)} (${react.map((r) => r[k]!.toFixed(1)).join(' ')})`,
            )
            .join('; '),
      );
  }
}

async function importTurns() {
  for (let i = 0; i < rounds; i++)
    for (const p of i % 2 ? [...pages].reverse() : pages) {
      await p.page.bringToFront();
      p.runs.push(await p.page.evaluate(() => window.benchImport.round()));
    }
  for (const p of pages) {
    const ratios = p.runs.map((r) => (r.worker + r.drawn) / r.base);
    console.log(
      `${p.dir}: papaparse ${median(p.runs.map((r) => r.base)).toFixed(0)} ms, workers ${median(p.runs.map((r) => r.worker)).toFixed(0)}, ` +
        `commit → painted ${median(p.runs.map((r) => r.drawn)).toFixed(0)} (min ${Math.min(...p.runs.map((r) => r.drawn)).toFixed(0)}; × papaparse ${median(p.runs.map((r) => r.drawn / r.base)).toFixed(2)}), ` +
        `Import pressed → painted ${median(p.runs.map((r) => r.pressed)).toFixed(0)}; goal ratio median ${median(ratios).toFixed(2)} ` +
        `(${ratios.map((r) => r.toFixed(2)).join(' ')})`,
    );
  }
}
