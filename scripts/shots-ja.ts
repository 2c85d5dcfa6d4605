// Screenshots of each view in Japanese at 1280×720 for visual review: tsx scripts/shots-ja.ts [outdir]
import { DIST_DIR, launchChromium, serveStatic } from '../tests/e2e/harness';

const out = process.argv[2] ?? '/tmp';
const site = await serveStatic({ '/app/': DIST_DIR });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`${site.url}?lang=ja`);
await page.getByRole('tab', { name: 'ヒートマップ' }).waitFor();
for (const [tab, file] of [['ヒートマップ', 'ja-heatmap'], ['サンキー図', 'ja-sankey'], ['比較', 'ja-compare'], ['編集', 'ja-editor']] as const) {
  await page.getByRole('tab', { name: tab }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${file}.png`, fullPage: true });
}
await browser.close();
await site.close();
console.log('wrote', out);
