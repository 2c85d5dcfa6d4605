import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';

const app = setupChromiumApp({ viewport: { width: 1280, height: 900 } });
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

describe('printing', () => {
  it('prints the heatmap view as one clean page: the chart and its provenance, no controls', async () => {
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
  });
});
