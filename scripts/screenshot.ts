// Takes screenshots of the built app for visual review: tsx scripts/screenshot.ts [query] [out.png] [width]
import { DIST_DIR, launchChromium, serveStatic } from '../tests/e2e/harness';

const [query = '', out = 'screenshot.png', width = '1400'] = process.argv.slice(2);
const site = await serveStatic({ '/app/': DIST_DIR, '/files/': 'tests/fixtures' });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`${site.url}${query}`);
await page.waitForSelector('.heatmap, .empty-state');
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await site.close();
console.log('wrote', out);
