// Traces the keys bench (#17) on the Edit view with the Chrome DevTools protocol and prints where a key's
// time goes: the browser's own work (style, layout, paint) by trace event, and the app's JavaScript by
// function self time. Build the bench page first (`BENCH_MINIFY=0 BENCH_SUITE=keys npm run bench`).
import type { CDPSession } from 'playwright-core';
import { launchChromium, serveStatic } from '../tests/e2e/harness';
import type { Profile, TraceEvent } from './cpu-profile';
import { drive, ROUND } from '../tests/bench/bench-keys';

async function traceEvents(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const kind = (process.env.KEYS_KIND ?? 'app') as 'app' | 'bare';
const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const site = await serveStatic({ '/bench/': 'bench-results/dist' });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.goto(`${site.url}bench.html`);
await page.waitForFunction(() => window.benchReady === true);
const cdp = await page.context().newCDPSession(page);
await drive(page, kind, 1); // warms up, and leaves the grid mounted and focused
const frame = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
await cdp.send('Profiler.start');
const keyList = process.env.KEYS?.split(',') ?? ROUND;
for (let i = 0; i < rounds; i++)
  for (const key of keyList) {
    await page.keyboard.press(key);
    await frame();
  }
const keys = rounds * keyList.length;
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
const events = await traceEvents(cdp);
console.log(`${kind}: ${keys} keys; per key (ms):`);
const byName = new Map<string, number>();
for (const e of events) if (e.ph === 'X' && e.dur) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 18))
  console.log((v / keys).toFixed(2).padStart(8), k);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const f = byId.get(id)!.callFrame;
  const file = f.url.split('/').at(-1) ?? '';
  const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
if (process.env.PAINTS) {
  const paints = events.filter((e) => e.name === 'Paint' && e.dur);
  for (const e of paints.slice(0, 30)) console.log('Paint', (e.dur! / 1000).toFixed(1), JSON.stringify(e.args?.data));
}
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = byId.get(at)!.callFrame.functionName;
    if (/^[A-Z]/.test(name)) seen.add(name);
  }
  for (const k of seen) total.set(k, (total.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
console.log('Components, total time per key (ms):');
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log((v / 1000 / keys).toFixed(2).padStart(8), k);
console.log('JS self time per key (ms):');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log((v / 1000 / keys).toFixed(2).padStart(8), k);
await browser.close();
await site.close();
