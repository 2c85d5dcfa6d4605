// npm run bench: builds the bench page with the production settings, runs each scenario in headless
// Chromium, and prints a table of medians with ratios to the baseline measured in the same run.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledDatasets } from '../../scripts/vite-plugin-bundled-datasets.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, serveStatic } from '../e2e/harness';
import type { Timing } from './bench-kit';
import { syncSuite } from './bench-sync';
import { keysSuite } from './bench-keys';
import { loadSuite } from './bench-load';

const only = process.env.BENCH_SUITE;
const results: Record<string, Record<string, Timing | number[]>> = {};
// gc() lets a suite start each measured run from a collected heap (see bench-kit collectGarbage).
const browser = await launchChromium(['--js-flags=--expose-gc']);
if (only !== 'load') await inPageSuites();
// The load suite prints its own table (ratios per measure) and is left out of the one below.
const load = !only || only === 'load' ? await loadSuite(browser) : undefined;
await browser.close();

const lines: string[] = [];
for (const [suite, r] of Object.entries(results)) {
  const base = r.baseline as Timing | undefined;
  lines.push(`\n## ${suite}`);
  lines.push('| step | median ms | max ms | × baseline |');
  lines.push('|---|---:|---:|---:|');
  for (const [, v] of Object.entries(r)) {
    if (Array.isArray(v)) continue;
    lines.push(`| ${v.name} | ${v.medianMs} | ${v.maxMs} | ${base ? (v.medianMs / base.medianMs).toFixed(2) : ''} |`);
  }
  // The palette's goal (#18): no slower than the same cells re-coloured by a bare React grid, both until painted.
  const [bare, painted] = [r.barePainted, r.palettePainted] as (Timing | undefined)[];
  if (bare && painted)
    lines.push(
      `\npalette switch until painted ÷ bare re-colour until painted: ${(painted.medianMs / bare.medianMs).toFixed(2)}`,
    );
  for (const [k, v] of Object.entries(r))
    if (Array.isArray(v))
      lines.push(
        `\n${k}: ${v.length === 0 ? 'none over 50 ms' : v.join(', ') + (k.endsWith('Nodes') ? ' nodes' : k.endsWith('Counts') ? ' (editor keys over 16 ms, of; bare grid keys over 16 ms, of)' : ' ms')}`,
      );
}
const report = lines.join('\n') + (load ? `\n${load.table}` : '');
console.log(report);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.md', report + '\n');
writeFileSync('bench-results/latest.json', JSON.stringify(load ? { ...results, load } : results, null, 2));

/** The suites that run inside the bench page (tests/bench/bench-page.tsx), and the two-tab sync. */
async function inPageSuites() {
  // BENCH_DIST=dir runs the suites on a bench page built before (a copy of bench-results/dist), so that two
  // builds can be measured in turns under the same machine load.
  const outDir = process.env.BENCH_DIST ?? 'bench-results/dist';
  if (!process.env.BENCH_DIST) await buildPage(outDir);
  const site = await serveStatic({ '/bench/': outDir });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${site.url}bench.html`);
  await page.waitForFunction(() => window.benchReady === true);
  if (!only || only === 'heatmap') results.heatmap = await page.evaluate(() => window.bench.heatmap());
  if (!only || only === 'import') results.import = await page.evaluate(() => window.bench.import());
  if (!only || only === 'review') results.review = await page.evaluate(() => window.bench.review());
  if (!only || only === 'xlsx') results.xlsx = await page.evaluate(() => window.bench.xlsx());
  if (!only || only === 'sankey') results.sankey = await page.evaluate(() => window.bench.sankey());
  if (!only || only === 'compare') results.compare = await page.evaluate(() => window.bench.compare());
  if (!only || only === 'editor') results.editor = await page.evaluate(() => window.bench.editor());
  if (!only || only === 'keys') results.keys = await keysSuite(page, Number(process.env.BENCH_ROUNDS ?? 8));
  if (!only || only === 'sync') results.sync = await syncSuite(browser);
  await page.close();
  await site.close();
}

/** Builds the bench page with the production settings into `outDir`. */
async function buildPage(outDir: string) {
  await build({
    root: 'tests/bench',
    base: './',
    // The app's bundled countries are read at build time (as in vite.config.ts).
    plugins: [react(), bundledDatasets()],
    logLevel: 'warn',
    // BENCH_PROFILE=1: React's profiling build, which logs each component's render (scripts/trace-import.ts reads it).
    resolve: process.env.BENCH_PROFILE === '1' ? { alias: { 'react-dom/client': 'react-dom/profiling' } } : {},
    build: {
      minify: process.env.BENCH_MINIFY !== '0',
      outDir: '../../' + outDir,
      emptyOutDir: true,
      rollupOptions: { input: 'tests/bench/bench.html' },
    },
  });
}
