import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';
import { countryNames } from './app-actions';

// Encodings and huge headers in the production build, in real Chromium (files of 256 KB or more are read in a worker).
const app = setupChromiumApp();
let site: StaticSite, page: Page;
beforeEach(async () => {
  ({ site, page } = app);
  await page.goto(site.url);
  await page.getByText('Japan — division of X.1060 roles').waitFor();
});

const dialog = (p: Page) => p.getByRole('dialog');
const countries = countryNames;
const pick = (p: Page, name: string, buffer: Buffer) =>
  p.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer });
/** A wide file of n custom stakeholders and two rows. */
const wide = (n: number) => {
  const names = Array.from({ length: n }, (_, i) => `Org ${i}`);
  return Buffer.from(
    [
      `Service,${names.join(',')}`,
      `A,${names.map((_, i) => i % 11).join(',')}`,
      `B,${names.map(() => '').join(',')}`,
    ].join('\r\n') + '\r\n',
  );
};

describe('encodings in Chromium', () => {
  it('imports a Windows-1252 file with México and Côte d’Ivoire exactly', async () => {
    // Node's latin1 writes each character as its one ISO-8859-1 byte.
    const bytes = Buffer.from(
      "country,service,stakeholder,score\r\nMéxico,D-2,NCSC,9\r\nCôte d'Ivoire,A,NCSC,3\r\n",
      'latin1',
    );
    expect(bytes.includes(0xe9)).toBe(true);
    await pick(page, 'latin.csv', bytes);
    await dialog(page)
      .getByRole('button', { name: /Detected: Windows-1252 \/ ISO-8859-1 \(Latin-1\)/ })
      .waitFor();
    await dialog(page).getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe("Imported 2 countries from latin.csv: México, Côte d'Ivoire.");
    const names = await countries(page);
    expect(names).toContain('México');
    expect(names).toContain("Côte d'Ivoire");
  });
});

describe('huge headers in Chromium', () => {
  it('reviews a 2,000-stakeholder file with a bounded DOM and imports it', async () => {
    await pick(page, 'Wide.csv', wide(2000));
    await dialog(page)
      .getByText('… and 1,950 more, not listed one by one: 1,950 read as custom stakeholders.')
      .waitFor();
    // Before: ~60,000 nodes (2,000 pickers and 2,000 warnings).
    expect(await dialog(page).evaluate((d) => d.querySelectorAll('*').length)).toBeLessThan(2500);
    expect(await dialog(page).getByRole('rowheader').count()).toBe(50);
    expect(await dialog(page).locator('.problem').count()).toBe(50);
    await dialog(page).getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^Imported 1 country from Wide\.csv: Wide\. 2000 warnings/);
  });

  it('refuses a file of 100,000 columns with an error naming line 1 (it overflowed the stack)', async () => {
    await pick(page, 'huge.csv', wide(100_000));
    await dialog(page).locator('.problem-error').first().waitFor({ timeout: 30_000 });
    expect(await dialog(page).locator('.problem-error').allTextContents()).toEqual([
      'Error line 1: line 1 has 100,001 columns; the limit is 20,000: split the file, or use the long format (one line per cell)',
    ]);
  });
});
