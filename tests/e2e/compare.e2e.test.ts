import { mkdirSync, readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST_DIR, runAxe, setupChromiumApp, type StaticSite } from './harness';
import { exportChart } from './app-actions';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';

// The comparison view of the production build in real headless Chromium. Expected figures are the
// hand-worked seed values of tests/domain/metrics-seed.test.ts, as the table prints them.
const SHOTS = 'test-results/screenshots';
const app = setupChromiumApp({
  mounts: { '/deep/sub/path/': DIST_DIR },
  contextOptions: { acceptDownloads: true },
  collectPageErrors: true,
});
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const COUNTRIES = ['Japan', 'United States', 'Singapore'];
const CHECKBOXES = ['Japan (JP)', 'United States (US)', 'Singapore (SG)'];

/** Opens the app on the Compare tab. */
async function openCompare(p: Page): Promise<void> {
  await p.goto(site.url);
  await p.getByRole('tab', { name: 'Compare' }).click();
  await p.getByRole('heading', { name: 'Compare countries' }).waitFor();
}

/** The printed value of one metric per country, in COUNTRIES order, NBSP as a space. */
async function column(p: Page, metric: string, countries = COUNTRIES): Promise<string[]> {
  const table = p.getByRole('table', { name: /Per-country metrics|国ごとの指標/ });
  return Promise.all(
    countries.map(async (c) =>
      (
        (await table
          .getByRole('row', { name: new RegExp(`^${c} `) })
          .locator(`td[data-metric="${metric}"] .metric-value`)
          .textContent()) ?? ''
      ).replace(/\u00a0/g, ' '),
    ),
  );
}

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

describe('the comparison view in Chromium', () => {
  it('compares Japan, the United States and Singapore, chosen by hand, with the seed figures', async () => {
    await openCompare(page);
    // Untick the default choice, then choose the three countries one by one, by keyboard.
    for (const name of CHECKBOXES) await page.getByRole('checkbox', { name }).press('Space');
    await page.getByText('Choose at least two countries to compare.').waitFor();
    for (const name of CHECKBOXES) expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(false);
    for (const name of CHECKBOXES) await page.getByRole('checkbox', { name }).press('Space');
    await page.getByRole('group', { name: 'Division of X.1060 roles in 3 countries, on one scale' }).waitFor();
    expect(await page.locator('.small-multiples g[role="img"]').count()).toBe(270);

    expect(await column(page, 'coverage')).toEqual(['100.0 %', '100.0 %', '100.0 %']);
    expect(await column(page, 'meanPlayers')).toEqual(['3.78', '3.33', '2.89']); // 34/9, 30/9, 26/9
    expect(await column(page, 'distinctPlayers')).toEqual(['9', '8', '7']);
    expect(await column(page, 'meanHhi')).toEqual(['0.297', '0.329', '0.333']);
    expect(await column(page, 'governmentShare')).toEqual(['35.5 %', '33.2 %', '45.2 %']); // 102/287, 96/289, 112/248
    expect(await column(page, 'lawEnforcementShare')).toEqual(['7.3 %', '10.0 %', '6.9 %']);
    expect(await column(page, 'privateShare')).toEqual(['49.5 %', '49.1 %', '39.1 %']);
    expect(await column(page, 'academiaShare')).toEqual(['7.7 %', '7.6 %', '8.9 %']);
    expect(await column(page, 'ncscShare')).toEqual(['8.7 %', '22.8 %', '25.4 %']); // 25/287, 66/289, 63/248
    expect(await column(page, 'technicalPrivateShare')).toEqual(['53.8 %', '55.0 %', '43.1 %']); // 121/225, 126/229, 85/197
    expect(await column(page, 'gaps')).toEqual(['0', '0', '0']);
    expect(await column(page, 'singlePoints')).toEqual(['0', '2', '1']);

    const summaries = (await page.getByRole('list', { name: 'Summary' }).getByRole('listitem').allTextContents()).map(
      (s) => s.replace(/\u00a0/g, ' '),
    );
    expect(summaries).toEqual([
      'Japan: Highest mean number of players per row (3.78) of the three; lowest national-agency share (8.7 %) and concentration (0.297).',
      'United States: Highest private share of technical work (55.0 %) and law-enforcement share (10.0 %) of the three; lowest government share (33.2 %).',
      'Singapore: Highest national-agency share (25.4 %) and government share (45.2 %) of the three; lowest private-sector share (39.1 %).',
    ]);
    const pairs = page.getByRole('table', { name: /Cosine similarity/ });
    expect(
      await pairs
        .getByRole('row', { name: /^Japan – United States/ })
        .locator('td[data-metric="similarity"]')
        .textContent(),
    ).toBe('0.777');
    expect(
      await pairs
        .getByRole('row', { name: /^United States – Singapore/ })
        .locator('td[data-metric="similarity"]')
        .textContent(),
    ).toBe('0.752');
    await page.screenshot({ path: `${SHOTS}/compare-en.png`, fullPage: true });
  });

  it('recounts players when the threshold is raised by keyboard, and sorts the table', async () => {
    await openCompare(page);
    const field = page.getByRole('textbox', { name: /Player threshold/ });
    await field.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(() => field.inputValue()).toBe('10');
    await expect.poll(() => column(page, 'coverage')).toEqual(['77.8 %', '88.9 %', '77.8 %']);
    expect(await column(page, 'gaps')).toEqual(['2', '1', '2']);
    const sortButton = page.getByRole('columnheader', { name: /National-agency \(NCSC\) share/ }).getByRole('button');
    await sortButton.focus();
    await page.keyboard.press('Enter');
    expect(
      await page
        .getByRole('table', { name: /Per-country metrics/ })
        .getByRole('rowheader')
        .allTextContents(),
    ).toEqual(['Singapore', 'United States', 'Japan']);
  });

  it('exports the comparison table as CSV, guarded, in the table order', async () => {
    await openCompare(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export table as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('x1060-comparison.csv');
    const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['country', 'threshold', 'rows', 'coverage']);
    expect(lines.slice(1, 4).map((l) => l.split(',')[0])).toEqual(COUNTRIES);
    // The bundled countries are all scored per category: compared as they are.
    expect(lines.slice(1, 4).map((l) => l.split(',')[2])).toEqual(['as-is', 'as-is', 'as-is']);
    const header = lines[0]!.split(',');
    const ncsc = lines.slice(1, 4).map((l) => Number(l.split(',')[header.indexOf('share_ncsc')]));
    expect(ncsc).toEqual([25 / 287, 66 / 289, 63 / 248].map((v) => Math.round(v * 1e6) / 1e6));
    expect(await page.getByRole('status').textContent()).toBe('Exported the comparison table as x1060-comparison.csv.');
  });

  it('exports the side-by-side heatmaps as a standalone SVG and a 2× PNG', async () => {
    await openCompare(page);
    const section = page.getByRole('region', { name: 'Side by side' });
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), exportChart(section, 'Export SVG')]);
    expect(svgDownload.suggestedFilename()).toBe('compare-Japan-United States-Singapore.svg');
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('Division of X.1060 roles in 3 countries, on one scale');
    expect(svg).not.toContain('var(--');
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), exportChart(section, /PNG 2/)]);
    const png = readFileSync(await pngDownload.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(viewBox[1]) * 2, Number(viewBox[2]) * 2]);
  });

  it("keeps each chart's export menu apart from its caption field, level with the field", async () => {
    await openCompare(page);
    for (const name of ['Side by side', 'Metric charts', 'Difference']) {
      const section = page.getByRole('region', { name });
      await section.getByRole('textbox', { name: 'Caption on exports' }).waitFor();
      // Both boxes read in one go, once they stay put (sections are drawn as they come into view).
      const read = () =>
        section.evaluate((el) => {
          const box = (e: Element | null) => {
            const r = e!.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          };
          const menu = [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Export chart'));
          const field = [...el.querySelectorAll('input, textarea')].find((f) =>
            (f.getAttribute('aria-label') ?? (f as HTMLInputElement).labels?.[0]?.textContent ?? '').includes(
              'Caption on exports',
            ),
          );
          return JSON.stringify([box(menu ?? null), box(field ?? null)]);
        });
      let last = '';
      await expect
        .poll(async () => {
          const now = await read();
          const same = now === last;
          last = now;
          return same;
        })
        .toBe(true);
      const [menu, field] = JSON.parse(last) as [Rect, Rect];
      // A new user's trial found Side by side's menu touching the field's label, its bottom above the field's.
      expect(field.x - (menu.x + menu.width), name).toBeGreaterThanOrEqual(8);
      expect(Math.abs(field.y + field.height - (menu.y + menu.height)), name).toBeLessThanOrEqual(4);
    }
  });

  it('draws twelve countries windowed, fills in cells as the chart scrolls, and exports them whole', async () => {
    // 12 countries × 64 services × 12 stakeholders: 9,216 cells, more than are drawn at once.
    const stakeholders = [
      'NCSC',
      'National CSIRT',
      'PSIRT',
      'Private CSIRT',
      'Law enforcement',
      'ISAC',
      'National SOC',
      'Private SOC',
      'Academia',
      'Certificate vendor',
      'Ministry A',
      'Ministry B',
    ];
    const services = X1060_SERVICES.map((x) => x.id);
    const lines = ['country,service,stakeholder,score'];
    for (let c = 0; c < 12; c++)
      services.forEach((sv, r) =>
        stakeholders.forEach((st, k) => lines.push(`Land ${c},${sv},${st},${(c + r + k) % 11}`)),
      );
    await page.route('**/lands.csv', (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv', body: lines.join('\n') }),
    );
    await page.goto(`${site.url}?data=lands.csv`);
    await page.getByText('Land 0 — division of X.1060 roles').waitFor();
    await page.getByRole('tab', { name: 'Compare' }).click();
    for (const name of CHECKBOXES)
      if (await page.getByRole('checkbox', { name }).isChecked())
        await page.getByRole('checkbox', { name }).press('Space');
    for (let c = 0; c < 12; c++) {
      const box = page.getByRole('checkbox', { name: `Land ${c}`, exact: true });
      if (!(await box.isChecked())) await box.press('Space');
    }
    await page.getByRole('group', { name: 'Division of X.1060 roles in 12 countries, on one scale' }).waitFor();
    const cells = page.locator('.small-multiples g[role="img"]');
    const lastPanel = page.locator('.small-multiples g[role="img"][aria-label^="Land 11: "]');
    await expect.poll(() => cells.count()).toBeGreaterThan(100);
    expect(await cells.count()).toBeLessThan(9216 / 2);
    expect(await lastPanel.count()).toBe(0);
    // The chart is drawn full size, wider than its column, and scrolls sideways.
    const scroller = page.locator('.compare-section .chart-scroll').first();
    const widths = await scroller.evaluate((el) => [el.clientWidth, el.scrollWidth]);
    expect(widths[1]).toBeGreaterThan(widths[0]! * 2);
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await scroller.scrollIntoViewIfNeeded();
    await expect.poll(() => lastPanel.count()).toBeGreaterThan(20);
    // The row labels stay at the left edge of the scrolled box.
    const strip = page.locator('.sm-sticky-labels svg');
    const [boxLeft, stripLeft] = await Promise.all([
      scroller.evaluate((el) => el.getBoundingClientRect().left),
      strip.evaluate((el) => el.getBoundingClientRect().left),
    ]);
    expect(Math.abs(stripLeft - boxLeft)).toBeLessThan(1);
    expect(await strip.textContent()).toContain('A-1Risk management');
    // Land 11, A-1 (row 0), NCSC (column 0): (11 + 0 + 0) % 11 = 0.
    expect(await lastPanel.first().getAttribute('aria-label')).toMatch(/^Land 11: A-1 .*NCSC: 0 of 10$/);
    const section = page.getByRole('region', { name: 'Side by side' });
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), exportChart(section, 'Export SVG')]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    // The whole chart (each cell a group of its panel), without the live page's roles and names.
    expect(svg.match(/<g data-kind="[^"]*" data-panel=/g)).toHaveLength(9216);
    expect(svg).not.toMatch(/\srole=|\saria-label=/);
    expect(svg).not.toContain('sm-sticky-labels');
    // Printed, the whole chart is drawn; back on screen, it is windowed again.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => cells.count()).toBe(9216);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => cells.count()).toBeLessThan(9216 / 2);
    // 66 pairs: the first ten are listed until all are asked for.
    const pairs = page.getByRole('table', { name: /Cosine similarity of each pair/ }).locator('tbody tr');
    expect(await pairs.count()).toBe(10);
    await page.getByText('10 of 66 pairs shown.').waitFor();
    await page.getByRole('button', { name: 'Show all 66 pairs' }).click();
    await expect.poll(() => pairs.count()).toBe(66);
    expect(await runAxe(page)).toEqual([]);
  });

  it('shows the gap between "as is" and an imported "to be", marking unknowns', async () => {
    await openCompare(page);
    const toBe = [
      'country,service,stakeholder,score',
      'Japan (to be),A,NCSC,10',
      'Japan (to be),A,National SOC,7',
      'Japan (to be),G,NCSC,8',
      'Japan (to be),H,NCSC,NA',
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'to-be.csv', mimeType: 'text/csv', buffer: Buffer.from(toBe) });
    // Interactive imports open the review dialog first (README: Importing).
    await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Imported 1 country from to-be.csv');
    const diff = page.getByRole('region', { name: 'Difference' });
    await diff.locator('.diff-a').getByRole('button').click();
    await page.getByRole('option', { name: 'Japan (to be)' }).click();
    await diff.locator('.diff-b').getByRole('button').click();
    await page.getByRole('option', { name: 'Japan', exact: true }).click();
    await page.getByRole('group', { name: 'Difference: Japan (to be) − Japan' }).waitFor();
    // The target names A, G and H only, with NCSC and National SOC only: every other cell is absent from it.
    expect(
      await page
        .getByRole('img', { name: /^G Development and maintenance of CDC platforms, NCSC: / })
        .getAttribute('aria-label'),
    ).toBe('G Development and maintenance of CDC platforms, NCSC: Japan (to be) 8, Japan 0, difference +8');
    expect(
      await page.getByRole('img', { name: /^H Support of internal fraud response, NCSC: / }).getAttribute('aria-label'),
    ).toContain('unknown in Japan (to be): not computed');
    expect(
      await page.getByRole('img', { name: /^B Real-time analysis, PSIRT: / }).getAttribute('aria-label'),
    ).toContain('not in Japan (to be)’s table');
    // 3 rows × 2 stakeholders in both: A NCSC 10 = 10, A National SOC 7 = 7, G NCSC 8 > blank, G National SOC
    // blank < 7, H NCSC unknown, H National SOC blank < 5; the other 84 of Japan's 90 cells are absent from the target.
    expect(await diff.locator('.compare-diff-counts').textContent()).toBe(
      'Japan (to be) is higher in 1 cell, Japan in 2; 2 are equal and 0 involve neither. Not computed: 1 unknown, 84 absent.',
    );
  });

  it('speaks Japanese, legibly, when the language is switched', async () => {
    await openCompare(page);
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: '日本語' }).click();
    await page.getByRole('heading', { name: '国の比較' }).waitFor();
    // The bundled countries by their Japanese display names, as on slides (#19).
    expect(await column(page, 'ncscShare', ['日本', '米国', 'シンガポール'])).toEqual(['8.7%', '22.8%', '25.4%']);
    expect(await page.getByRole('list', { name: '要約' }).getByRole('listitem').nth(2).textContent()).toBe(
      'シンガポール：3 か国中、国家機関の比率（25.4%）、政府の比率（45.2%）が最も高く、民間の比率（39.1%）が最も低い。',
    );
    expect(await page.getByRole('columnheader', { name: /技術的業務/ }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/compare-ja.png`, fullPage: true });
  });

  it('prints the charts and tables without the choosing controls', async () => {
    await openCompare(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.compare-controls').isVisible()).toBe(false);
    expect(
      await page.getByRole('group', { name: 'Division of X.1060 roles in 3 countries, on one scale' }).isVisible(),
    ).toBe(true);
    // The threshold the figures depend on is still printed, in the table captions.
    expect(
      await page
        .getByRole('table', { name: /Per-country metrics/ })
        .locator('caption')
        .textContent(),
    ).toMatch(/player threshold 5\./);
    // What to do with a pointer is not printed (a trial's PDF said "Select a column heading to sort.").
    expect(await page.locator('.sort-hint').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.sort-hint').first().textContent()).toBe('Select a column heading to sort.');
    expect(await page.locator('.sort-hint').first().isVisible()).toBe(true);
    expect(await page.locator('.compare-controls').isVisible()).toBe(true);
  });

  it("reaches each table's definitions by keyboard: the button opens them and moves the focus there", async () => {
    await openCompare(page);
    const details = page.locator('details.compare-definitions');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    for (const [group, term] of [
      ['Per country', 'The share of rows with at least one player'],
      ['Per pair of countries', 'The cosine of the two countries'],
      ['Per row (service or category)', 'Herfindahl'],
    ] as const) {
      await page.getByRole('button', { name: `Definitions: ${group}` }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(group);
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.locator(':focus').textContent()).toContain(term);
      expect(await page.locator(':focus').isVisible()).toBe(true);
    }
  });

  it('has no axe-core violations, with the definitions open', async () => {
    await openCompare(page);
    await page.getByText('How the metrics are computed').click();
    await page.getByRole('heading', { name: 'Per country', exact: true }).waitFor();
    expect(await runAxe(page)).toEqual([]);
  });
});
