// The editor by touch on a tablet (#21), in real Chromium with a touch screen at 768 × 1024: a tap edits a
// cell with the numeric keypad, a drag scrolls, a long press then a drag selects a range.
import type { CDPSession, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupChromiumApp } from './harness';

const app = setupChromiumApp({
  viewport: { width: 768, height: 1024 },
  contextOptions: { hasTouch: true, isMobile: false },
  collectPageErrors: true,
});
let page: Page;
const grid = (p: Page) => p.getByRole('grid', { name: /^Scores of / });
const cell = (p: Page, r: number, c: number) => p.locator(`#edit-cell-${r}-${c}`);

/** The centre of a cell, in the window's coordinates (after scrolling it into view). */
async function centre(p: Page, r: number, c: number): Promise<{ x: number; y: number }> {
  await cell(p, r, c).scrollIntoViewIfNeeded();
  const box = (await cell(p, r, c).boundingBox())!;
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

/** One finger through Chromium's touch input pipeline. */
const touch = (cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
  cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] });

beforeEach(async () => {
  page = app.page;
  await page.goto(`${app.site.url}?view=editor`);
  await page.getByRole('button', { name: 'New country: 9 categories' }).tap();
  await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('10');
});

describe('the editor by touch at 768 × 1024', () => {
  it('a tap edits the cell with the numeric keypad; the score typed is saved; a tap on another cell saves too', async () => {
    await cell(page, 1, 2).tap();
    const input = cell(page, 1, 2).locator('input');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.getAttribute('inputmode')).toBe('decimal');
    expect(await grid(page).getAttribute('aria-activedescendant')).toBeNull();
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 1, 2).textContent()).toBe('7');
    // Enter moved down; a tap elsewhere while typing saves the cell being typed in, then edits the one tapped.
    await cell(page, 4, 0).tap();
    await page.keyboard.type('3');
    await cell(page, 0, 0).tap();
    await expect.poll(() => cell(page, 4, 0).textContent()).toBe('3');
    await expect.poll(() => cell(page, 0, 0).locator('input').count()).toBe(1);
    // Escape reverts and leaves the grid with the tapped cell active.
    await page.keyboard.press('Escape');
    await expect.poll(() => grid(page).getAttribute('aria-activedescendant')).toBe('edit-cell-0-0');
  });

  it('a long press then a drag selects a range, as spreadsheets on tablets do', async () => {
    const cdp = await page.context().newCDPSession(page);
    const to = await centre(page, 3, 3);
    const from = await centre(page, 1, 1);
    await touch(cdp, 'touchStart', from);
    // The long press has begun a selection once the grid says so (no fixed wait: the machine may be slow).
    await expect.poll(() => grid(page).getAttribute('data-touch-selecting'), { timeout: 10_000 }).toBe('true');
    for (let i = 1; i <= 4; i++)
      await touch(cdp, 'touchMove', { x: from.x + ((to.x - from.x) * i) / 4, y: from.y + ((to.y - from.y) * i) / 4 });
    await touch(cdp, 'touchEnd');
    await expect.poll(() => grid(page).getAttribute('data-touch-selecting')).toBeNull();
    const selected = await grid(page)
      .locator('td[aria-selected="true"]')
      .evaluateAll((tds) => tds.map((td) => td.id));
    expect(selected.sort()).toEqual([1, 2, 3].flatMap((r) => [1, 2, 3].map((c) => `edit-cell-${r}-${c}`)).sort());
    expect(await grid(page).getAttribute('aria-activedescendant')).toBe('edit-cell-3-3');
    // No cell is being edited: the range is for Delete, a paste or a fill from a keyboard.
    expect(await grid(page).locator('input').count()).toBe(0);
    // Delete (a tablet's keyboard) clears the range selected by touch.
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Cleared 9 cells.');
  });

  it('a quick drag scrolls the grid and selects nothing', async () => {
    const cdp = await page.context().newCDPSession(page);
    const before = await grid(page).getAttribute('aria-activedescendant');
    const from = await centre(page, 2, 2);
    // Start and first move sent together: the finger moves at once, however slow the machine.
    await Promise.all([touch(cdp, 'touchStart', from), touch(cdp, 'touchMove', { x: from.x - 20, y: from.y })]);
    for (let i = 1; i <= 5; i++) await touch(cdp, 'touchMove', { x: from.x - 40 * i, y: from.y });
    await touch(cdp, 'touchEnd');
    expect(await grid(page).getAttribute('aria-activedescendant')).toBe(before);
    expect(await grid(page).locator('input').count()).toBe(0);
    expect(await grid(page).getAttribute('data-touch-selecting')).toBeNull();
  });
});
