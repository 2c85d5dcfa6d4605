import { rgb } from 'd3-color';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runAxe, setupChromiumApp, type StaticSite } from './harness';
import { exportChart } from './app-actions';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { scoreColorScale } from '../../src/charts/color-scales';

const app = setupChromiumApp({ contextOptions: { acceptDownloads: true } });
let site: StaticSite, context: BrowserContext, page: Page;
beforeEach(async () => {
  ({ site, context, page } = app);
  await page.goto(site.url);
  await page.getByText('Japan — division of X.1060 roles').waitFor();
});

const focused = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

interface Box {
  readonly y: number;
  readonly height: number;
}
/**
 * The tooltip's and the focused cell's boxes, read in one go in the page once both show and stay put: two
 * separate reads could each see a different render (CI once got a tooltip replaced between them: no box).
 */
async function tipAndCell(p: Page): Promise<[Box, Box]> {
  const read = () =>
    p.evaluate(() => {
      const tipEl = document.querySelector('[role="tooltip"]');
      const cell = document.querySelector('[role="gridcell"]:focus');
      if (!tipEl || !cell) return null;
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { y: r.y, height: r.height };
      };
      return [box(tipEl), box(cell)] as [Box, Box];
    });
  // Twice the same in a row: the tooltip has settled where it stays.
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await read());
      const settled = now !== 'null' && now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  return JSON.parse(last) as [Box, Box];
}
const chooseOption = async (p: Page, label: string, option: string) => {
  await p
    .locator('.select', { has: p.locator('.select-label', { hasText: new RegExp(`^${label}$`) }) })
    .getByRole('button')
    .click();
  await p.getByRole('option', { name: option, exact: true }).click();
};

/** A long CSV scoring all 64 services for two stakeholders, with one note and one unknown. */
function serviceCsv(): string {
  const lines = ['country,service,stakeholder,score,note'];
  X1060_SERVICES.forEach((s, i) => {
    lines.push(`Ruritania,${s.id},NCSC,${i % 11},${s.id === 'D-2' ? 'Leads by statute' : ''}`);
    lines.push(`Ruritania,${s.id},Private SOC,${s.id === 'B-1' ? 'NA' : (i * 3) % 11},`);
  });
  return lines.join('\n');
}

describe('heatmap in Chromium', () => {
  it('moves between cells with the keyboard, announcing each and showing its tooltip', async () => {
    // One tab stop (roving tabindex): the first cell; the others are reached by the keys or a click.
    expect(await page.locator('svg.heatmap [tabindex]:not([tabindex="-1"])').count()).toBe(1);
    await page.locator('svg.heatmap [tabindex="0"]').focus();
    expect(await focused(page)).toBe('A Strategic management of CDC, NCSC: 10 of 10');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('B Real-time analysis, National CSIRTs: blank = not involved');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('B Real-time analysis, Certificate Vendor: blank = not involved');
    await page.keyboard.press('Control+End');
    expect(await focused(page)).toBe(
      'I Active relationship with external parties, Certificate Vendor: blank = not involved',
    );
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('I Active relationship with external parties, NCSC: 5 of 10');
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.textContent()).toContain('Active relationship with external parties');
    expect(await tip.textContent()).toContain('外部組織との積極的連携');
    expect(await tip.textContent()).toContain('5 of 10');
    // Near the bottom of the window the tooltip opens above its cell, never below the fold. (A short window:
    // in a 720 px one the whole 9-row chart fits, and row I cannot be scrolled down to the bottom edge.)
    await page.setViewportSize({ width: 1280, height: 480 });
    // Scroll so that the focused cell (row I) sits 40 px above the bottom edge, then show its tooltip again.
    await page.evaluate(() =>
      window.scrollBy(0, document.activeElement!.getBoundingClientRect().bottom - (window.innerHeight - 40)),
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(
      await page.evaluate(() => window.innerHeight - document.activeElement!.getBoundingClientRect().bottom),
    ).toBeLessThan(60);
    const [tipBox, cellBox] = await tipAndCell(page);
    expect(tipBox.y + tipBox.height).toBeLessThanOrEqual(480);
    expect(tipBox.y + tipBox.height <= cellBox.y + 1 || tipBox.y >= cellBox.y + cellBox.height - 1).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe('I Active relationship with external parties');
    expect(await page.locator('svg.heatmap [tabindex="0"]').count()).toBe(1);
    // A click on a cell focuses it (one handler on the grid) and moves the tab stop there.
    await page.locator('[role="gridcell"][aria-label^="C Deep analysis, National CSIRTs"]').click();
    expect(await focused(page)).toMatch(/^C Deep analysis, National CSIRTs: /);
    expect(await page.locator('svg.heatmap [tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toMatch(/^C Deep analysis, NCSC: /);
  });

  it("shows the last row's tooltip whole, above its cell, when the chart's box has no room below", async () => {
    // 1280 × 720: the chart's scroll box ends just under row I, and clipped the tooltip after its column's name.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('svg.heatmap [tabindex="0"]').focus();
    await page.keyboard.press('Control+End');
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.textContent()).toContain('Not involved');
    const box = await page.evaluate(() => {
      let p = document.querySelector('svg.heatmap')!.parentElement;
      while (p && getComputedStyle(p).overflowY === 'visible') p = p.parentElement;
      const r = p!.getBoundingClientRect();
      return { top: r.top, bottom: Math.min(r.bottom, window.innerHeight) };
    });
    const [tipBox, cellBox] = await tipAndCell(page);
    expect(tipBox.y + tipBox.height).toBeLessThanOrEqual(box.bottom + 0.5);
    expect(tipBox.y).toBeGreaterThanOrEqual(box.top - 0.5);
    expect(tipBox.y + tipBox.height).toBeLessThanOrEqual(cellBox.y + 1);
  });

  it('shows the same data as an accessible table', async () => {
    await page.getByRole('button', { name: 'Show as table' }).click();
    const table = page.getByRole('table');
    expect(await table.locator('tbody tr').count()).toBe(9);
    const row = table.locator('tbody tr').nth(2);
    expect(await row.locator('th').textContent()).toBe('C Deep analysis');
    expect(await row.locator('td').allTextContents()).toEqual(['5', '8', '10', '10', '', '', '', '8', '10', '', '51']);
    expect(await runAxe(page)).toEqual([]);
  });

  it('rolls a 64-service matrix up to 9 categories, expands one in place, and shows notes and unknowns', async () => {
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'ruritania.csv', mimeType: 'text/csv', buffer: Buffer.from(serviceCsv()) });
    // Interactive imports open the review dialog first (README: Importing).
    await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
    await page.getByText('Ruritania — division of X.1060 roles').waitFor();
    expect(await page.locator('[role="gridcell"]').count()).toBe(128);
    await chooseOption(page, 'Show', 'Per category (roll-up)');
    expect(await page.locator('[role="gridcell"]').count()).toBe(18);
    // A-1…A-13 score i % 11 for i = 0…12: the maximum is 10.
    expect(await page.locator('[role="gridcell"]').first().getAttribute('aria-label')).toBe(
      'A Strategic management of CDC, NCSC: 10 of 10',
    );
    expect(await page.getByText(/Categories rolled up by the maximum/).count()).toBe(1);
    await page.locator('[role="rowheader"][aria-label^="D "]').click();
    expect(await page.locator('[role="gridcell"]').count()).toBe(18 + 14);
    expect(await page.locator('[role="rowheader"][aria-label^="D "]').getAttribute('aria-expanded')).toBe('true');
    await page.locator('[role="gridcell"][aria-label^="D-2 Incident handling, NCSC"]').hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('Leads by statute');
    await chooseOption(page, 'Roll-up', 'Mean');
    const b = await page
      .locator('[role="gridcell"][aria-label^="B Real-time analysis, Private SOC"]')
      .getAttribute('aria-label');
    // B-1 is unknown and left out; B-2…B-4 (i = 14…16) score 42 % 11 = 9, 45 % 11 = 1, 48 % 11 = 4: mean 14/3.
    expect(b).toBe(`B Real-time analysis, Private SOC: ${14 / 3} of 10`);
  });

  it('switches to the projector palette and fades cells below a threshold', async () => {
    await chooseOption(page, 'Palette', 'Projector (high contrast)');
    // The colour drawn: a scored cell takes it from its value class (the palette is a custom property).
    const rect = page.locator('[role="gridcell"]').first().locator('rect');
    const fill = await rect.evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toBe(rgb(scoreColorScale('projector')(10)).toString());
    await page.getByRole('textbox', { name: 'Fade cells below' }).fill('6');
    await page.getByRole('textbox', { name: 'Fade cells below' }).press('Enter');
    expect(
      await page
        .locator('[role="gridcell"][aria-label^="A Strategic"][aria-label*="Certificate"]')
        .getAttribute('opacity'),
    ).toBe('0.22');
    expect(await page.locator('[role="gridcell"]').first().getAttribute('opacity')).toBeNull();
    expect(await page.getByText('Cells scoring below 6 are faded.').count()).toBe(1);
  });

  it('exports exactly what is on screen as SVG and as PNG at 1× and 4×', async () => {
    const viewBox = (await page.locator('svg.heatmap').getAttribute('viewBox'))!.split(' ').map(Number);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), exportChart(page, 'Export SVG')]);
    expect(svgDownload.suggestedFilename()).toBe('Japan-heatmap.svg');
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    // The chart as on screen, with its source lines added under it (the file is that much taller).
    const [w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number];
    expect(w).toBe(viewBox[2]);
    expect(h).toBeGreaterThan(viewBox[3]!);
    expect(svg).toContain(`width="${w}" height="${h}"`);
    expect(svg).toContain('<g class="figure-source">');
    expect(svg).toContain('Japan — division of X.1060 roles');
    expect(svg).toContain('Score 0–10 (10 = leads)');
    expect(svg).not.toMatch(/<link|@import|url\(http|href="http/);
    expect(svg).not.toContain('tabindex');
    // The exported file renders on its own, in a page with nothing else.
    const blank = await context.newPage();
    await blank.setContent(svg.replace(/^<\?xml[^>]*>\n/, ''));
    expect(await blank.locator('svg text').first().textContent()).toBe('Japan — division of X.1060 roles');
    await blank.close();
    for (const scale of [1, 4]) {
      const [png] = await Promise.all([page.waitForEvent('download'), exportChart(page, `PNG ${scale}×`)]);
      expect(png.suggestedFilename()).toBe(`Japan-heatmap@${scale}x.png`);
      const bytes = readFileSync(await png.path());
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Math.round(w * scale), Math.round(h * scale)]);
    }
  });

  it('has no axe-core violations with controls, tooltip and dark theme', async () => {
    await page.locator('[role="gridcell"]').nth(3).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('gridcell');
    await chooseOption(page, 'Theme', 'Dark');
    expect(await runAxe(page)).toEqual([]);
  });
});
