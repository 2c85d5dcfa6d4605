// Traces one cold load of a built app (#18): the main thread's tasks over 1 ms from navigation to the first
// chart's frame, with the scripts requested and received on the way. `npx tsx tests/bench/trace-load.ts [dir]`
// (default bench-results/app-load, the load suite's build).
import { launchChromium, serveStatic } from '../e2e/harness';
import { readFileSync } from 'node:fs';
import type { Profile, TraceEvent } from '../../scripts/cpu-profile';
import { SAVED_COUNTRY, savedWork } from './bench-load';

const dir = process.argv[2] ?? 'bench-results/app-load';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
];

const browser = await launchChromium();
const site = await serveStatic({ '/app/': dir });
try {
  // SAVED=1: a visit that finds saved work (as the load suite's).
  const japan = readFileSync('datasets/japan.csv', 'utf8').replaceAll('\nJapan,', `\n${SAVED_COUNTRY},`);
  const storageState = process.env.SAVED === '1' ? await savedWork(browser, site, japan) : undefined;
  const context = await browser.newContext({
    ...(storageState && { storageState }),
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    bypassCSP: !!process.env.STYLE,
  });
  const page = await context.newPage();
  // STYLE='css': an experiment's style sheet added before the app's (the context bypasses the CSP for it).
  if (process.env.STYLE)
    await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
      const s = document.createElement('style'); s.textContent = ${JSON.stringify(process.env.STYLE)};
      document.head.append(s); })`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const profiling = process.env.PROFILE === '1';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
  await page.goto(`${site.origin}/app/`, { waitUntil: 'load' });
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('svg')].some((s) => s.querySelectorAll('rect').length >= 90),
      undefined,
      { polling: 20 },
    )
    .catch(() => undefined);
  // The profile ends with the chart in the DOM: what it shows is what the first chart waited for.
  const profile = profiling
    ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile
    : undefined;
  await page.waitForTimeout(500);
  if (profile) printProfile(profile);
  if (profile && process.env.DUMP)
    (await import('node:fs')).writeFileSync(`${process.env.DUMP}.cpuprofile`, JSON.stringify(profile));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  if (process.env.DUMP) (await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify(events));
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser');
  const t0 = events.filter((e) => e.name === 'ResourceSendRequest').sort((a, b) => a.ts - b.ts)[0]?.ts ?? nav?.ts ?? 0;
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(7);
  // The page's main thread: the one that asked for the app's scripts.
  const main = events.find(
    (e) => e.name === 'ResourceSendRequest' && /\/app\/assets\//.test(e.args?.data?.url ?? ''),
  )?.tid;
  const lines: [number, string][] = [];
  for (const e of events) {
    const url = e.args?.data?.url;
    if (e.tid !== main && e.name.startsWith('Resource')) continue;
    if (e.name === 'ResourceSendRequest' && url) lines.push([e.ts, `→ ${url.split('/').pop()}`]);
    if (e.name === 'ResourceFinish')
      lines.push([e.ts, `  done ${(e.args?.data as { requestId?: string })?.requestId}`]);
    if (e.name === 'firstContentfulPaint' || e.name === 'firstPaint' || e.name === 'largestContentfulPaint::Candidate')
      lines.push([e.ts, `** ${e.name}`]);
  }
  const mine = events.filter((e) => e.ph === 'X' && e.dur && e.tid === main);
  for (const t of mine.filter(
    (x) => (x.name === 'RunTask' || x.name === 'ThreadControllerImpl::RunTask') && x.dur! > 1000,
  )) {
    const parts = mine
      .filter(
        (e) =>
          !e.name.includes('RunTask') &&
          !e.name.startsWith('V8.') &&
          e.ts >= t.ts &&
          e.ts < t.ts + t.dur! &&
          e.dur! > 700,
      )
      .map((e) => {
        const d = e.args?.data;
        const what = d?.type ?? d?.url?.split('/').pop() ?? d?.functionName ?? '';
        return `${e.name}${what ? `(${what})` : ''} ${(e.dur! / 1000).toFixed(1)}`;
      });
    lines.push([t.ts, `task +${(t.dur! / 1000).toFixed(1)}: ${parts.join(', ')}`]);
  }
  for (const [ts, text] of lines.sort((a, b) => a[0] - b[0])) if (ts >= t0) console.log(`${ms(ts)} ${text}`);
} finally {
  await site.close();
  await browser.close();
}

/** PROFILE=1: the functions with the most self time until the chart was drawn (and half a second on). */
function printProfile(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const keyOf = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(keyOf(id), (self.get(keyOf(id)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(at));
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + dt);
  });
  console.log('-- self');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40)))
    console.log(`${v.toFixed(1).padStart(7)} ms  ${k}`);
  console.log('-- total');
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40)))
    console.log(`${v.toFixed(1).padStart(7)} ms  ${k}`);
}
