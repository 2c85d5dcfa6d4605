import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe, setupChromiumApp, type StaticSite } from './harness';
import { savedInBrowser } from './app-actions';

// One context per test: its IndexedDB survives reloads within the test, not across tests.
const app = setupChromiumApp({ contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
let site: StaticSite, page: Page;
beforeEach(async () => {
  ({ site, page } = app);
  await page.goto(site.url);
  await page.getByText('Japan — division of X.1060 roles').waitFor();
  await page.getByRole('tab', { name: 'Edit' }).click();
});

const grid = (p: Page) => p.getByRole('grid', { name: /^Scores of / });
const cell = (p: Page, r: number, c: number) => p.locator(`#edit-cell-${r}-${c}`);
const type = async (p: Page, keys: string[]) => {
  for (const k of keys) await p.keyboard.press(k);
};

describe('editor in Chromium', () => {
  it('builds a country from the template by keyboard and paste, and finds it all after a reload', async () => {
    await page.getByRole('button', { name: 'New country: 64 services' }).click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('65');
    await grid(page).focus();
    // 9 Enter → A-1 × NCSC = 9, cursor moves down; 7 Tab → A-2 × NCSC = 7, cursor moves right.
    await type(page, ['9', 'Enter', '7', 'Tab', '?', 'Enter']);
    expect(await cell(page, 0, 0).textContent()).toBe('9');
    expect(await cell(page, 1, 0).textContent()).toBe('7');
    expect(await cell(page, 1, 1).textContent()).toBe('?');
    // Invalid input is refused in place with a message and never reaches the data.
    await type(page, ['ArrowUp', '1', '2', 'Enter']);
    // The message is announced (role=alert) and shown right under the cell, inside the screen.
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: '"12"' }).textContent())
      .toContain('"12" is not a score');
    const bubble = page.locator('.editor-grid .cell-error');
    expect(await bubble.textContent()).toContain('"12" is not a score');
    const [cellBox, bubbleBox] = await Promise.all([cell(page, 1, 1).boundingBox(), bubble.boundingBox()]);
    expect(Math.abs(bubbleBox!.y - (cellBox!.y + cellBox!.height))).toBeLessThan(6);
    expect(bubbleBox!.y + bubbleBox!.height).toBeLessThan(page.viewportSize()!.height);
    await page.keyboard.press('Escape');
    expect(await bubble.count()).toBe(0);
    // In the last column the message opens leftwards and stays inside the grid's box.
    await type(page, ['End', '1', '5', 'Enter']);
    const [wrapBox, lastBox] = await Promise.all([
      page.locator('.editor-grid-wrap').boundingBox(),
      bubble.boundingBox(),
    ]);
    expect(lastBox!.x + lastBox!.width).toBeLessThanOrEqual(wrapBox!.x + wrapBox!.width + 1);
    expect(await bubble.textContent()).toContain('"15" is not a score');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Home');
    expect(await cell(page, 1, 1).textContent()).toBe('?');
    // Paste a 2 × 3 block from a spreadsheet at D-1 × PSIRT.
    const d1 = 13 + 4 + 4;
    await cell(page, d1, 2).click();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', '10\t8\t\r\n5\t?\t2,5\r\n'.replace('2,5', '2.5'));
      document
        .querySelector('[role=grid][aria-label^="Scores"]')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    expect(await cell(page, d1, 2).textContent()).toBe('10');
    expect(await cell(page, d1, 3).textContent()).toBe('8');
    expect(await cell(page, d1, 4).textContent()).toBe('');
    expect(await cell(page, d1 + 1, 3).textContent()).toBe('?');
    expect(await cell(page, d1 + 1, 4).textContent()).toBe('2.5');
    // A note on the active cell.
    await page.getByRole('textbox', { name: /^Note for D-1/ }).fill('Per the 2025 cyber law, art. 12');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Zambia');
    await page.getByRole('textbox', { name: 'ISO code' }).fill('zm');
    await page.getByRole('textbox', { name: 'ISO code' }).press('Tab');
    await expect.poll(() => page.getByRole('button', { name: /Country/ }).textContent()).toContain('Zambia (ZM)');
    await savedInBrowser(page, 'Per the 2025 cyber law, art. 12');

    await page.reload();
    await page.getByRole('tab', { name: 'Edit' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Country/ }).textContent()).toContain('Zambia (ZM)');
    expect(await cell(page, 0, 0).textContent()).toBe('9');
    expect(await cell(page, 1, 1).textContent()).toBe('?');
    expect(await cell(page, d1 + 1, 4).textContent()).toBe('2.5');
    await cell(page, d1, 2).click();
    expect(await page.getByRole('textbox', { name: /^Note for D-1/ }).inputValue()).toBe(
      'Per the 2025 cyber law, art. 12',
    );
    expect(await page.getByRole('status').textContent()).toContain('Restored your workspace');
  });

  it('undoes and redoes with the keyboard, and edits a copy of a bundled country', async () => {
    await grid(page).focus();
    await type(page, ['ArrowRight', '4', 'Enter']);
    expect(await page.getByRole('status').textContent()).toContain('your edits are in a copy, “Japan (edited)”');
    expect(await cell(page, 0, 1).textContent()).toBe('4');
    await type(page, ['ArrowUp', 'Delete']);
    expect(await cell(page, 0, 1).textContent()).toBe('');
    await page.keyboard.press('Control+z');
    expect(await cell(page, 0, 1).textContent()).toBe('4');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    expect(await cell(page, 0, 1).textContent()).toBe('4');
    await page.getByRole('button', { name: /Country/ }).click();
    expect(await page.getByRole('option').allTextContents()).toEqual([
      'Japan (JP)',
      'United States (US)',
      'Singapore (SG)',
      'Japan (edited) (JP)',
    ]);
    await page.getByRole('option', { name: 'Japan (JP)' }).click();
    expect(await cell(page, 0, 1).textContent()).toBe('');
  });

  it('asks before removing a column that holds scores, and Cancel keeps it', async () => {
    await grid(page).focus();
    await page.getByRole('button', { name: 'Remove NCSC' }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('"NCSC" holds scores');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('columnheader', { name: 'NCSC' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Remove NCSC' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    expect(await page.getByRole('columnheader', { name: 'NCSC' }).count()).toBe(0);
    expect(await cell(page, 0, 0).textContent()).toBe('');
  });

  it('Tab wraps at the row end and leaves the grid only after Escape, and Ctrl+End / Ctrl+Home reach the last and first cells', async () => {
    await grid(page).focus();
    await page.keyboard.press('Control+End');
    expect(await grid(page).getAttribute('aria-activedescendant')).toBe('edit-cell-8-9');
    await page.keyboard.press('Control+Home');
    expect(await grid(page).getAttribute('aria-activedescendant')).toBe('edit-cell-0-0');
    await page.keyboard.press('Tab');
    expect(await grid(page).getAttribute('aria-activedescendant')).toBe('edit-cell-0-1');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    expect(await grid(page).getAttribute('aria-activedescendant')).toBe('edit-cell-1-0');
    // No keyboard trap: Escape, then Tab or Shift+Tab, leaves the grid.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('grid');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('grid');
  });

  it('removes a user country after asking, and Ctrl+Z brings it back', async () => {
    expect(await page.getByRole('button', { name: 'Remove this country' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'New country: 9 categories' }).click();
    await grid(page).focus();
    await type(page, ['5', 'Enter']);
    await page.getByRole('button', { name: 'Remove this country' }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain(
      'Remove "New country" with all its scores and notes? You can undo this (Ctrl+Z).',
    );
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Country/ }).textContent()).toContain('Japan');
    await page.locator('body').press('Control+z');
    await expect.poll(() => page.getByRole('button', { name: /Country/ }).textContent()).toContain('New country');
    expect(await cell(page, 0, 0).textContent()).toBe('5');
  });

  it('has no axe-core violations', async () => {
    await grid(page).focus();
    const violations = await runAxe(page);
    expect(violations).toEqual([]);
  });
});
