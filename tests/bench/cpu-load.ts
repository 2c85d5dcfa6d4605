// The main thread's CPU time until the first chart's frame (#18), a measure that a loaded machine moves less
// than the clock: cold loads of several builds in turns, each traced; per build the medians of the CPU of
// the tasks from the first to the chart's frame, and of its parts (module evaluation, other script, style
// and layout, paint). `npx tsx tests/bench/cpu-load.ts dir-a [dir-b …]` (ROUNDS=7).
import { launchChromium, serveStatic } from '../e2e/harness';
import type { TraceEvent } from '../../scripts/cpu-profile';

// Marks the frame after the first <svg> of ≥ 90 rects is inserted (in the trace as a user-timing mark).
const PROBE = `(() => {
  const seen = new MutationObserver(() => {
    if (![...document.querySelectorAll('svg')].some((s) => s.querySelectorAll('rect').length >= 90)) return;
    seen.disconnect();
    requestAnimationFrame(() => setTimeout(() => performance.mark('x1060-chart-frame'), 0));
  });
  seen.observe(document, { childList: true, subtree: true });
})()`;

type Part = 'evaluate' | 'compile' | 'script' | 'style' | 'paint';
const PARTS: Record<Part, RegExp> = {
  evaluate: /^v8\.evaluateModule$/,
  compile: /^v8\.compile/,
  script: /^(FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks)$/,
  style: /^(UpdateLayoutTree|Layout)$/,
  paint: /^(PrePaint|Paint|Layerize|Commit)$/,
};

type Sample = Record<'cpu' | Part, number>;

function measure(events: TraceEvent[]): Sample | undefined {
  const mark = events.find((e) => e.name === 'x1060-chart-frame');
  if (!mark) return undefined;
  const main = mark.tid;
  const mine = events.filter((e) => e.tid === main && e.ph === 'X' && e.ts <= mark.ts);
  const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const out = { cpu: tasks.reduce((s, t) => s + (t.tdur ?? t.dur ?? 0), 0) / 1000 } as Sample;
  // Parts by wall time of their top-level events (nested ones are not counted twice).
  for (const part of Object.keys(PARTS) as Part[]) {
    const re = PARTS[part];
    const hits = mine.filter((e) => re.test(e.name)).sort((a, b) => a.ts - b.ts);
    let end = 0;
    out[part] = 0;
    for (const e of hits) {
      if (e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      out[part] += (e.dur ?? 0) / 1000;
    }
  }
  return out;
}

const dirs = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 7);
const browser = await launchChromium();
const site = await serveStatic(Object.fromEntries(dirs.map((d, i) => [`/b${i}/`, d])));
const samples: Sample[][] = dirs.map(() => []);
try {
  for (let r = 0; r < rounds; r++)
    // Each round starts with the next build: the first load after another differs from the rest.
    for (const i of dirs.map((_, k) => (k + r) % dirs.length)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(PROBE);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', {
        traceConfig: {
          includedCategories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'v8.execute',
            'blink.user_timing',
          ],
        },
      });
      await page.goto(`${site.origin}/b${i}/`, { waitUntil: 'load' });
      while (!(await page.evaluate<boolean>(`performance.getEntriesByName('x1060-chart-frame').length > 0`)))
        await page.waitForTimeout(50);
      const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await done;
      const s = measure(events);
      if (s) samples[i]!.push(s);
      await context.close();
    }
} finally {
  await site.close();
  await browser.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const keys = ['cpu', ...Object.keys(PARTS)] as (keyof Sample)[];
console.log(`| build | ${keys.join(' | ')} | (ms, medians of ${rounds}) |`);
dirs.forEach((d, i) =>
  console.log(`| ${d} | ${keys.map((k) => median(samples[i]!.map((s) => s[k] ?? NaN)).toFixed(1)).join(' | ')} | |`),
);
