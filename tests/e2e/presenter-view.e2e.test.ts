import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addToDeck } from './deck-actions';
import { setupChromiumApp, type StaticSite } from './harness';

// The presenter view: a second window with the current slide, the next, the notes and a timer, in step.
const app = setupChromiumApp({ viewport: { width: 1280, height: 720 }, collectPageErrors: true });
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const NOTES = 'Start with NCSC.\n内閣サイバーセキュリティセンターから。';

describe('the presenter view', () => {
  it('shows the current and next slides, the notes and a timer, and keeps in step both ways', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await addToDeck(page, 1);
    await page.getByRole('tab', { name: 'Sankey' }).click();
    await page.locator('svg.sankey').first().waitFor();
    await addToDeck(page, 2);
    await page.getByRole('button', { name: 'Deck (2)' }).click();
    await page.getByRole('button', { name: 'Edit title and notes of Japan — division of X.1060 roles' }).click();
    await page.getByRole('textbox', { name: 'Speaker notes' }).fill(NOTES);
    await page.getByRole('textbox', { name: 'Speaker notes' }).press('Tab');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Present', exact: true }).click();

    const [pv] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    await pv.locator('.pv').waitFor();
    expect(await pv.locator('.pv-counter').textContent()).toBe('Slide 1 of 2');
    expect(await pv.locator('.pv-title').textContent()).toBe('Japan — division of X.1060 roles');
    expect(await pv.locator('.pv-notes-text').textContent()).toBe(NOTES);
    expect(await pv.locator('.pv-next-title').textContent()).toBe('Next: Japan — who carries which X.1060 services');
    expect(await pv.locator('.pv-current svg.heatmap').count()).toBe(1);
    expect(await pv.locator('.pv-next svg.sankey').count()).toBe(1);
    // The notes stay off the projected slide.
    expect(await page.locator('section[aria-roledescription="slide"]').textContent()).not.toContain('Start with');
    expect(await pv.locator('.pv-timer').textContent()).toMatch(/^\d+:\d\d$/);
    await expect.poll(() => pv.locator('.pv-timer').textContent(), { timeout: 20_000 }).not.toBe('0:00');

    // A step on the projected screen moves the presenter view …
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pv.locator('.pv-counter').textContent()).toBe('Slide 2 of 2');
    expect(await pv.locator('.pv-notes-text').textContent()).toBe('No notes for this slide.');
    expect(await pv.locator('.pv-next-title').textContent()).toBe('Next: end of the deck');
    // … and a step in the presenter view moves the projected screen.
    await pv.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.presenter-counter').textContent()).toBe('Slide 1 of 2');
    await expect.poll(() => pv.locator('.pv-counter').textContent()).toBe('Slide 1 of 2');

    // Leaving the show closes it.
    await Promise.all([pv.waitForEvent('close'), page.keyboard.press('Escape')]);
  });
});
