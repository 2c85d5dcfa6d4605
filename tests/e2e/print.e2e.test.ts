import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST_DIR, launchChromium, serveStatic } from './harness';

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${DIST_DIR}/index.html`)) throw new Error(`${DIST_DIR}/ is missing: run \`npm run build\` first`);
  site = await serveStatic({ '/app/': DIST_DIR });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('printing', () => {
  it('prints the heatmap view as one clean page: the chart and its provenance, no controls', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['[role="tablist"]', '.controls', '.export-bar', '.toolbar']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('svg.heatmap').isVisible()).toBe(true);
    expect(await page.locator('.provenance').isVisible()).toBe(true);
    const pdf = (await page.pdf({ format: 'A4', landscape: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await context.close();
  });
});
