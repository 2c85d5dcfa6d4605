// Traces the keys bench (#17) on the Edit view with the Chrome DevTools protocol and prints where a key's
// time goes, for each key pressed apart (`KEYS=5,Enter,ArrowUp`): the main thread's work from its keydown to the
// next key's (by trace event: style, layout, paint …; `dur`, and thread time where the trace gives it), and the
// app's JavaScript by component and by function self time. `CALLERS=focus,set value` prints who calls those.
// Build the bench page first (`BENCH_MINIFY=0 BENCH_SUITE=keys npm run bench`); `KEYS_KIND=bare` the bare grid.
import { launchChromium, serveStatic } from '../tests/e2e/harness';
import { traceEvents, type Profile, type ProfileNode, type TraceEvent } from './cpu-profile';
import { drive, ROUND } from '../tests/bench/bench-keys';

/** What one kind of key cost, summed over its presses (ms). */
interface KeyWork {
  presses: number;
  trace: Map<string, number>;
  components: Map<string, number>;
  self: Map<string, number>;
  callers: Map<string, number>;
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const kindOf = (key: string) => (/^\d$/.test(key) ? 'digit' : key.startsWith('Arrow') ? 'arrow' : key);
const callers = process.env.CALLERS?.split(',') ?? [];

/** Each key's window on the main thread: from its keydown's dispatch to the next key's. */
function keyWindows(events: TraceEvent[], keyList: readonly string[]): { key: string; from: number; to: number }[] {
  const tid = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')?.tid;
  const downs = events
    .filter((e) => e.tid === tid && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  return downs.map((from, i) => ({ key: keyList[i % keyList.length]!, from, to: downs[i + 1] ?? Infinity }));
}

/** Sums trace events and profile samples into the window of the key they fall in. */
function attribute(events: TraceEvent[], profile: Profile & { startTime: number }, keyList: readonly string[]) {
  const windows = keyWindows(events, keyList);
  const work = new Map<string, KeyWork>();
  const of = (ts: number) => windows.find((w) => ts >= w.from && ts < w.to);
  const workOf = (key: string) => {
    const kind = kindOf(key);
    if (!work.has(kind))
      work.set(kind, { presses: 0, trace: new Map(), components: new Map(), self: new Map(), callers: new Map() });
    return work.get(kind)!;
  };
  for (const w of windows) workOf(w.key).presses++;
  const tid = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')?.tid;
  // Main-thread busy time: events not nested in another (the tasks' own wrappers left out, as they hold idle too).
  let end = -Infinity;
  const mine = events.filter((e) => e.ph === 'X' && e.dur && e.tid === tid).sort((a, b) => a.ts - b.ts);
  for (const e of mine) {
    const w = of(e.ts);
    if (!w) continue;
    add(workOf(w.key).trace, e.name, e.dur! / 1000);
    if (e.ts >= end && !/RunTask|ThreadController/.test(e.name)) {
      add(workOf(w.key).trace, '(busy: events not nested in another)', e.dur! / 1000);
      end = e.ts + e.dur!;
    }
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let ts = profile.startTime;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    ts += profile.timeDeltas[i] ?? 0;
    const w = of(ts);
    if (!w) return;
    const k = workOf(w.key);
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    const f = stack[0]!.callFrame;
    add(k.self, `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1) ?? ''}:${f.lineNumber}`, ms);
    for (const name of new Set(stack.map((n) => n.callFrame.functionName).filter((n) => /^[A-Z]/.test(n))))
      add(k.components, name, ms);
    if (callers.includes(f.functionName))
      add(
        k.callers,
        stack
          .slice(0, 9)
          .map((n) => `${n.callFrame.functionName || '?'}:${n.callFrame.lineNumber}`)
          .join(' < '),
        ms,
      );
  });
  return work;
}

/** TIMELINE=1: the last round's main-thread events over 0.2 ms, nested, in ms from each keydown. */
function timeline(events: TraceEvent[], keyList: readonly string[]): void {
  const windows = keyWindows(events, keyList).slice(-keyList.length);
  const tid = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')?.tid;
  const mine = events.filter((e) => e.ph === 'X' && e.tid === tid && (e.dur ?? 0) > 200).sort((a, b) => a.ts - b.ts);
  for (const w of windows) {
    console.log(`\n${w.key}:`);
    const open: TraceEvent[] = [];
    for (const e of mine.filter((x) => x.ts >= w.from && x.ts < w.to)) {
      while (open.length && open.at(-1)!.ts + open.at(-1)!.dur! <= e.ts) open.pop();
      const d = e.args?.data;
      const what = d?.type ?? d?.functionName ?? (d?.clip ? `clip ${d.clip.map(Math.round).join(',')}` : '');
      console.log(
        `${((e.ts - w.from) / 1000).toFixed(1).padStart(7)} ${'  '.repeat(open.length)}${e.name} ${what} ${(e.dur! / 1000).toFixed(2)}`,
      );
      open.push(e);
    }
  }
}

function print(title: string, m: Map<string, number>, presses: number, n: number) {
  console.log(`  ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${(v / presses).toFixed(2).padStart(10)} ${k}`);
}

const kind = (process.env.KEYS_KIND ?? 'app') as 'app' | 'bare' | 'floor';
const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const site = await serveStatic({ '/bench/': process.argv[2] ?? 'bench-results/dist' });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.goto(`${site.url}bench.html`);
await page.waitForFunction(() => window.benchReady === true);
const cdp = await page.context().newCDPSession(page);
// KEYS_COLS=13: the Edit view on a country of that many stakeholders (what the paint of 40 columns costs).
if (process.env.KEYS_COLS)
  await page.evaluate((n) => ((window as { benchKeysCols?: number }).benchKeysCols = n), Number(process.env.KEYS_COLS));
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
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile & { startTime: number } };
const events = await traceEvents(cdp);
const quiet = new Set(['(program)', '(idle)']);
if (process.env.TIMELINE) timeline(events, keyList);
for (const [name, w] of attribute(events, profile, keyList)) {
  console.log(`\n${kind}, ${name}: ${w.presses} presses; per press (ms), main thread, keydown to the next key:`);
  print('trace events (nested ones count in each)', w.trace, w.presses, 14);
  print('components (with what they call)', w.components, w.presses, 14);
  print('JS self time', new Map([...w.self].filter(([k]) => !quiet.has(k.split(' ')[0]!))), w.presses, 14);
  if (w.callers.size) print(`callers of ${callers.join(', ')}`, w.callers, w.presses, 8);
}
await browser.close();
await site.close();
