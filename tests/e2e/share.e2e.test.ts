import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST_DIR, setupChromiumApp, type StaticSite } from './harness';

// Links reproduce a view: copy the address, open it in a fresh page, find the same view; Back/Forward work.
const app = setupChromiumApp({ mounts: { '/deep/sub/path/': DIST_DIR, '/files/': 'tests/fixtures' } });
let site: StaticSite, context: BrowserContext, page: Page;
beforeEach(() => {
  ({ site, context, page } = app);
});

const chooseOption = async (p: Page, label: string, option: string) => {
  await p
    .locator('.select', { has: p.locator('.select-label', { hasText: new RegExp(`^${label}$`) }) })
    .getByRole('button')
    .click();
  await p.getByRole('option', { name: option, exact: true }).click();
};
const selectValue = (p: Page, label: string) =>
  p
    .locator('.select', { has: p.locator('.select-label', { hasText: new RegExp(`^${label}$`) }) })
    .getByRole('button')
    .textContent();
const query = (p: Page) => new URL(p.url()).searchParams;

describe('links that reproduce a view', () => {
  it('opens a copied link in a new page on the same country, options and language', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await chooseOption(page, 'Country', 'Singapore (SG)');
    await chooseOption(page, 'Columns', 'By total score');
    await chooseOption(page, 'Sort rows', 'Total score');
    await chooseOption(page, 'Palette', 'Projector (high contrast)');
    await page.getByRole('textbox', { name: 'Fade cells below' }).fill('4');
    await page.getByRole('textbox', { name: 'Fade cells below' }).press('Enter');
    await chooseOption(page, 'Language', '日本語');
    await page.getByText('シンガポール — X.1060の役割分担').waitFor();
    await expect.poll(() => query(page).get('lang')).toBe('ja');
    const q = query(page);
    expect(q.get('country')).toBe('bundled:singapore.csv');
    expect(q.get('palette')).toBe('projector');
    expect(q.get('hm.threshold')).toBe('4');
    expect(q.get('hm.rows')).toBe('total');
    expect(q.get('hm.cols')).toBe('total');
    const link = page.url();

    const other = await context.newPage();
    await other.goto(link);
    await other.getByText('シンガポール — X.1060の役割分担').waitFor();
    expect(
      await other.locator('[role="gridcell"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
    ).toEqual(
      await page.locator('[role="gridcell"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
    );
    expect(await selectValue(other, '配色')).toContain('プロジェクター');
    expect(await other.getByRole('textbox', { name: 'これ未満を薄く表示' }).inputValue()).toBe('4');
    expect(await other.locator('[role="gridcell"][opacity="0.22"]').count()).toBe(
      await page.locator('[role="gridcell"][opacity="0.22"]').count(),
    );
    expect(other.url()).toBe(link);
  });

  it('opens a copied Compare link on the same countries, threshold, sort and figures', async () => {
    await page.goto(site.url);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'Compare countries' }).waitFor();
    // The first three loaded are compared by default: untick Japan to leave two.
    await page.getByRole('checkbox', { name: 'Japan (JP)' }).press('Space');
    await page.getByRole('group', { name: 'Division of X.1060 roles in 2 countries, on one scale' }).waitFor();
    await page.getByRole('textbox', { name: 'Player threshold (score ≥)' }).fill('7');
    await page.getByRole('textbox', { name: 'Player threshold (score ≥)' }).press('Enter');
    await page.getByRole('table', { name: /at player threshold 7\./ }).waitFor();
    await page.getByRole('button', { name: /^Coverage/ }).click();
    await expect.poll(() => query(page).get('cmp.sort')).toBe('coverage:desc');
    const q = query(page);
    expect([q.get('view'), q.get('cmp.threshold')]).toEqual(['compare', '7']);
    expect(q.get('cmp.ids')?.split(',').map(decodeURIComponent)).toEqual([
      'bundled:united-states.csv',
      'bundled:singapore.csv',
    ]);
    const link = page.url();

    const other = await context.newPage();
    await other.goto(link);
    await other.getByRole('group', { name: 'Division of X.1060 roles in 2 countries, on one scale' }).waitFor();
    for (const p of [page, other]) {
      expect(await p.getByRole('checkbox', { name: 'Japan (JP)' }).isChecked()).toBe(false);
      expect(await p.getByRole('checkbox', { name: 'United States (US)' }).isChecked()).toBe(true);
      expect(await p.getByRole('checkbox', { name: 'Singapore (SG)' }).isChecked()).toBe(true);
    }
    expect(await other.getByRole('textbox', { name: 'Player threshold (score ≥)' }).inputValue()).toBe('7');
    const figures = (p: Page) =>
      p
        .getByRole('table', { name: /at player threshold 7\./ })
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.textContent));
    const shown = await figures(page);
    expect(shown).toHaveLength(2);
    expect(await figures(other)).toEqual(shown);
    expect(await other.getByRole('columnheader', { name: /^Coverage/ }).getAttribute('aria-sort')).toBe('descending');
    expect(other.url()).toBe(link);
  });

  it('opens a copied Sankey link with the same direction, minimum score and flows', async () => {
    await page.goto(site.url);
    await page.getByRole('tab', { name: 'Sankey' }).click();
    await page.getByRole('button', { name: 'Show as table' }).click();
    const flows = (p: Page) =>
      p.getByRole('table', { name: 'Japan: flows of the Sankey diagram' }).getByRole('row').allTextContents();
    await page.getByRole('table', { name: 'Japan: flows of the Sankey diagram' }).waitFor();
    const plain = await flows(page);
    expect(plain.length).toBeGreaterThan(1);
    await chooseOption(page, 'Direction', 'Stakeholders → services');
    await page.getByRole('textbox', { name: 'Minimum score' }).fill('6');
    await page.getByRole('textbox', { name: 'Minimum score' }).press('Enter');
    await expect.poll(() => query(page).get('sk.min')).toBe('6');
    const q = query(page);
    expect([q.get('view'), q.get('sk.direction'), q.get('sk.table')]).toEqual(['sankey', 'reverse', '1']);
    const link = page.url();

    const other = await context.newPage();
    await other.goto(link);
    await other.getByRole('table', { name: 'Japan: flows of the Sankey diagram' }).waitFor();
    expect(await selectValue(other, 'Direction')).toContain('Stakeholders → services');
    expect(await other.getByRole('textbox', { name: 'Minimum score' }).inputValue()).toBe('6');
    const shown = await flows(page);
    // The options changed the flows, so equal tables mean the link carried them.
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).not.toEqual(plain);
    expect(await flows(other)).toEqual(shown);
    expect(other.url()).toBe(link);
  });

  it('keeps every ?data= link in place and reproduces the imported country', async () => {
    const data = '../../../files/seed/japan.tsv';
    await page.goto(`${site.url}?data=${encodeURIComponent(data)}`);
    await page.getByText('japan — division of X.1060 roles').waitFor();
    await expect.poll(() => query(page).get('country')).toBe('user:japan');
    expect(query(page).getAll('data')).toEqual([data]);
    expect([...query(page).keys()][0]).toBe('data');
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByText('japan — division of X.1060 roles').waitFor();
    await expect.poll(() => other.url()).toBe(page.url());
  });

  it('goes back and forward through countries and views', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await chooseOption(page, 'Country', 'United States (US)');
    await page.getByText('United States — division of X.1060 roles').waitFor();
    await page.getByRole('tab', { name: 'Sankey' }).click();
    await expect.poll(() => query(page).get('view')).toBe('sankey');

    await page.goBack();
    await expect.poll(() => page.getByRole('tab', { name: 'Heatmap' }).getAttribute('aria-selected')).toBe('true');
    await page.getByText('United States — division of X.1060 roles').waitFor();
    await page.goBack();
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    expect(query(page).get('country')).toBe('bundled:japan.csv');
    await page.goForward();
    await page.getByText('United States — division of X.1060 roles').waitFor();
    await page.goForward();
    await expect.poll(() => page.getByRole('tab', { name: 'Sankey' }).getAttribute('aria-selected')).toBe('true');
  });
});
