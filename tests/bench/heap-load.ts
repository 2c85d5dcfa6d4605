// What the JS heap holds after a cold load (#18): a heap snapshot (CDP HeapProfiler) of a built app and
// of the load suite's floor, summed by kind and by constructor, with the largest strings.
// `npx tsx tests/bench/heap-load.ts [app-dir] [floor-dir]` (defaults: the load suite's builds);
// BLOCK='regex' refuses the scripts whose URL matches (e.g. 'toolbar|Select'), to see what they add.
import type { CDPSession } from 'playwright-core';
import { launchChromium, serveStatic } from '../e2e/harness';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (c) => chunks.push(c.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  return JSON.parse(chunks.join('')) as Snapshot;
}

function summarise(label: string, snap: Snapshot, used: number): void {
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [T, N, S] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const byType = new Map<string, number>();
  const byName = new Map<string, [number, number]>();
  const strings: [number, string][] = [];
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + T!]!]!;
    const name = snap.strings[snap.nodes[i + N!]!]!;
    const size = snap.nodes[i + S!]!;
    total += size;
    byType.set(type, (byType.get(type) ?? 0) + size);
    const key =
      type === 'object' || type === 'closure'
        ? `${type} ${name}`
        : type === 'code'
          ? `code ${name.split(' ')[0]}`
          : type;
    const [n, s] = byName.get(key) ?? [0, 0];
    byName.set(key, [n + 1, s + size]);
    if (type === 'string' && size > 4000) strings.push([size, name.slice(0, 70).replace(/\s+/g, ' ')]);
  }
  const kb = (n: number) => (n / 1000).toFixed(0).padStart(6);
  console.log(`\n## ${label}: snapshot ${kb(total)} kB (used heap ${kb(used)} kB)`);
  console.log(
    [...byType]
      .sort((a, b) => b[1] - a[1])
      .map(([t, s]) => `${t} ${kb(s).trim()}`)
      .join(', '),
  );
  for (const [k, [n, s]] of [...byName].sort((a, b) => b[1][1] - a[1][1]).slice(0, Number(process.env.TOP ?? 30)))
    console.log(`${kb(s)} kB ${String(n).padStart(7)} × ${k}`);
  console.log('largest strings:');
  for (const [s, text] of strings.sort((a, b) => b[0] - a[0]).slice(0, 8)) console.log(`${kb(s)} kB ${text}`);
}

const [appDir = 'bench-results/app-load', floorDir = 'bench-results/floor'] = process.argv.slice(2);
const browser = await launchChromium();
const site = await serveStatic({ '/app/': appDir, '/floor/': floorDir });
try {
  for (const [label, path] of [
    ['floor', '/floor/'],
    ['app', '/app/'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const block = process.env.BLOCK;
    if (block && label === 'app') await page.route(new RegExp(block), (r) => r.abort());
    const cdp = await context.newCDPSession(page);
    await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(Number(process.env.WAIT ?? 500));
    await page.waitForLoadState('networkidle');
    await cdp.send('HeapProfiler.collectGarbage');
    const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    // What was drawn: a refused chunk can leave a view's error message instead of its chart.
    const drawn = await page.evaluate<string>(
      `document.querySelectorAll('svg rect').length + ' rects, ' + document.querySelectorAll('*').length + ' elements'`,
    );
    summarise(`${label} (${drawn})`, await takeSnapshot(cdp), used);
    await context.close();
  }
} finally {
  await site.close();
  await browser.close();
}
