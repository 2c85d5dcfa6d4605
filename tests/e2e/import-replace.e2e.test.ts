import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';

// Replacing a loaded country in the production build, in real Chromium: nothing the user made is lost silently.
const app = setupChromiumApp({ contextOptions: { acceptDownloads: true } });
let site: StaticSite, page: Page;
beforeEach(async () => {
  ({ site, page } = app);
  await page.goto(site.url);
  await page.getByText('Japan — division of X.1060 roles').waitFor();
});

const dialog = (p: Page) => p.getByRole('dialog');
const status = (p: Page) => p.getByRole('status');
const pick = async (p: Page, button: ReturnType<Page['getByRole']>, option: string) => {
  await button.click();
  await p.getByRole('option', { name: option, exact: true }).click();
};
const importFiles = async (p: Page, files: { name: string; text: string }[]) => {
  await p
    .locator('input[type=file]')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.text) })));
  await dialog(p).getByRole('button', { name: 'Import', exact: true }).waitFor();
};
const cellLabel = (p: Page, row: string, col: string) =>
  p.locator(`[role="gridcell"][aria-label^="${row}"][aria-label*=", ${col}: "]`).first().getAttribute('aria-label');
const kenyaCsv = (d2: number) => `country,service,stakeholder,score\nKenya,D-2,NCSC,${d2}\nKenya,D-3,NCSC,4\n`;

describe('replacing a loaded country in Chromium', () => {
  it('keeps a row rationale, source and ISO code when the country is replaced from its own CSV export', async () => {
    await importFiles(page, [{ name: 'kenya.csv', text: kenyaCsv(9) }]);
    await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Kenya — division of X.1060 roles').waitFor();
    // The user's work: a rationale for D-2, a source and an ISO code.
    await page.getByRole('tab', { name: 'Edit' }).click();
    await page.locator('#edit-cell-0-0').click();
    await page.getByRole('textbox', { name: /^Rationale and sources for D-2/ }).fill('Cyber law 2025, art. 12');
    await page.getByRole('textbox', { name: 'Source', exact: true }).fill('Ministry survey 2025');
    await page.getByRole('textbox', { name: 'ISO code' }).fill('ke');
    await page.getByRole('textbox', { name: 'ISO code' }).press('Tab');
    await expect.poll(() => page.getByRole('button', { name: /Country/ }).textContent()).toContain('Kenya (KE)');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported).not.toContain('Cyber law');
    // The file is changed in a spreadsheet (D-2: 9 → 6) and imported again.
    await importFiles(page, [
      { name: 'x1060-roles.csv', text: exported.replace('Kenya,D-2,NCSC,9', 'Kenya,D-2,NCSC,6') },
    ]);
    await pick(
      page,
      dialog(page).getByRole('button', { name: /All 4 countries already loaded/ }),
      'Do not import this country',
    );
    await pick(page, dialog(page).getByRole('button', { name: /"Kenya" is already loaded/ }), 'Replace it');
    // Before Import, the review says what is kept.
    await dialog(page)
      .getByText(
        "Kenya's row rationales (1), ISO code and source are kept from the loaded country: CSV files do not carry them.",
      )
      .waitFor();
    await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => status(page).textContent())
      .toBe(
        'Imported 1 country from x1060-roles.csv: Kenya. "Japan" was already loaded and was not imported, as chosen; "United States" was already loaded and was not imported, as chosen; ' +
          '"Singapore" was already loaded and was not imported, as chosen; "Kenya" replaced the country of that name, keeping its row rationales (1), ISO code and source (CSV files do not carry them).',
      );
    await expect.poll(() => page.getByRole('button', { name: /Country/ }).textContent()).toContain('Kenya (KE)');
    expect(await page.getByRole('textbox', { name: 'Source', exact: true }).inputValue()).toBe('Ministry survey 2025');
    await page.locator('#edit-cell-0-0').click();
    expect(await page.locator('#edit-cell-0-0').textContent()).toBe('6');
    expect(await page.getByRole('textbox', { name: /^Rationale and sources for D-2/ }).inputValue()).toBe(
      'Cyber law 2025, art. 12',
    );
  });

  it('asks which of two files replaces one country, and does what the user chose', async () => {
    await importFiles(page, [{ name: 'kenya.csv', text: kenyaCsv(1) }]);
    await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Kenya — division of X.1060 roles').waitFor();
    await importFiles(page, [
      { name: 'a.csv', text: kenyaCsv(5) },
      { name: 'b.csv', text: kenyaCsv(7) },
    ]);
    for (const f of ['a.csv', 'b.csv'])
      await pick(
        page,
        dialog(page)
          .getByRole('region', { name: f })
          .getByRole('button', { name: /"Kenya" is already loaded/ }),
        'Replace it',
      );
    const question = dialog(page).getByRole('button', { name: /2 incoming countries are set to replace "Kenya"/ });
    expect(await question.textContent()).toContain('None: keep them all beside it');
    await pick(page, question, '"Kenya" from a.csv');
    await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => status(page).textContent())
      .toBe(
        'Imported 1 country from a.csv: Kenya. "Kenya" replaced the country of that name. ' +
          'Imported 1 country from b.csv: Kenya (2). "Kenya" joined as "Kenya (2)": "Kenya" from a.csv replaced the loaded one, as chosen.',
      );
    await page.getByRole('button', { name: /Country/ }).click();
    expect(await page.getByRole('option').allTextContents()).toEqual([
      'Japan (JP)',
      'United States (US)',
      'Singapore (SG)',
      'Kenya',
      'Kenya (2)',
    ]);
    await page.keyboard.press('Escape');
    await page.getByText('Kenya — division of X.1060 roles').waitFor();
    expect(await cellLabel(page, 'D-2 ', 'NCSC')).toContain(': 5 of 10');
  });
});
