import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';
import { buildFullDeck } from './deck-actions';

// The deck: a slide of every kind, what each holds, and the controls that manage it.
const app = setupChromiumApp({ viewport: { width: 1280, height: 720 }, collectPageErrors: true });
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const slide = (p: Page) => p.locator('section[aria-roledescription="slide"]');

describe('the deck', () => {
  it('keeps a side-by-side Sankey as two charts on one slide, and makes a metrics-chart slide', async () => {
    await page.goto(site.url);
    await buildFullDeck(page);
    await page.getByRole('button', { name: 'Deck (6)' }).click();
    expect(await page.locator('.deck-item-title').allTextContents()).toEqual([
      '1. Japan — division of X.1060 roles',
      '2. United States — who carries which X.1060 services',
      '3. Japan and Singapore — who carries which X.1060 services',
      '4. Comparison: Japan, United States, Singapore',
      '5. Difference: Japan − United States',
      '6. Metrics: Japan, United States, Singapore',
    ]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slide(page).getAttribute('aria-label')).toMatch(/^Slide 3 of 6: Japan and Singapore/);
    const charts = slide(page).locator('svg.sankey');
    expect(await charts.count()).toBe(2);
    const names = await charts.evaluateAll((svgs) =>
      svgs.map((s) => s.querySelector('[id^="sk-title-"]')?.textContent ?? ''),
    );
    expect(names[0]).toMatch(/^Japan/);
    expect(names[1]).toMatch(/^Singapore/);
    expect(await slide(page).locator('.presenter-caption').textContent()).toBe('Both diagrams on the same scale.');
    await page.keyboard.press('End');
    await expect.poll(() => slide(page).getAttribute('data-slide-kind')).toBe('metrics');
    expect(await slide(page).locator('svg.metric-bars').count()).toBe(1);
  });
});
