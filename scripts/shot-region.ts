// Screenshot of one region of a view: tsx scripts/shot-region.ts <query> <selector> <out.png> [width]
import { DIST_DIR, launchChromium, serveStatic } from '../tests/e2e/harness';

const [query = '', selector = 'main', out = '/tmp/region.png', width = '1280'] = process.argv.slice(2);
const site = await serveStatic({ '/app/': DIST_DIR });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`${site.url}${query}`);
await page.locator(selector).first().waitFor();
await page.waitForTimeout(300);
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
await site.close();
