import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';
import { savedInBrowser } from './app-actions';

// One context per test: its IndexedDB survives reloads within the test, not across tests.
const app = setupChromiumApp({ collectPageErrors: true });
let site: StaticSite, page: Page;
beforeEach(async () => {
  ({ site, page } = app);
  await page.goto(site.url);
  await page.getByText('Japan — division of X.1060 roles').waitFor();
  await page.getByRole('tab', { name: 'Edit' }).click();
});

const countryButton = (p: Page) => p.getByRole('button', { name: /Country/ });

/** Every text field of the editor, found again after each reload. */
const fields: readonly { name: string; find: (p: Page) => Locator; text: string }[] = [
  {
    name: 'row rationale',
    find: (p) => p.getByRole('textbox', { name: /^Rationale and sources for A / }),
    text: 'Basic Act on Cybersecurity, art. 13',
  },
  {
    name: 'cell note',
    find: (p) => p.getByRole('textbox', { name: /^Note for A / }),
    text: 'NISC leads the national strategy',
  },
  { name: 'name', find: (p) => p.getByRole('textbox', { name: 'Name', exact: true }), text: 'Japan 2026' },
  { name: 'ISO code', find: (p) => p.getByRole('textbox', { name: 'ISO code' }), text: 'JP' },
  { name: 'source', find: (p) => p.getByRole('textbox', { name: 'Source', exact: true }), text: 'Workshop, Tokyo' },
  { name: 'date', find: (p) => p.getByRole('textbox', { name: 'Date', exact: true }), text: '2026-12-02' },
  {
    name: 'notes',
    find: (p) => p.getByRole('textbox', { name: 'Notes', exact: true }),
    text: 'Reviewed by the working group',
  },
];

describe('text saved as it is typed, in Chromium', () => {
  it('keeps each field typed into and left focused across a reload', { timeout: 120_000 }, async () => {
    for (const [i, f] of fields.entries()) {
      const field = f.find(page);
      await field.click();
      await field.press('Control+a');
      await field.pressSequentially(f.text);
      // The field is never left: the text is saved as it is typed, while the field keeps the focus.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(INPUT|TEXTAREA)$/);
      await savedInBrowser(page, f.text);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(INPUT|TEXTAREA)$/);
      await page.reload();
      await page.getByRole('tab', { name: 'Edit' }).click();
      // The first text typed into bundled Japan went into its copy, which is selected after the reload.
      await expect.poll(() => countryButton(page).textContent()).toContain(i >= 2 ? 'Japan 2026' : 'Japan (edited)');
      for (const g of fields.slice(0, i + 1)) expect(await g.find(page).inputValue(), g.name).toBe(g.text);
    }
    await countryButton(page).click();
    expect(await page.getByRole('option').allTextContents()).toEqual([
      'Japan (JP)',
      'United States (US)',
      'Singapore (SG)',
      'Japan 2026 (JP)',
    ]);
  });

  it(
    'keeps typing in the copy of a bundled country, and takes Japanese composed with an input method',
    { timeout: 120_000 },
    async () => {
      const note = fields[1]!.find(page);
      await note.click();
      await note.pressSequentially('NISC');
      // The first key made the copy: the same field still has the focus and got every key.
      await expect.poll(() => countryButton(page).textContent()).toContain('Japan (edited)');
      expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await note.inputValue()).toBe('NISC');
      // A composition as Chromium's input methods make it: composed text, then committed.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'な', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', { text: 'ないかく', selectionStart: 4, selectionEnd: 4 });
      await cdp.send('Input.imeSetComposition', { text: '内閣', selectionStart: 2, selectionEnd: 2 });
      expect(await note.inputValue()).toBe('NISC内閣');
      await cdp.send('Input.insertText', { text: '内閣' });
      expect(await note.inputValue()).toBe('NISC内閣');
      await cdp.send('Input.imeSetComposition', { text: 'ふ', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.insertText', { text: '府' });
      expect(await note.inputValue()).toBe('NISC内閣府');
      await savedInBrowser(page, 'NISC内閣府');
      await page.reload();
      await page.getByRole('tab', { name: 'Edit' }).click();
      await expect.poll(() => countryButton(page).textContent()).toContain('Japan (edited)');
      expect(await fields[1]!.find(page).inputValue()).toBe('NISC内閣府');
    },
  );

  it('enters a score still being typed when the page is reloaded or closed, in the grid and in its input', async () => {
    const { context } = app;
    await page.getByRole('button', { name: 'New country: 9 categories' }).click();
    const grid = (p: Page) => p.getByRole('grid', { name: /^Scores of / });
    const cell = (p: Page, r: number, c: number) => p.locator(`#edit-cell-${r}-${c}`);
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('10');
    // Typed on the grid, no Enter, then a reload (a trial lost it every time).
    await grid(page).focus();
    await page.keyboard.press('7');
    await page.reload();
    await page.getByRole('tab', { name: 'Edit' }).click();
    await expect.poll(() => cell(page, 0, 0).textContent()).toBe('7');
    // In the cell's input (F2), no Enter, then the tab closed and the app opened again.
    await grid(page).focus();
    for (const k of ['ArrowDown', 'F2', '4', '.', '5']) await page.keyboard.press(k);
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(`${site.url}?view=editor&country=${encodeURIComponent('user:New country')}`);
    await expect.poll(() => cell(again, 1, 0).textContent()).toBe('4.5');
    expect(await cell(again, 0, 0).textContent()).toBe('7');
  });

  it('undoes typed scores one Ctrl+Z each, and Escape reverts a cell (issue #17)', { timeout: 120_000 }, async () => {
    await page.getByRole('button', { name: 'New country: 9 categories' }).click();
    const grid = page.getByRole('grid', { name: /^Scores of / });
    const cell = (r: number) => page.locator(`#edit-cell-${r}-0`);
    await grid.focus();
    for (const k of ['1', 'Enter', '2', 'Enter', '3', 'Enter']) await page.keyboard.press(k);
    expect(await Promise.all([0, 1, 2].map((r) => cell(r).textContent()))).toEqual(['1', '2', '3']);
    await page.keyboard.press('Control+z');
    expect(await cell(2).textContent()).toBe('');
    expect(await cell(1).textContent()).toBe('2');
    await page.keyboard.press('Control+z');
    expect(await cell(1).textContent()).toBe('');
    // F2 on the 1, type 2, Escape: the 1 stays.
    await page.keyboard.press('Control+Home');
    for (const k of ['F2', 'Backspace', '2', 'Escape']) await page.keyboard.press(k);
    expect(await cell(0).textContent()).toBe('1');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
  });
});
