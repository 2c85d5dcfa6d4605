import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { exportChart } from './app-actions';
import { chooseOption } from './deck-actions';
import { setupChromiumApp, type StaticSite } from './harness';

// Every figure carries its source: under the chart on screen and in its SVG and PNG files.
const app = setupChromiumApp({ contextOptions: { acceptDownloads: true }, collectPageErrors: true });
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const MADE_WITH = `Made with X.1060 roles ${VERSION}`;
// The bundled countries' shared source (datasets/manifest.json), as the footer's first words of it.
const SOURCE = 'JPCERT/CC (Koichiro Sparky Komiyama)';

/** Exports the chart in `scope` as SVG; returns the file's text. */
async function exportSvg(scope: Page | Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), exportChart(scope, 'Export SVG')]);
  return readFileSync(await download.path(), 'utf8');
}

/** The text of the footer group the export adds, its lines joined by spaces. */
const footerText = (svg: string) =>
  [...(/<g class="figure-source">([^]*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1])
    .join(' ');

describe('figure sources', () => {
  it('puts the caption, each country’s source and date, and the app version under the heatmap and the Sankeys', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    const note = page.locator('.figure-source-note[data-figure="heatmap"]');
    expect(await note.textContent()).toContain(MADE_WITH);
    await page.getByRole('textbox', { name: 'Caption on exports' }).fill('Figure 1 <b>as of 2024</b>');
    await expect.poll(() => note.locator('p').first().textContent()).toBe('Figure 1 <b>as of 2024</b>');
    const heatmapSvg = await exportSvg(page);
    const heatmap = footerText(heatmapSvg);
    // The source once: in the footer, not also in the chart's own captions (a new user's trial saw it twice).
    expect(heatmapSvg.match(/Source:/g)).toHaveLength(1);
    expect(await page.locator('svg.heatmap').first().textContent()).not.toContain('Source:');
    expect(heatmap).toMatch(/^Figure 1 &lt;b&gt;as of 2024&lt;\/b&gt; Source: Japan: JPCERT\/CC/);
    expect(heatmap).toContain('2024-02');
    expect(heatmap.endsWith(MADE_WITH)).toBe(true);

    await page.getByRole('tab', { name: 'Sankey' }).click();
    await page.locator('svg.sankey').first().waitFor();
    const sankey = footerText(await exportSvg(page));
    expect(sankey).toContain(`Source: Japan: ${SOURCE}`);
    expect(sankey.endsWith(MADE_WITH)).toBe(true);
    // The caption is the heatmap's: the Sankey has none until one is typed for it.
    expect(sankey).not.toContain('Figure 1');

    await chooseOption(page, 'Compare with', 'Singapore');
    await page.locator('svg.sankey').nth(1).waitFor();
    const pair = footerText(await exportSvg(page));
    // Each country's own source (the bundled ones cite different slides of one talk).
    expect(pair).toContain(`Source: Japan: ${SOURCE}`);
    expect(pair).toContain(`; Singapore: ${SOURCE}`);
    expect(pair.endsWith(MADE_WITH)).toBe(true);
  });

  it('puts them under every comparison chart, and the PNG says its dpi', async () => {
    await page.goto(site.url);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'Compare countries' }).waitFor();
    for (const name of ['Side by side', 'Metric charts', 'Difference']) {
      const section = page.getByRole('region', { name });
      await section.scrollIntoViewIfNeeded();
      expect(await section.locator('.figure-source-note').textContent()).toContain(MADE_WITH);
      const text = footerText(await exportSvg(section));
      const countries = name === 'Difference' ? ['Japan', 'United States'] : ['Japan', 'United States', 'Singapore'];
      expect(text).toContain(`Source: Japan: ${SOURCE}`);
      for (const c of countries.slice(1)) expect(text).toContain(`; ${c}: ${SOURCE}`);
      if (name === 'Difference') expect(text).not.toContain('Singapore');
      expect(text.endsWith(MADE_WITH)).toBe(true);
    }
    const section = page.getByRole('region', { name: 'Metric charts' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportChart(section, /PNG 2/)]);
    const png = readFileSync(await download.path());
    const at = png.indexOf('pHYs');
    // Right after IHDR (8 + 25 bytes), 144 dpi = 5669 pixels per metre on both axes, unit metre.
    expect(at).toBe(8 + 25 + 4);
    expect([png.readUInt32BE(at + 4), png.readUInt32BE(at + 8), png[at + 12]]).toEqual([5669, 5669, 1]);
  });

  it('shows how to cite the app, with its version', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page.getByText(`How to cite · X.1060 roles ${VERSION}`).click();
    await expect
      .poll(() => page.locator('.app-cite p').textContent())
      .toBe(`X.1060 roles, version ${VERSION} [software]. Data: the source and date printed under each chart.`);
  });
});
