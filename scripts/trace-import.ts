// Traces what follows the review dialog's Import button (#15): the commit of 200 countries, the dialog
// closing, the first render and its frame. Prints the browser's own work by trace event, and the app's
// JavaScript by component and by function. Build the bench page first (`BENCH_MINIFY=0 BENCH_SUITE=import
// npm run bench`); ROUNDS=3 traces three imports (each from a fresh app) and prints per-import figures.
import { launchChromium, serveStatic } from '../tests/e2e/harness';
import { traceEvents, type Profile, type ProfileNode, type TraceEvent } from './cpu-profile';

/** Sums sample time by a key of each sample's stack. */
function sumBy(profile: Profile, keysOf: (stack: ProfileNode[]) => Iterable<string>): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    for (const k of new Set(keysOf(stack))) out.set(k, (out.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

/**
 * The main thread's CPU time from the task that dispatches the click on Import to the end, leaving out tasks
 * that only handle the DevTools protocol (the profiler's and the tracing's own messages).
 */
function mainThreadCpu(events: TraceEvent[]): number {
  const tid = events.find((e) => e.name === 'FunctionCall')?.tid;
  const mine = events.filter((e) => e.tid === tid && e.ph === 'X');
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const within = (t: TraceEvent, e: TraceEvent) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0);
  const app = (t: TraceEvent) =>
    mine.some((e) => within(t, e) && /^(EventDispatch|TimerFire|FireAnimationFrame|Layout|Paint)$/.test(e.name));
  const click = tasks.findIndex((t) => mine.some((e) => within(t, e) && e.name === 'EventDispatch'));
  return tasks
    .slice(Math.max(0, click))
    .filter(app)
    .reduce((sum, t) => sum + (t.tdur ?? 0) / 1000, 0);
}

/** The CPU time of the task that lays out and paints the most (the first frame after the commit). */
function frameCpu(events: TraceEvent[]): number {
  const tid = events.find((e) => e.name === 'FunctionCall')?.tid;
  const mine = events.filter((e) => e.tid === tid && e.ph === 'X');
  const layouts = mine.filter((e) => e.name === 'Layout' || e.name === 'Paint' || e.name === 'Layerize');
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const work = (t: TraceEvent) =>
    layouts.filter((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)).reduce((n, e) => n + (e.dur ?? 0), 0);
  const frame = tasks.reduce<TraceEvent | undefined>(
    (best, t) => (!best || work(t) > work(best) ? t : best),
    undefined,
  );
  return (frame?.tdur ?? 0) / 1000;
}

/** TIMELINE=1: the last import's main-thread tasks over 1 ms in order, with what each ran (ms from the first). */
function timeline(events: TraceEvent[]): void {
  const tid = events.find((e) => e.name === 'FunctionCall')?.tid;
  const mine = events.filter((e) => e.ph === 'X' && e.dur && e.tid === tid);
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const t0 = tasks[0]?.ts ?? 0;
  for (const t of tasks.filter((x) => x.dur! > 1000)) {
    const parts = mine
      .filter((e) => !e.name.includes('RunTask') && e.ts >= t.ts && e.ts < t.ts + t.dur! && e.dur! > 500)
      .map((e) => `${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : ''} ${(e.dur! / 1000).toFixed(1)}`);
    console.log(
      `${((t.ts - t0) / 1000).toFixed(1).padStart(7)} +${(t.dur! / 1000).toFixed(1)} (cpu ${((t.tdur ?? 0) / 1000).toFixed(1)}): ${parts.join(', ')}`,
    );
  }
}

const print = (title: string, m: Map<string, number>, per: number, n = 25) => {
  console.log(title);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log((v / per).toFixed(1).padStart(8), k);
};

const rounds = Number(process.env.ROUNDS ?? 3);
const site = await serveStatic({ '/bench/': process.argv[2] ?? 'bench-results/dist' });
const browser = await launchChromium(['--js-flags=--expose-gc']);
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
page.on('pageerror', (e) => console.error('page error:', e.message));
// A bench page built with BENCH_PROFILE=1 logs each component's render span (React's profiling build).
// A string, not a function: tsx would add its own helpers to a function's text.
await page.addInitScript(`
  // React times components only when a DevTools hook is present.
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, inject() { return 1; }, checkDCE() {}, onCommitFiberRoot() {},
    onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
  };
  window.reactSpans = [];
  console.timeStamp = (name, start, end, track) => {
    if (track === 'Components \u269b' && typeof start === 'number') window.reactSpans.push([name, start, end]);
  };
`);
await page.goto(`${site.url}bench.html`);
await page.waitForFunction(() => window.benchReady === true);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const profiles: Profile[] = [];
const events: TraceEvent[] = [];
const took: number[] = [];
/** Each component's render, with its children's, by name (ms, summed over imports). */
const renders = new Map<string, number>();
/** … those before the commit mark (closing the review dialog). */
const rendersBefore = new Map<string, number>();
const cpu: number[] = [];
const frames: number[] = [];
const profile = process.env.PROFILE !== '0';
/** What the first render drew: nodes and attributes in the page, and in the heatmap's <svg>; load-robust counts. */
const doms: { nodes: number; attributes: number; heatmapNodes: number; heatmapAttributes: number }[] = [];
// A string, not a function, for the reason above.
const DOM_COUNTS = `(() => {
  const count = (root) => {
    let nodes = 0, attributes = 0;
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walk.currentNode; n; n = walk.nextNode()) { nodes++; if (n.attributes) attributes += n.attributes.length; }
    return [nodes, attributes];
  };
  const [nodes, attributes] = count(document.body);
  const svg = document.querySelector('svg.heatmap');
  const [heatmapNodes, heatmapAttributes] = svg ? count(svg) : [0, 0];
  return { nodes, attributes, heatmapNodes, heatmapAttributes };
})()`;
for (let i = 0; i < rounds; i++) {
  await page.evaluate(() => window.benchImport.open());
  await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  if (profile) await cdp.send('Profiler.start');
  await page.evaluate(() => (window as unknown as { reactSpans: unknown[] }).reactSpans.splice(0));
  took.push(await page.evaluate(() => performance.now()));
  took[i] = (await page.evaluate(() => window.benchImport.commit())) - took[i]!;
  if (profile) profiles.push(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile);
  const traced = await traceEvents(cdp);
  cpu.push(mainThreadCpu(traced));
  frames.push(frameCpu(traced));
  const { spans, commit } = await page.evaluate(() => ({
    spans: (window as unknown as { reactSpans: [string, number, number][] }).reactSpans,
    commit: performance.getEntriesByName('x1060: import commit').at(-1)?.startTime ?? 0,
  }));
  for (const [name, start, end] of spans) {
    const map = start < commit ? rendersBefore : renders;
    map.set(name, (map.get(name) ?? 0) + end - start);
    if (process.env.SPANS && start >= commit)
      console.log(`${(start - commit).toFixed(1).padStart(7)} +${(end - start).toFixed(1)} ${name}`);
  }
  events.push(...traced);
  doms.push(await page.evaluate(DOM_COUNTS));
  if (process.env.TIMELINE && i === rounds - 1) timeline(traced);
}
console.log(`Import pressed → first render painted, ms: ${took.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`… main thread's CPU time from the click on, ms: ${cpu.map((t) => t.toFixed(0)).join(', ')}`);
console.log(
  `… of which the first frame's task (style, layout, paint), ms: ${frames.map((t) => t.toFixed(0)).join(', ')}`,
);
const last = doms.at(-1);
if (last)
  console.log(
    `DOM after the import: ${last.nodes} nodes (elements and text) with ${last.attributes} attributes; ` +
      `the heatmap's <svg> ${last.heatmapNodes} nodes, ${last.heatmapAttributes} attributes`,
  );
const browserWork = new Map<string, number>();
for (const e of events)
  if (e.ph === 'X' && e.dur) browserWork.set(e.name, (browserWork.get(e.name) ?? 0) + e.dur / 1000);
print('Trace events, total per import (ms; nested events count in each):', browserWork, rounds, 20);
if (renders.size > 0) {
  print(
    'React renders before the commit mark (the dialog closing), with their children (ms per import):',
    rendersBefore,
    rounds,
    12,
  );
  print('React renders from the commit mark on, with their children (ms per import):', renders, rounds, 40);
}
const merge = (maps: Map<string, number>[]) => {
  const all = new Map<string, number>();
  for (const m of maps) for (const [k, v] of m) all.set(k, (all.get(k) ?? 0) + v);
  return all;
};
const components = merge(
  profiles.map((p) =>
    sumBy(p, (stack) => stack.map((n) => n.callFrame.functionName).filter((name) => /^[A-Z][a-zA-Z]+$/.test(name))),
  ),
);
print('Components, total time per import (ms):', components, rounds, 30);
if (process.env.INCLUSIVE) {
  const inclusive = merge(
    profiles.map((p) =>
      sumBy(p, (stack) => stack.map((n) => `${n.callFrame.functionName || '?'}:${n.callFrame.lineNumber}`)),
    ),
  );
  print('Functions, total time per import (ms):', inclusive, rounds, Number(process.env.INCLUSIVE));
}
const self = merge(
  profiles.map((p) =>
    sumBy(p, (stack) => {
      const f = stack[0]!.callFrame;
      return [`${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1) ?? ''}:${f.lineNumber}`];
    }),
  ),
);
print('JS self time per import (ms):', self, rounds, 40);
// WITHIN=SelectInner: self time of the functions that run inside this one (by name, a substring).
for (const fn of process.env.WITHIN?.split(',') ?? []) {
  const inside = merge(
    profiles.map((p) =>
      sumBy(p, (stack) => {
        const at = stack.findIndex((n) => n.callFrame.functionName.includes(fn));
        if (at < 0) return [];
        const f = stack[0]!.callFrame;
        const child = at > 0 ? stack[at - 1]!.callFrame.functionName : '';
        return [`${f.functionName || '?'}:${f.lineNumber} (via ${child || 'self'})`];
      }),
    ),
  );
  print(`Inside ${fn} (self ms per import):`, inside, rounds, 20);
}
// CALLERS=focus,setAttribute: the stacks that call these functions (e.g. a forced layout), heaviest first.
for (const fn of process.env.CALLERS?.split(',') ?? []) {
  const stacks = merge(
    profiles.map((p) =>
      sumBy(p, (stack) =>
        stack[0]!.callFrame.functionName === fn
          ? [
              stack
                .slice(1, 9)
                .map((n) => `${n.callFrame.functionName || '?'}:${n.callFrame.lineNumber}`)
                .join(' < '),
            ]
          : [],
      ),
    ),
  );
  print(`Callers of ${fn} (ms per import):`, stacks, rounds, 8);
}
await browser.close();
await site.close();
