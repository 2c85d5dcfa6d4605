// Spreadsheet keys in the editor (#17), in real Chromium.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupChromiumApp } from './harness';

const app = setupChromiumApp({ contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
let page: Page;
const grid = (p: Page) => p.getByRole('grid', { name: /^Scores of / });
const cell = (p: Page, r: number, c: number) => p.locator(`#edit-cell-${r}-${c}`);
const active = (p: Page) => grid(p).getAttribute('aria-activedescendant');
const press = async (p: Page, keys: string[]) => {
  for (const k of keys) await p.keyboard.press(k);
};

beforeEach(async () => {
  page = app.page;
  await page.goto(`${app.site.url}?view=editor`);
  await page.getByRole('button', { name: 'New country: 9 categories' }).click();
  await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('10');
  await grid(page).focus();
});

describe('editor keys in Chromium', () => {
  it('Tab wraps at the row end, Enter after Tabs returns to where they began, and Tab never lands in a text field', async () => {
    await press(page, ['ArrowRight', '1', 'Tab', '2', 'Tab', '3', 'Enter']);
    expect(await active(page)).toBe('edit-cell-1-1');
    expect([
      await cell(page, 0, 1).textContent(),
      await cell(page, 0, 2).textContent(),
      await cell(page, 0, 3).textContent(),
    ]).toEqual(['1', '2', '3']);
    // From the last column Tab goes to the next row's first cell, and typing goes on in the grid.
    await press(page, ['End', 'Tab', '7']);
    await page.keyboard.press('Enter');
    expect(await cell(page, 2, 0).textContent()).toBe('7');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    // Escape, then Tab, leaves the grid (no keyboard trap).
    await press(page, ['Escape']);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Press Tab to leave the grid');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('grid');
    // The hint was about the grid: once left, it is gone (it stayed above the tabs in every view).
    await expect.poll(() => page.locator('.live-regions [role="status"]').textContent()).toBe('');
    // And leaving the Edit view takes it away too.
    await page.locator('.editor-grid').focus();
    await press(page, ['Escape']);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Press Tab to leave the grid');
    await page.getByRole('tab', { name: 'Heatmap' }).click();
    await expect.poll(() => page.locator('.live-regions [role="status"]').textContent()).toBe('');
  });

  it('types a score into the grid itself: the focus and the active cell stay on the grid, and the cell shows the text', async () => {
    await press(page, ['ArrowDown', '4', '.']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    expect(await active(page)).toBe('edit-cell-1-0');
    expect(await page.locator('.editor-grid .cell-input').count()).toBe(0);
    expect(await cell(page, 1, 0).getAttribute('aria-label')).toMatch(/: 4\.$/);
    await press(page, ['5', 'Backspace', '5', 'ArrowRight']);
    expect(await cell(page, 1, 0).textContent()).toBe('4.5');
    expect(await active(page)).toBe('edit-cell-1-1');
    // F2 goes on in an input, keeping what was typed; Escape there reverts.
    await press(page, ['9', 'F2']);
    expect(await page.locator('.editor-grid .cell-input').inputValue()).toBe('9');
    await page.keyboard.press('Escape');
    expect(await cell(page, 1, 1).textContent()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
  });

  it('double-click edits a cell; letters and exponents are refused with a message', async () => {
    await cell(page, 3, 2).dblclick();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    expect(await cell(page, 3, 2).textContent()).toBe('4');
    await page.keyboard.press('a');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('"a" is not a score');
    await press(page, ['1', 'e', '1', 'Enter']);
    await expect.poll(() => page.locator('.editor-grid .cell-error').textContent()).toContain('is not a score');
    await page.keyboard.press('Escape');
  });

  it("a paste past the grid's edge is refused whole, saying how much is over", async () => {
    const { context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await press(page, ['End', 'ArrowLeft']);
    await page.evaluate(() => navigator.clipboard.writeText('1\t2\t3\t4\t5\n6\t7\t8\t9\t10'));
    await page.keyboard.press('Control+V');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('does not fit from this cell (3 columns past the grid');
    const cols = Number(await grid(page).getAttribute('aria-colcount')) - 1;
    expect(await cell(page, 0, cols - 2).textContent()).toBe('');
  });

  it('a cell with a note is marked (corner triangle, ", has a note") and the score input asks for the number keypad', async () => {
    await cell(page, 2, 1).click();
    // The note field follows the cell a render later: named whole, the fill waits for this cell's field.
    await page.getByRole('textbox', { name: /^Note for C Deep analysis × / }).fill('Per the 2025 law');
    await expect.poll(() => cell(page, 2, 1).getAttribute('aria-label')).toMatch(/, has a note$/);
    expect(await cell(page, 2, 1).getAttribute('class')).toContain('noted');
    const corner = (r: number, c: number) =>
      cell(page, r, c).evaluate((el) => getComputedStyle(el, '::after').getPropertyValue('border-right-width'));
    expect(parseFloat(await corner(2, 1))).toBeGreaterThan(4);
    for (const [r, c] of [
      [2, 2],
      [1, 1],
    ] as const) {
      expect(await cell(page, r, c).getAttribute('aria-label')).not.toContain('has a note');
      expect(await cell(page, r, c).getAttribute('class')).not.toContain('noted');
      expect(await corner(r, c)).toBe('0px');
    }
    await cell(page, 2, 2).dblclick();
    expect(await page.locator('.editor-grid .cell-input').getAttribute('inputmode')).toBe('decimal');
    await page.keyboard.press('Escape');
  });
  it("breaks column headings only between words, and rings the grid's whole box when it has the focus", async () => {
    await press(page, ['ArrowRight']);
    // Each word of each heading stands on one line (a new user's trial saw "Nationa / l CSIRTs").
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('.editor-grid thead th:not(.corner)')].flatMap((th) => {
        const text = th.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const range = document.createRange();
        const tops: number[] = [];
        for (let i = 0; i < text.textContent!.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          tops.push(Math.round(range.getBoundingClientRect().top));
        }
        const words: string[] = [];
        let at = 0;
        for (const word of text.textContent!.split(' ')) {
          const line = new Set(tops.slice(at, at + word.length));
          if (line.size > 1) words.push(word);
          at += word.length + 1;
        }
        return words;
      }),
    );
    expect(broken).toEqual([]);
    const ring = await page.evaluate(() => {
      const table = document.querySelector('.editor-grid')!;
      return [getComputedStyle(table.parentElement!).outlineStyle, getComputedStyle(table).outlineStyle];
    });
    // The box clips the grid: the grid's own ring showed only as a line down its right edge.
    expect(ring).toEqual(['solid', 'none']);
  });
});
