// Compares the picked-file import (#15) of two or more builds of the bench page in turns, so that a busy
// moment of the shared machine falls on each: `npx tsx scripts/ab-import.ts dir-a dir-b` (each a copy of
// bench-results/dist from `BENCH_SUITE=import npm run bench`). Prints, per build, the medians of papaparse's
// bare parse, the workers' read, commit → first render painted, and the goal's ratio.
import { launchChromium, serveStatic } from '../tests/e2e/harness';

const dirs = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 9);
const browser = await launchChromium(['--js-flags=--expose-gc']);
const pages = [];
for (const dir of dirs) {
  const site = await serveStatic({ '/bench/': dir });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on('pageerror', (e) => console.error(dir, 'page error:', e.message));
  await page.goto(`${site.url}bench.html`);
  await page.waitForFunction(() => window.benchReady === true);
  pages.push({ dir, site, page, runs: [] as { base: number; worker: number; drawn: number; pressed: number }[] });
}
for (let i = 0; i < rounds; i++)
  for (const p of i % 2 ? [...pages].reverse() : pages) {
    await p.page.bringToFront();
    p.runs.push(await p.page.evaluate(() => window.benchImport.round()));
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const p of pages) {
  const ratios = p.runs.map((r) => (r.worker + r.drawn) / r.base);
  console.log(
    `${p.dir}: papaparse ${median(p.runs.map((r) => r.base)).toFixed(0)} ms, workers ${median(p.runs.map((r) => r.worker)).toFixed(0)}, ` +
      `commit → painted ${median(p.runs.map((r) => r.drawn)).toFixed(0)} (min ${Math.min(...p.runs.map((r) => r.drawn)).toFixed(0)}; × papaparse ${median(p.runs.map((r) => r.drawn / r.base)).toFixed(2)}), ` +
      `Import pressed → painted ${median(p.runs.map((r) => r.pressed)).toFixed(0)}; goal ratio median ${median(ratios).toFixed(2)} ` +
      `(${ratios.map((r) => r.toFixed(2)).join(' ')})`,
  );
}
await browser.close();
for (const p of pages) await p.site.close();
