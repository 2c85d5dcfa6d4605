// Excel in and out (#20), in Chromium: a workbook through the file input and the review (a choice per
// sheet, hidden sheets off, errors blocking their sheet alone, named by cell), Export Excel, and the
// download imported again; a ?data= link to a workbook; CSV for Excel.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST_DIR, setupChromiumApp, type StaticSite } from './harness';
import { chooseFromMenu } from './app-actions';

const app = setupChromiumApp({
  mounts: { '/app/': DIST_DIR, '/files/': 'tests/fixtures' },
  contextOptions: { acceptDownloads: true },
  collectPageErrors: true,
});
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const status = (p: Page) => p.getByRole('status');
const dialog = (p: Page) => p.getByRole('dialog');

/** A workbook of two countries (one with a note), a sheet with an error and a hidden sheet, written by exceljs. */
async function twoCountries(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ke = wb.addWorksheet('Kenya');
  ke.addRows([
    ['Service', 'NCSC', 'National CSIRT', 'Ministry of ICT'],
    ['A', 10, 4, '?'],
    ['D-2', 3, 9, 2.5],
  ]);
  ke.getCell('C3').note = 'Leads incident handling';
  const gh = wb.addWorksheet('Ghana');
  gh.addRows([
    ['Service', 'NCSC', 'PSIRT'],
    ['B', 7, 0],
  ]);
  const bad = wb.addWorksheet('Togo');
  bad.addRows([
    ['Service', 'NCSC'],
    ['A', 12],
  ]);
  const hidden = wb.addWorksheet('Draft', { state: 'hidden' });
  hidden.addRows([
    ['Service', 'NCSC'],
    ['A', 1],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The lines of one country in the long CSV that Export CSV downloads, without the country. */
async function exportedLines(p: Page, country: string): Promise<string[]> {
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    p.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
  return lines.filter((l) => l.startsWith(`${country},`)).map((l) => l.slice(country.length));
}

describe('Excel workbooks in Chromium', () => {
  it('imports the sheets chosen in the review, exports Excel and reads the download back the same', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'west-east.xlsx', mimeType: XLSX, buffer: await twoCountries() });
    const review = dialog(page);
    await review.getByRole('checkbox', { name: 'Import sheet “Kenya”' }).waitFor();
    expect(await review.getByRole('checkbox', { name: 'Import sheet “Kenya”' }).isChecked()).toBe(true);
    expect(await review.getByRole('checkbox', { name: 'Import sheet “Ghana”' }).isChecked()).toBe(true);
    // The hidden sheet is listed, and off.
    expect(await review.getByRole('checkbox', { name: 'Import sheet “Draft”' }).isChecked()).toBe(false);
    // The sheet with an error is blocked alone, its cell named as Excel users say it.
    await review.getByText('sheet "Togo", cell B2 (A × NCSC)').waitFor();
    await review.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toContain('Kenya');
    const text = (await status(page).textContent()) ?? '';
    expect(text).toContain('Ghana');
    expect(text).not.toContain('Draft');
    const kenya = await exportedLines(page, 'Kenya');
    expect(kenya.slice(0, 3)).toEqual([',A,NCSC,10,', ',A,National CSIRT,4,', ',A,Ministry of ICT,NA,']);
    expect(kenya).toContain(',D-2,National CSIRT,9,Leads incident handling');

    // Export Excel: its accessible name contains "Excel".
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chooseFromMenu(page, 'More exports', /Excel \(\.xlsx\)/),
    ]);
    expect(download.suggestedFilename()).toBe('x1060-roles.xlsx');
    const bytes = readFileSync(await download.path());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Japan',
      'United States',
      'Singapore',
      'Kenya',
      'Ghana',
      'long',
      'metrics',
      'sources',
    ]);
    await expect.poll(() => status(page).textContent()).toContain('as an Excel workbook (x1060-roles.xlsx)');

    // The download imported again: Kenya comes back as "Kenya (2)" with the same cells and note.
    await page.locator('input[type=file]').setInputFiles({ name: 'x1060-roles.xlsx', mimeType: XLSX, buffer: bytes });
    await dialog(page).getByRole('checkbox', { name: 'Import sheet “long”' }).waitFor();
    expect(await dialog(page).getByRole('checkbox', { name: 'Import sheet “long”' }).isChecked()).toBe(false);
    await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => status(page).textContent()).toContain('Kenya (2)');
    expect(await exportedLines(page, 'Kenya (2)')).toEqual(kenya);
    expect(await exportedLines(page, 'Japan (2)')).toEqual(await exportedLines(page, 'Japan'));
  });

  it('reads a workbook named in a ?data= link: its visible sheets, not the hidden one', async () => {
    await page.goto(`${site.url}?data=${encodeURIComponent(`${site.origin}/files/xlsx/kenya-japan.xlsx`)}`);
    await expect.poll(() => status(page).textContent()).toContain('Kenya');
    const lines = await exportedLines(page, 'Kenya');
    expect(lines).toContain(',D-2,National CSIRT,NA,Not published');
    expect(await exportedLines(page, '日本')).toContain(',A,NCSC,5,');
    expect(await exportedLines(page, 'Draft')).toEqual([]);
  });

  it('writes CSV for Excel with a byte-order mark, and Export CSV without one', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    const [forExcel] = await Promise.all([
      page.waitForEvent('download'),
      chooseFromMenu(page, 'More exports', 'CSV for Excel'),
    ]);
    expect(forExcel.suggestedFilename()).toBe('x1060-roles-excel.csv');
    const withBom = readFileSync(await forExcel.path());
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [plain] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync(await plain.path());
    expect(withBom.subarray(3).equals(csv)).toBe(true);
    expect(csv.toString('utf8')).toContain('\r\n');
  });
});
