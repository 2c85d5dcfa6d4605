// The keys bench (#17) on two builds of the bench page in one browser, in turns, so that both meet the
// same moments of a shared machine: `npx tsx scripts/compare-keys.ts <before-dist> [after-dist]`
// (each a bench page built by `npm run bench`, by default bench-results/dist; BENCH_RUNS turns, default 3).
import type { Page } from 'playwright-core';
import { launchChromium, serveStatic } from '../tests/e2e/harness';
import type { Timing } from '../tests/bench/bench-kit';
import { keysSuite } from '../tests/bench/bench-keys';

const dirs = { before: process.argv[2] ?? '', after: process.argv[3] ?? 'bench-results/dist' };
if (!dirs.before) throw new Error('usage: compare-keys.ts <before-dist> [after-dist]');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const rounds = Number(process.env.BENCH_ROUNDS ?? 8);
// Two origins: the two pages must not share a workspace (tabs of one origin sync their edits).
const sites = [await serveStatic({ '/bench/': dirs.before }), await serveStatic({ '/bench/': dirs.after })];
const browser = await launchChromium(['--js-flags=--expose-gc']);

async function open(which: 0 | 1): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on('pageerror', (e) => console.error(`page error (${which ? 'after' : 'before'}):`, e.message));
  await page.goto(`${sites[which]!.url}bench.html`);
  await page.waitForFunction(() => window.benchReady === true);
  return page;
}

const pages = { before: await open(0), after: await open(1) };
const KINDS = ['digit', 'Enter', 'Tab', 'arrow'];
const rows: string[] = [];
/** Per build, each turn's count of the four keys at or under the bare grid at p50 and at p95 (bench-keys verdict). */
const met = { before: [] as string[], after: [] as string[] };
for (let i = 0; i < runs; i++)
  for (const which of i % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const)) {
    const r = await keysSuite(pages[which], rounds);
    const t = (k: string) => r[k] as Timing;
    const cells = KINDS.map((k) => {
      const [e, be, f, b] = [t(`${k}Event`), t(`${k}BareEvent`), t(`${k}Frame`), t(`${k}BareFrame`)];
      return `${e.medianMs}/${e.maxMs} (bare ${be.medianMs}/${be.maxMs}) ×${(f.medianMs / b.medianMs).toFixed(2)}`;
    });
    rows.push(`| ${i + 1} | ${which} | ${cells.join(' | ')} |`);
    met[which].push(`${t('verdict').medianMs}|${t('verdict').maxMs}`);
    console.log(rows.at(-1));
  }
console.log(
  `\n| turn | build | ${KINDS.map((k) => `${k}: event p50/p95 ms (bare grid's), key→frame p50 × bare`).join(' | ')} |`,
);
console.log(`|---|---|${KINDS.map(() => '---:').join('|')}|`);
console.log(rows.join('\n'));
for (const which of ['before', 'after'] as const)
  console.log(
    `${which}: keys (of 4) ≤ the bare grid at p50|p95, by Event Timing and key → frame, per turn: ${met[which].join(', ')}`,
  );
await browser.close();
for (const s of sites) await s.close();
