// The cost of one workspace across tabs, on the real app in Chromium: a score typed in one tab until
// the other tab shows it (save → broadcast → read → merge → render), and long tasks in either tab.
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../e2e/harness';
import { summarise, type Timing } from './bench-kit';

const LONG_TASKS = `window.__long = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: false });`;

/** p50/p95 of the time from a key in tab 1 to the value on screen in tab 2, over `runs` scores. */
export async function syncSuite(browser: Browser, runs = 25): Promise<Record<string, Timing | number[]>> {
  const outDir = 'bench-results/app';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const site = await serveStatic({ '/app/': outDir });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(`${site.url}?view=editor`);
    await a.getByRole('button', { name: 'New country: 64 services' }).click();
    const grid = (p: typeof a) => p.getByRole('grid', { name: /^Scores of / });
    await grid(a).waitFor();
    await b.goto(`${site.url}?view=editor&country=${encodeURIComponent('user:New country')}`);
    await grid(b).waitFor();
    await a.evaluate(LONG_TASKS);
    await b.evaluate(LONG_TASKS);
    await grid(a).focus();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const digit = String((i % 9) + 1);
      // Tab 2 notes when the cell shows the new value; both clocks are the same machine's Date.now().
      // (A string, not a function: tsx would wrap inner functions in a helper the page lacks.)
      const seen = b.evaluate<number>(`new Promise((ok) => {
        const check = () => document.getElementById('edit-cell-${i}-0')?.textContent === '${digit}' && (ok(Date.now()), true);
        if (check()) return;
        const obs = new MutationObserver(() => check() && obs.disconnect());
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      })`);
      const sent = await a.evaluate(() => Date.now());
      await a.keyboard.press(digit);
      await a.keyboard.press('Enter');
      samples.push((await seen) - sent);
    }
    const long = [...(await a.evaluate<number[]>('window.__long')), ...(await b.evaluate<number[]>('window.__long'))];
    const sorted = [...samples].sort((x, y) => x - y);
    const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
    return {
      typed: summarise(
        'two tabs: a score typed in one until the other shows it (includes the 250 ms save pause)',
        samples,
      ),
      p95: { name: 'two tabs: the same, 95th percentile', medianMs: p95, maxMs: sorted.at(-1)!, runs: [] },
      longTasks: long,
    };
  } finally {
    await context.close();
    await site.close();
  }
}
