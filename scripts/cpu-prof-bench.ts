// Profiles the bench page's heatmap scenarios with the Chrome DevTools protocol and prints the
// functions with the most self time. Run `BENCH_MINIFY=0 npm run bench` first for readable names.
import { launchChromium, serveStatic } from '../tests/e2e/harness';
import type { Profile } from './cpu-profile';

const site = await serveStatic({ '/bench/': 'bench-results/dist' });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.goto(`${site.url}bench.html`);
await page.waitForFunction(() => window.benchReady === true);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const suite = (process.env.BENCH_SUITE ?? 'heatmap') as keyof Window['bench'];
await page.evaluate((s) => window.bench[s](), suite);
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const f = byId.get(id)!.callFrame;
  const key = `${f.functionName || '(anonymous)'} :${f.lineNumber}:${f.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log((v / 1000).toFixed(1).padStart(8), 'ms', k);
await browser.close();
await site.close();
