import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe, setupChromiumApp, type StaticSite } from './harness';
import { exportChart } from './app-actions';

// The Sankey view in real Chromium, against the bundled CSV files read here independently.
const app = setupChromiumApp({ contextOptions: { acceptDownloads: true } });
let site: StaticSite, page: Page;
beforeEach(async () => {
  ({ site, page } = app);
  await page.goto(site.url);
  await page.getByRole('tab', { name: 'Sankey' }).click();
  await page.locator('svg.sankey').first().waitFor();
});

const COUNTRIES = [
  { country: 'Japan', code: 'JP', file: 'japan' },
  { country: 'United States', code: 'US', file: 'united-states' },
  { country: 'Singapore', code: 'SG', file: 'singapore' },
];
const STAKEHOLDER_IDS: Record<string, string> = {
  NCSC: 'ncsc',
  'National CSIRTs': 'national-csirt',
  PSIRT: 'psirt',
  'Private CSIRTs': 'private-csirt',
  'LE/Justice': 'le-justice',
  ISAC: 'isac',
  'National SOC': 'national-soc',
  'Private SOC': 'private-soc',
  Academia: 'academia',
  'Certificate Vendor': 'certificate-vendor',
};

/** The bundled CSV's positive scores: [row, stakeholder id, score]. */
function cellsOf(file: string): [string, string, number][] {
  return readFileSync(`datasets/${file}.csv`, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(','))
    .filter((f) => f[3] !== '' && Number(f[3]) > 0)
    .map((f) => [f[1]!, STAKEHOLDER_IDS[f[2]!]!, Number(f[3])]);
}
const fmt = (v: number) => String(Math.round(v * 10) / 10);

async function chooseCountry(p: Page, name: string) {
  await p.getByRole('button', { name: /Country/ }).click();
  await p.getByRole('option', { name }).click();
}
const choose = async (p: Page, label: RegExp, option: string) => {
  await p.getByRole('button', { name: label }).click();
  await p.getByRole('option', { name: option, exact: true }).click();
};
const tooltip = (p: Page) => p.getByRole('tooltip').textContent();
const focused = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** Overlaps between any two label texts (real glyph boxes) and boxes outside the SVG's viewBox. */
function labelProblems(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.sankey')) {
      const vb = svg.viewBox.baseVal;
      const texts = [
        ...svg.querySelectorAll<SVGTextElement>(
          '.sankey-node text, .sankey-headings text, .sankey-legend text, .sankey-notes',
        ),
      ];
      const boxes = texts.map((t) => ({ t: t.textContent ?? '', b: t.getBBox() }));
      for (const { t, b } of boxes)
        if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5)
          problems.push(`outside: ${t}`);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.b;
          const c = boxes[j]!.b;
          // 1 px of slack: glyph boxes include the line's full ascent and descent
          if (
            a.x < c.x + c.width - 1 &&
            c.x < a.x + a.width - 1 &&
            a.y < c.y + c.height - 1 &&
            c.y < a.y + a.height - 1
          )
            problems.push(`${boxes[i]!.t} ✕ ${boxes[j]!.t}`);
        }
    }
    return problems;
  });
}

describe('Sankey view in Chromium', () => {
  for (const { country, code, file } of COUNTRIES) {
    it(`${country}: hovering highlights the paths and the tooltip states the data's figures; it exports`, async () => {
      await chooseCountry(page, `${country} (${code})`);
      const svg = page.getByRole('group', { name: `${country} — who carries which X.1060 services` });
      await svg.waitFor();
      const cells = cellsOf(file);
      expect(await page.locator('path.sankey-link').count()).toBe(cells.length);

      // hover the stakeholder who carries most: its flows lit, every other flow dimmed
      const totals = new Map<string, { sum: number; n: number }>();
      for (const [, s, v] of cells)
        totals.set(s, { sum: (totals.get(s)?.sum ?? 0) + v, n: (totals.get(s)?.n ?? 0) + 1 });
      const [top, t] = [...totals].sort((a, b) => b[1].sum - a[1].sum)[0]!;
      await page.locator(`[data-id="s:${top}"] rect`).hover();
      await expect.poll(() => svg.getAttribute('class')).toContain('has-active');
      const lit = await page
        .locator('path.sankey-link.is-hl')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      expect(lit.sort()).toEqual(
        cells
          .filter(([, s]) => s === top)
          .map(([r, s]) => `l:${r}|${s}`)
          .sort(),
      );
      const dimmed = page.locator('path.sankey-link:not(.is-hl)').first();
      await expect
        .poll(async () => Number(await dimmed.evaluate((e) => getComputedStyle(e).strokeOpacity)))
        .toBeLessThan(0.2);
      expect(await tooltip(page)).toContain(`sum of scores ${fmt(t.sum)} (${t.n} ${t.n === 1 ? 'cell' : 'cells'})`);

      // hover the widest link: the tooltip names the link under the pointer and states its score and
      // share of its row exactly as the CSV has them
      const [wr, ws] = [...cells].sort((a, b) => b[2] - a[2])[0]!;
      const box = (await page.locator(`[data-id="l:${wr}|${ws}"]`).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => page.getByRole('tooltip').getAttribute('data-for')).toMatch(/^l:/);
      const [, hr, hs] = /^l:(.+)\|(.+)$/.exec((await page.getByRole('tooltip').getAttribute('data-for'))!)!;
      const hScore = cells.find(([r, s]) => r === hr && s === hs)![2];
      const hSum = cells.filter(([r]) => r === hr).reduce((a, [, , v]) => a + v, 0);
      expect(await tooltip(page)).toContain(`${fmt(hScore)} of 10`);
      expect(await tooltip(page)).toContain(`${fmt((hScore / hSum) * 100)} % of ${hr} `);
      expect(await page.locator(`[data-id="l:${hr}|${hs}"]`).getAttribute('class')).toContain('is-hl');

      expect(await labelProblems(page)).toEqual([]);

      // SVG: standalone, title and legend inside, system fonts, nothing to fetch
      await page.mouse.move(5, 5);
      const [svgFile] = await Promise.all([page.waitForEvent('download'), exportChart(page, 'Export SVG')]);
      expect(svgFile.suggestedFilename()).toBe(`${country}-sankey.svg`);
      const text = readFileSync(await svgFile.path(), 'utf8');
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect(text).toContain(`${country} — who carries which X.1060 services`);
      expect(text).toContain('Sector group:');
      expect(text).toContain('= 10 score points');
      expect(text).toContain('font-family="system-ui');
      expect(text).toContain('Noto Sans CJK JP');
      expect(text).not.toMatch(/<style|<link|@import|url\(http|var\(--|xlink:href="http/);
      expect(text.match(/<path[^>]*class="sankey-item sankey-link"/g)).toHaveLength(cells.length);

      // PNG at 2×: twice the SVG's size
      const [png] = await Promise.all([page.waitForEvent('download'), exportChart(page, 'PNG 2×')]);
      expect(png.suggestedFilename()).toBe(`${country}-sankey@2x.png`);
      const bytes = readFileSync(await png.path());
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      // The exported chart: the one on screen with its source lines under it.
      const [w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(text)!.slice(1).map(Number) as [number, number];
      expect(w).toBe(await svg.evaluate((e) => (e as SVGSVGElement).viewBox.baseVal.width));
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Math.round(w * 2), Math.round(h * 2)]);
    });
  }

  it('reaches every node and link by keyboard, announcing each with its figures', async () => {
    await page.locator('[data-id="r:A"]').focus();
    expect(await focused(page)).toBe('Node: A Strategic management of CDC. sum of scores 20 (3 cells)');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatch(
      /^Flow: A Strategic management of CDC → .+\. \d+ of 10\. [\d.]+ % of A Strategic management of CDC$/,
    );
    expect(await tooltip(page)).toContain('A Strategic management of CDC →');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatch(/^Node: /);
    await page.keyboard.press('End');
    expect(await focused(page)).toBe(
      'Node: Certificate Vendor. sum of scores 3 (1 cell). sector group: Private sector',
    );
    // only one tab stop in the chart: Tab leaves it
    expect(await page.locator('svg.sankey [tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg.sankey') === null)).toBe(true);
  });

  it('compares Singapore and the United States at the same scale and exports both as one figure', async () => {
    await chooseCountry(page, 'Singapore (SG)');
    await choose(page, /Compare with/, 'United States');
    await page.getByText('Add a column of sector groups').click();
    const charts = page.locator('svg.sankey');
    await expect.poll(() => charts.count()).toBe(2);
    const scale = await charts.evaluateAll((els) => els.map((e) => e.getAttribute('data-px-per-unit')));
    expect(scale[0]).toBe(scale[1]);
    const gov = await page
      .locator('[data-id="g:government"]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    const priv = await page
      .locator('[data-id="g:private"]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    // Singapore leans on its national agency, the United States on the private sector
    expect(gov[0]! / (gov[0]! + priv[0]!)).toBeGreaterThan(gov[1]! / (gov[1]! + priv[1]!));
    const heights = await page
      .locator('[data-id="g:government"] rect')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(heights[0]! / heights[1]!).toBeCloseTo(gov[0]! / gov[1]!, 2);
    expect(await labelProblems(page)).toEqual([]);

    const [file] = await Promise.all([page.waitForEvent('download'), exportChart(page, 'Export SVG')]);
    expect(file.suggestedFilename()).toBe('Singapore-vs-United States-sankey.svg');
    const text = readFileSync(await file.path(), 'utf8');
    expect(text).toContain('Singapore — who carries which X.1060 services');
    expect(text).toContain('United States — who carries which X.1060 services');
    const [png] = await Promise.all([page.waitForEvent('download'), exportChart(page, 'PNG 1×')]);
    const width = await charts.first().evaluate((e) => (e as SVGSVGElement).viewBox.baseVal.width);
    expect(readFileSync(await png.path()).readUInt32BE(16)).toBe(2 * width + 24);
  });

  it('fits long Japanese names without overlap, in every option', async () => {
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: '日本語' }).click();
    await page.getByRole('group', { name: '日本 — X.1060の各サービスを誰が担うか' }).waitFor();
    expect(await labelProblems(page)).toEqual([]);
    await page.getByText('セクターの列を加える').click();
    await choose(page, /向き/, '関係者 → サービス');
    await choose(page, /ノードの順序/, 'フローの大きい順');
    expect(await labelProblems(page)).toEqual([]);
    const ncsc = await page.locator('[data-id="s:ncsc"] .sankey-label tspan').allTextContents();
    expect(ncsc.join('')).toBe('ナショナルサイバーセキュリティセンター');
    await choose(page, /比較する国/, 'シンガポール');
    expect(await labelProblems(page)).toEqual([]);
  });

  it('lists the flows as a table', async () => {
    await page.getByRole('button', { name: 'Show as table' }).click();
    const rows = page.getByRole('table', { name: 'Japan: flows of the Sankey diagram' }).getByRole('row');
    expect(await rows.count()).toBe(cellsOf('japan').length + 1);
  });

  it('has no axe-core violations: plain, with sectors and comparison, and as a table', async () => {
    const axe = () => runAxe(page);
    expect(await axe()).toEqual([]);
    await page.getByText('Add a column of sector groups').click();
    await choose(page, /Compare with/, 'Singapore');
    await page.locator('[data-id="s:ncsc"] rect').first().hover();
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'Show as table' }).click();
    expect(await axe()).toEqual([]);
  });
});
