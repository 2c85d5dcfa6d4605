import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';
import { countryNames } from './app-actions';

// Bad workspace files never reach the app (issue #14 item 5), in the production build and real Chromium.
const app = setupChromiumApp({ collectPageErrors: true });
let site: StaticSite, page: Page;
beforeEach(async () => {
  ({ site, page } = app);
  await page.goto(site.url);
  await page.getByText('Japan — division of X.1060 roles').waitFor();
});

const dialog = (p: Page) => p.getByRole('dialog');
const countries = countryNames;

/** A workspace file of one country, "Evil", whose row A has this row note. */
const workspace = (rowNote: unknown) =>
  Buffer.from(
    JSON.stringify({
      format: 'x1060-roles-workspace',
      version: 1,
      matrices: [
        {
          id: 'user:Evil',
          country: 'Evil',
          rows: [
            { key: 'A', x1060Id: 'A', label: 'A' },
            { key: 'B', x1060Id: 'B', label: 'B' },
          ],
          stakeholders: [{ key: 'ncsc', name: 'NCSC', typeId: 'ncsc', sector: 'government' }],
          cells: [[10], [4]],
          rowNotes: { A: rowNote },
          provenance: { source: 'hand-made' },
        },
      ],
    }),
  );

describe('JSON workspace validation in Chromium', () => {
  it("refuses the issue's hostile file in the review with the path of the bad value, and Import does not load it", async () => {
    const before = await countries(page);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: workspace({ evil: 1 }) });
    await dialog(page).locator('.review-verdict', { hasText: 'Cannot be imported' }).waitFor();
    expect(await dialog(page).locator('.problem-error').allTextContents()).toEqual([
      'Error matrices[0].rowNotes.A: expected text',
    ]);
    await dialog(page).getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Could not import evil.json: 1 error. matrices[0].rowNotes.A: expected text');
    expect(await countries(page)).toEqual(before);
    // The page still works: a cell's tooltip opens on the country that was there.
    await page.locator('[role="gridcell"]').first().hover();
    await page.getByRole('tooltip').waitFor();
  });

  it('imports the same file when the row note is text, and shows the note as text in the tooltip', async () => {
    await page.locator('input[type=file]').setInputFiles({
      name: 'ok.json',
      mimeType: 'application/json',
      buffer: workspace('<img src=x onerror=alert(1)> see https://example.org'),
    });
    await dialog(page).getByText('No problems found.').waitFor();
    await dialog(page).getByRole('button', { name: 'Import' }).click();
    await page.getByText('Evil — division of X.1060 roles').waitFor();
    await page.locator('[role="gridcell"][aria-label^="A "]').first().hover();
    await expect
      .poll(() => page.getByRole('tooltip').textContent())
      .toContain('<img src=x onerror=alert(1)> see https://example.org');
    expect(await page.locator('[role="tooltip"] img').count()).toBe(0);
  });
});
