// The load suite (BENCH_SUITE=load): cold loads of the real app against a bare Vite + React 19 page
// drawing one 90-rect SVG (tests/bench/floor/), alternated, each in a fresh browser context with the
// cache disabled. Prints first contentful paint, first chart on screen, JS heap after load and the
// JavaScript loaded before first paint (gzip), with ratios to the floor; and the same for a visit
// that finds saved work in IndexedDB (a country saved by a first visit).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { importThroughReview } from '../e2e/app-actions';
import { serveStatic, type StaticSite } from '../e2e/harness';
import { summarise, type Timing } from './bench-kit';

const FLOOR_DIR = 'bench-results/floor';
const APP_DIR = 'bench-results/app-load';
/** The country the first visit saves: Japan's 9 × 10 scores under another name, so that a flash of Japan shows. */
export const SAVED_COUNTRY = 'Benchland';

// Runs in the page before any of its scripts (a string: tsx would wrap a function in helpers the page lacks).
// The first chart is the first <svg> holding ≥ 90 rects; it counts as on screen after the frame that
// follows its insertion has been painted (rAF, then a task after that frame). A prerendered chart that
// index.html's check hid (src/app/first-screen.ts) is never painted: it does not count.
const PROBE = `(() => {
  const load = (window.__load = { fcp: 0, chart: 0, frame: 0, chartTitle: '' });
  const hidden = (svg) =>
    document.documentElement.classList.contains('not-prerendered') && svg.closest('#root[data-prerendered]');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') load.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const find = () =>
    [...document.querySelectorAll('svg')].find((s) => s.querySelectorAll('rect').length >= 90 && !hidden(s));
  const seen = new MutationObserver(() => {
    const svg = find();
    if (!svg) return;
    seen.disconnect();
    const label = svg.getAttribute('aria-labelledby');
    load.chartTitle = (label && document.getElementById(label)?.textContent) || svg.getAttribute('aria-label') || '';
    requestAnimationFrame(() => {
      load.frame = performance.now();
      setTimeout(() => (load.chart = performance.now()), 0);
    });
  });
  seen.observe(document, { childList: true, subtree: true });
})()`;

interface LoadSample {
  fcp: number;
  chart: number;
  /** When the first screen answers: main.tsx's mark after React's first commit (hydration, when prerendered). */
  interactive: number;
  chartTitle: string;
  heapMB: number;
  idleHeapMB: number;
  initialGzipKB: number;
}

/** One cold load of `url` in a fresh context; `dir` is the folder served at `prefix`, to weigh the scripts. */
async function coldLoad(
  browser: Browser,
  site: StaticSite,
  prefix: string,
  dir: string,
  options: BrowserContextOptions = {},
): Promise<LoadSample> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    ...options,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(PROBE);
    await page.goto(`${site.origin}${prefix}`, { waitUntil: 'load' });
    // Polled from outside: waitForFunction evaluates a string in the page, which the app's CSP refuses.
    while (!(await page.evaluate<boolean>('window.__load.chart > 0 && window.__load.fcp > 0')))
      await page.waitForTimeout(50);
    await page.waitForLoadState('networkidle');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    };
    const heapMB = await heap();
    const probe = await page.evaluate<{
      fcp: number;
      chart: number;
      interactive: number;
      chartTitle: string;
      scripts: string[];
    }>(`({
      ...window.__load,
      // The floor (and a build before the mark) answers once React has drawn its chart.
      interactive: performance.getEntriesByName('x1060:interactive')[0]?.startTime ?? window.__load.chart,
      scripts: performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.startTime < window.__load.frame)
        .map((e) => new URL(e.name).pathname),
    })`);
    const bytes = probe.scripts
      .map((path) => gzipSync(readFileSync(resolve(dir, path.slice(prefix.length))), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    // What the page holds once it has had its idle time (prefetched views, workers started).
    await page.waitForTimeout(3000);
    await page.waitForLoadState('networkidle');
    const idleHeapMB = await heap();
    return {
      fcp: probe.fcp,
      chart: probe.chart,
      interactive: probe.interactive,
      chartTitle: probe.chartTitle,
      heapMB,
      idleHeapMB,
      initialGzipKB: bytes / 1000,
    };
  } finally {
    await context.close();
  }
}

/** A first visit imports a country through the file input (a ?data= link is not saved); the storage it leaves. */
export async function savedWork(
  browser: Browser,
  site: StaticSite,
  csv: string,
): Promise<BrowserContextOptions['storageState']> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/app/`);
    await importThroughReview(page, 'benchland.csv', csv, `${SAVED_COUNTRY} — division of X.1060 roles`);
    // Autosave writes a quarter of a second after the last change; leave it ample time.
    await page.waitForTimeout(1500);
    await page.goto('about:blank');
    return await context.storageState({ indexedDB: true });
  } finally {
    await context.close();
  }
}

const builds = async () => {
  await build({
    configFile: false,
    root: 'tests/bench/floor',
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    build: { target: 'es2022', outDir: resolve(FLOOR_DIR), emptyOutDir: true },
  });
  // The app exactly as `npm run build` makes dist/ (its own vite.config.ts).
  await build({ logLevel: 'error', build: { outDir: APP_DIR, emptyOutDir: true } });
};

/** The printed table, every measure's runs, and the titles of first charts that were not the saved country. */
export interface LoadReport {
  readonly table: string;
  readonly results: Record<string, Timing>;
  readonly wrongFirstChart: readonly string[];
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Builds the floor and the app, serves both, and alternates cold loads: floor, app, app with saved work. */
export async function loadSuite(
  browser: Browser,
  rounds = Number(process.env.BENCH_LOAD_ROUNDS ?? 7),
): Promise<LoadReport> {
  await builds();
  const japan = readFileSync('datasets/japan.csv', 'utf8').replaceAll('\nJapan,', `\n${SAVED_COUNTRY},`);
  // BENCH_LOAD_BEFORE=dir: a build kept from before a change (a copy of bench-results/app-load), loaded
  // in the same rounds, so that both builds meet the same moments of a shared machine.
  const before = process.env.BENCH_LOAD_BEFORE;
  const site = await serveStatic({ '/app/': APP_DIR, '/floor/': FLOOR_DIR, ...(before && { '/before/': before }) });
  try {
    const storageState = await savedWork(browser, site, japan);
    const runs: Runs = { floor: [], app: [], saved: [], ...(before && { before: [], beforeSaved: [] }) };
    const loads: (readonly [LoadSample[], () => Promise<LoadSample>])[] = [
      [runs.floor, () => coldLoad(browser, site, '/floor/', FLOOR_DIR)],
      [runs.app, () => coldLoad(browser, site, '/app/', APP_DIR)],
      [runs.saved, () => coldLoad(browser, site, '/app/', APP_DIR, { storageState })],
      // The saved work is the origin's, shared by both paths.
      ...(before
        ? ([
            [runs.before!, () => coldLoad(browser, site, '/before/', before)],
            [runs.beforeSaved!, () => coldLoad(browser, site, '/before/', before, { storageState })],
          ] as const)
        : []),
    ];
    // Each round starts with the next kind of load: the first load of a round (after the last context of
    // the round before closed) is slower than the rest — with the floor always first, its FCP came out
    // 1.5–2× the app's, whose HTML paints the same title bar.
    for (let i = 0; i < rounds; i++)
      for (let k = 0; k < loads.length; k++) {
        const [into, load] = loads[(k + i) % loads.length]!;
        into.push(await load());
      }
    return report(runs);
  } finally {
    await site.close();
  }
}

type Kind = 'floor' | 'app' | 'saved' | 'before' | 'beforeSaved';
type Runs = Record<'floor' | 'app' | 'saved', LoadSample[]> & Partial<Record<'before' | 'beforeSaved', LoadSample[]>>;

function report(runs: Runs): LoadReport {
  const kinds = (Object.keys(runs) as Kind[]).filter((k) => k !== 'floor');
  const heads: Record<Kind, string> = {
    floor: 'floor',
    app: 'app',
    saved: 'saved work',
    before: 'before',
    beforeSaved: 'before, saved work',
  };
  const metrics = [
    ['fcp', 'first contentful paint (ms)', 1.5],
    ['chart', 'first chart on screen, ≥ 90 rects painted (ms)', 1.5],
    ['interactive', 'first screen interactive: first commit / hydration done (ms)', 1.5],
    ['heapMB', 'JS heap after load, after GC (MB)', 2],
    ['idleHeapMB', 'JS heap 3 s later, idle prefetch done (MB)', 2],
    ['initialGzipKB', "JS requested before the first chart's frame, gzip (kB)", 150 / 67.8],
  ] as const;
  const lines = [
    '\n## load',
    `| measure | floor | ${kinds.map((k) => `${heads[k]} | × floor`).join(' | ')} |`,
    `|---|---:|${kinds.map(() => '---:|---:').join('|')}|`,
  ];
  const out: Record<string, Timing> = {};
  for (const [key, name] of metrics) {
    const f = median(runs.floor.map((r) => r[key]));
    const cells = kinds.map((k) => {
      const m = median(runs[k]!.map((r) => r[key]));
      return `${m.toFixed(1)} | ${(m / f).toFixed(2)}`;
    });
    lines.push(`| ${name} | ${f.toFixed(1)} | ${cells.join(' | ')} |`);
    for (const k of ['floor', ...kinds] as const)
      out[`${k}:${key}`] = summarise(
        `${k}: ${name}`,
        runs[k]!.map((r) => r[key]),
      );
  }
  const wrong = [...runs.saved, ...(runs.beforeSaved ?? [])]
    .filter((r) => !r.chartTitle.includes(SAVED_COUNTRY))
    .map((r) => r.chartTitle);
  lines.push(
    `\nsaved work: first chart drawn of another country than the saved one in ${wrong.length} of ${runs.saved.length + (runs.beforeSaved?.length ?? 0)} loads${wrong.length ? `: ${wrong.join(' | ')}` : ''}`,
  );
  return { table: lines.join('\n'), results: out, wrongFirstChart: wrong };
}
