// Editing a matrix's structure and blocks as in a spreadsheet (#17), in real Chromium: moves that follow
// what was moved, Ctrl+D / Ctrl+R fill, messages beside the grid, Undo that goes to its country, renames.
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupChromiumApp } from './harness';

const app = setupChromiumApp({
  viewport: { width: 1366, height: 768 },
  contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
});
let page: Page;
const grid = (p: Page) => p.getByRole('grid', { name: /^Scores of / });
const cell = (p: Page, r: number, c: number) => p.locator(`#edit-cell-${r}-${c}`);
const active = (p: Page) => grid(p).getAttribute('aria-activedescendant');
const heads = (p: Page) => grid(p).getByRole('columnheader').allTextContents();
const rowHeads = (p: Page) => grid(p).getByRole('rowheader').allTextContents();
const press = async (p: Page, keys: string[]) => {
  for (const k of keys) await p.keyboard.press(k);
};
const texts = async (p: Page, cells: [number, number][]) =>
  Promise.all(cells.map(([r, c]) => cell(p, r, c).textContent()));

/** The element is wholly inside the window (not scrolled away above the tabs). */
async function expectInView(p: Page, region: Locator): Promise<void> {
  const box = (await region.boundingBox())!;
  const { height } = p.viewportSize()!;
  expect(box.y, 'top in the window').toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, 'bottom in the window').toBeLessThanOrEqual(height);
}

async function newCountry(p: Page, template: '64 services' | '9 categories'): Promise<void> {
  await p.getByRole('button', { name: `New country: ${template}` }).click();
  await expect.poll(() => grid(p).getAttribute('aria-rowcount')).toBe(template === '64 services' ? '65' : '10');
}

beforeEach(async () => {
  page = app.page;
  await page.goto(`${app.site.url}?view=editor`);
});

describe('editor structure and blocks in Chromium', () => {
  it('moves a column or a row again and again: the active cell follows what was moved', async () => {
    await newCountry(page, '9 categories');
    await grid(page).focus();
    await press(page, ['7']);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    const [first, second, third] = (await heads(page)).slice(1);
    await page.getByRole('button', { name: `Move ${first} right` }).click();
    await page.getByRole('button', { name: `Move ${first} right` }).click();
    expect((await heads(page)).slice(1, 4)).toEqual([second, third, first]);
    expect(await active(page)).toBe('edit-cell-0-2');
    expect(await cell(page, 0, 2).textContent()).toBe('7');
    await page.getByRole('button', { name: `Move ${first} left` }).click();
    expect((await heads(page)).slice(1, 4)).toEqual([second, first, third]);
    const [rowA, rowB, rowC] = await rowHeads(page);
    await page.getByRole('button', { name: `Move ${rowA} down` }).click();
    await page.getByRole('button', { name: `Move ${rowA} down` }).click();
    expect((await rowHeads(page)).slice(0, 3)).toEqual([rowB, rowC, rowA]);
    expect(await active(page)).toBe('edit-cell-2-1');
    expect(await cell(page, 2, 1).textContent()).toBe('7');
  });

  it('fills down and right with Ctrl+D / Ctrl+R as Excel does, one undo step each, said beside the grid', async () => {
    await newCountry(page, '64 services');
    await grid(page).focus();
    await press(page, ['1', 'Tab', '2', 'Tab', '3', 'Enter']);
    // Select three columns × four rows from the top row, and fill down.
    await press(page, ['ArrowUp', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowDown', 'Shift+ArrowDown']);
    await press(page, ['Shift+ArrowDown', 'Control+d']);
    expect(
      await texts(page, [
        [3, 0],
        [3, 1],
        [3, 2],
        [1, 2],
        [4, 0],
      ]),
    ).toEqual(['1', '2', '3', '3', '']);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Filled down: 9 cells (Ctrl+Z undoes).');
    await expectInView(page, page.getByRole('status'));
    await page.keyboard.press('Control+z');
    expect(
      await texts(page, [
        [1, 0],
        [2, 1],
        [3, 2],
        [0, 2],
      ]),
    ).toEqual(['', '', '', '3']);
    // One cell: Ctrl+D copies the cell above, Ctrl+R the cell to the left.
    await press(page, ['Control+Home', 'ArrowDown', 'Control+d', 'ArrowRight', 'Control+r']);
    expect(
      await texts(page, [
        [1, 0],
        [1, 1],
      ]),
    ).toEqual(['1', '1']);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Filled right: 1 cell (Ctrl+Z undoes).');
    // Nothing above the first row: said in the alert region, nothing changed.
    await press(page, ['Control+Home', 'Control+d']);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Nothing to fill down from');
    expect(await cell(page, 0, 0).textContent()).toBe('1');
  });

  it('shows "Cleared…" and "Paste refused…" in the window while working at the foot of a 64-row grid', async () => {
    await newCountry(page, '64 services');
    await grid(page).focus();
    await press(page, ['Control+End', '5', 'Enter']);
    await press(page, ['Delete']);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Cleared 1 cell.');
    await expectInView(page, page.getByRole('status'));
    await expectInView(page, cell(page, 63, (await heads(page)).length - 2));
    await page.evaluate(() => navigator.clipboard.writeText('1\t2\nx\t3'));
    await page.keyboard.press('Control+V');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Paste refused');
    await expectInView(page, page.getByRole('alert').first());
  });

  it('switches to the country an Undo changed, and says so', async () => {
    await newCountry(page, '9 categories');
    await newCountry(page, '9 categories');
    await grid(page).focus();
    await press(page, ['8', 'Enter']);
    await page.getByRole('button', { name: /Country/ }).click();
    await page.getByRole('option', { name: 'New country', exact: true }).click();
    await expect.poll(() => grid(page).getAttribute('aria-label')).toMatch(/^Scores of New country:/);
    await grid(page).focus();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^Undid: New country \(2\), .* 8 → —\. Now showing New country \(2\), where it was\.$/);
    await expect.poll(() => grid(page).getAttribute('aria-label')).toMatch(/^Scores of New country \(2\):/);
    expect(await cell(page, 0, 0).textContent()).toBe('');
  });

  it('keeps the address on a renamed country: no user:New country left', async () => {
    await newCountry(page, '9 categories');
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('user:New country');
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.fill('Kenya');
    await name.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('user:Kenya');
    // The address opens the country it names.
    await page.goto(page.url());
    await expect.poll(() => grid(page).getAttribute('aria-label')).toMatch(/^Scores of Kenya:/);
  });

  it('renames a custom stakeholder in place: validated, one undo step, shown in the grid', async () => {
    await newCountry(page, '9 categories');
    // The template has every standard type: what is left to add is a custom stakeholder.
    await page.getByRole('textbox', { name: 'Name of the custom stakeholder' }).fill('Regulator X');
    await page.getByRole('group', { name: 'Add stakeholder' }).getByRole('button', { name: 'Add' }).click();
    const last = (await heads(page)).length - 2;
    await cell(page, 0, last).click();
    const field = page.getByRole('textbox', { name: 'Name of the column “Regulator X”' });
    await field.fill('Telecom regulator');
    await expect.poll(async () => (await heads(page)).at(-1)).toBe('Telecom regulator');
    // Empty: refused, the column keeps its name; a name another column has: refused, said beside the field.
    await field.fill('');
    await expect.poll(async () => (await heads(page)).at(-1)).toBe('Regulator X');
    await expect.poll(() => page.getByText('A stakeholder needs a name').count()).toBe(1);
    await field.fill((await heads(page))[1]!);
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect((await heads(page)).at(-1)).toBe('Regulator X');
    await field.fill('Telecom regulator');
    await field.press('Enter');
    await grid(page).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await heads(page)).at(-1)).toBe('Regulator X');
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await heads(page)).at(-1)).toBe('Telecom regulator');
  });
});
