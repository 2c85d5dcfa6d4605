import { beforeEach, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { setupChromiumApp, type StaticSite } from './harness';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { exportChart } from './app-actions';

// Compare lines a country scored per service (64 rows) up with the bundled per-category ones.
const app = setupChromiumApp({
  viewport: { width: 1280, height: 720 },
  collectPageErrors: true,
  contextOptions: { acceptDownloads: true },
});
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const STAKEHOLDERS = ['NCSC', 'National CSIRTs', 'PSIRT', 'Private CSIRTs', 'LE/Justice', 'ISAC', 'National SOC'];

/** Kenya: the 64 services × 7 standard stakeholders, scores 0–10 in a fixed pattern. */
function kenyaCsv(): string {
  const lines = ['country,service,stakeholder,score'];
  X1060_SERVICES.forEach((s, r) =>
    STAKEHOLDERS.forEach((st, k) => lines.push(`Kenya,${s.id},${st},${(r + 3 * k) % 11}`)),
  );
  return lines.join('\n');
}

/** Opens Compare on Kenya (from a ?data= link) and bundled Japan only. */
async function openKenyaAndJapan(p: Page): Promise<void> {
  await p.route('**/kenya.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: kenyaCsv() }));
  await p.goto(`${site.url}?data=kenya.csv`);
  await p.getByText('Kenya — division of X.1060 roles').waitFor();
  await p.getByRole('tab', { name: 'Compare' }).click();
  for (const name of ['United States (US)', 'Singapore (SG)'])
    if (await p.getByRole('checkbox', { name }).isChecked()) await p.getByRole('checkbox', { name }).press('Space');
  for (const name of ['Japan (JP)', 'Kenya'])
    if (!(await p.getByRole('checkbox', { name, exact: true }).isChecked()))
      await p.getByRole('checkbox', { name, exact: true }).press('Space');
  await p.getByRole('group', { name: 'Division of X.1060 roles in 2 countries, on one scale' }).waitFor();
}

const similarity = (p: Page) =>
  p
    .getByRole('table', { name: /Cosine similarity of each pair/ })
    .locator('td[data-metric="similarity"]')
    .first();

describe('Compare rolls a 64-service country up beside per-category ones', () => {
  it('rolls up by default: a similarity, nine aligned rows, and a sentence under every chart', async () => {
    await openKenyaAndJapan(page);
    expect(await similarity(page).textContent()).toMatch(/^(0|1)\.\d{3}$/);
    // 9 categories × 10 stakeholders × 2 panels: no dashed 64-row strip.
    expect(await page.locator('.small-multiples g[role="img"]').count()).toBe(180);
    const notes = page.locator('.compare-granularity');
    // Side by side, metrics table, metric charts, per row, pairs, difference.
    expect(await notes.count()).toBe(6);
    for (const text of await notes.allTextContents())
      expect(text).toContain('rolled up by the maximum of each category’s services');
    expect(await page.locator('.compare-caveat').count()).toBe(0);
    const counts = await page.locator('.compare-diff-counts').textContent();
    expect(counts).toMatch(/Not computed: 0 unknown, \d+ absent\.$/);
    expect(counts).not.toMatch(/ 0 cells, .* in 0;/);
  });

  it('compares them as they are when asked, with a caveat on unlike rows, and by the mean', async () => {
    await openKenyaAndJapan(page);
    const chooser = page.locator('.compare-granularity-select').getByRole('button');
    await chooser.click();
    await page.getByRole('option', { name: 'As each country scored them' }).click();
    await expect.poll(() => similarity(page).textContent()).toBe('—');
    const caveat = page.getByRole('note').first();
    expect(await caveat.textContent()).toContain('different numbers of rows (Japan 9, Kenya 64)');
    await chooser.click();
    await page.getByRole('option', { name: 'Per X.1060 category' }).click();
    await page.locator('.compare-rollup').getByRole('button').click();
    await page.getByRole('option', { name: 'Mean', exact: true }).click();
    await expect.poll(() => page.locator('.compare-granularity').first().textContent()).toContain('by the mean');
    expect(await similarity(page).textContent()).toMatch(/^(0|1)\.\d{3}$/);
  });

  it('says so in every exported chart and in the exported table, which leave the page without its notes', async () => {
    await openKenyaAndJapan(page);
    const read = async (download: Promise<Download>) => readFileSync(await (await download).path(), 'utf8');
    for (const name of ['Side by side', 'Metric charts', 'Difference']) {
      const section = page.getByRole('region', { name });
      const download = page.waitForEvent('download');
      await exportChart(section, 'Export SVG');
      const svg = await read(download);
      expect(svg, name).toContain('rolled up by the maximum of each category’s services');
      expect(svg, name).toContain('Made with X.1060 roles');
    }
    // On screen the sentence is said once under each chart, not again in its source lines.
    await expect.poll(() => page.locator('.figure-source-note').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.figure-source-note').allTextContents()).not.toContainEqual(
      expect.stringContaining('rolled up'),
    );
    const download = page.waitForEvent('download');
    await page
      .getByRole('region', { name: 'Metrics per country' })
      .getByRole('button', { name: 'Export table as CSV' })
      .click();
    const [header, ...lines] = (await read(download)).trim().split('\r\n');
    const col = header!.split(',').indexOf('rows');
    expect(col).toBe(2);
    expect(lines.map((l) => l.split(',')[col])).toEqual(['per-category-max', 'per-category-max']);
  });

  it('keeps the roll-up on the comparison slide', async () => {
    await openKenyaAndJapan(page);
    await page.getByRole('button', { name: 'Deck (0)' }).click();
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await page.getByRole('button', { name: 'Deck (1)' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const slide = page.locator('section[aria-roledescription="slide"]');
    await slide.locator('.small-multiples').waitFor();
    // Two countries of 9 × 10 cells, on one slide or on the parts it continues on (1280 × 720: one country a part).
    const n = Number((await slide.getAttribute('data-slide-part'))?.split('/')[1] ?? 1);
    let cells = 0;
    for (let k = 1; k <= n; k++) {
      if (k > 1) await page.keyboard.press('ArrowRight');
      if (n > 1) await expect.poll(() => slide.getAttribute('data-slide-part')).toBe(`${k}/${n}`);
      cells += await slide.locator('.small-multiples g[role="img"]').count();
    }
    expect(cells).toBe(180);
    expect(await slide.locator('.presenter-caption').textContent()).toContain('Rows per X.1060 category');
  });
});
