import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';
import { addToDeck } from './deck-actions';

// A comparison of three countries is too wide for one 1280 × 720 slide: it continues on further slide parts,
// and everything that walks the deck walks them (keys and counter, PDF pages, PowerPoint slides).
const app = setupChromiumApp({
  viewport: { width: 1280, height: 720 },
  contextOptions: { acceptDownloads: true },
  collectPageErrors: true,
});
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const TITLE = 'Comparison: Japan, United States, Singapore';
const NOTES = 'Japan first, then the others.';

/** From the start page: a heatmap of Japan, then the comparison of the three bundled countries, with notes. */
async function heatmapAndComparison(p: Page): Promise<number> {
  await p.getByText('Japan — division of X.1060 roles').waitFor();
  await addToDeck(p, 1);
  await p.getByRole('tab', { name: 'Compare' }).click();
  await p.getByRole('heading', { name: 'Compare countries' }).waitFor();
  await addToDeck(p, 2);
  await p.getByRole('button', { name: 'Deck (2)' }).click();
  await p.getByRole('button', { name: `Edit title and notes of ${TITLE}` }).click();
  await p.getByRole('textbox', { name: 'Speaker notes' }).fill(NOTES);
  await p.getByRole('textbox', { name: 'Speaker notes' }).press('Tab');
  // The deck shows the slide once and says how many parts it spans.
  expect(await p.locator('.deck-item-title').allTextContents()).toEqual([
    '1. Japan — division of X.1060 roles',
    `2. ${TITLE}`,
  ]);
  const spans = await p.locator('.deck-item-parts').allTextContents();
  expect(spans).toHaveLength(1);
  const parts = Number(/(\d+) parts/.exec(spans[0]!)![1]);
  expect(parts).toBeGreaterThanOrEqual(2);
  return parts;
}

const slide = (p: Page) => p.locator('section[aria-roledescription="slide"]');
const counter = (p: Page) => p.locator('.presenter-counter');

describe('slide parts', () => {
  it('continues a three-country comparison on ≥ 2 parts that the keys, counter and heading walk', async () => {
    await page.goto(site.url);
    await heatmapAndComparison(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect.poll(() => counter(page).textContent()).toBe('Slide 1 of 2');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slide(page).getAttribute('data-slide-part')).toMatch(/^1\/\d$/);
    const n = Number((await slide(page).getAttribute('data-slide-part'))!.split('/')[1]);
    expect(n).toBeGreaterThanOrEqual(2);
    const panels: string[] = [];
    let rows = '';
    for (let k = 1; k <= n; k++) {
      if (k > 1) await page.keyboard.press(k === 2 ? 'ArrowRight' : 'PageDown');
      await expect.poll(() => counter(page).textContent()).toBe(`Slide 2 of 2 (${k}/${n})`);
      expect(await page.locator('.presenter-title').textContent()).toBe(`${TITLE} (${k}/${n})`);
      expect(await slide(page).locator('.presenter-caption').textContent()).toMatch(
        k === 1
          ? /Continued on the next slide/
          : k < n
            ? /Continued, and on the next slide/
            : /Continued from the previous slide/,
      );
      const svg = slide(page).locator('svg.small-multiples');
      panels.push(...(await svg.locator('.panel-titles text').allTextContents()));
      // Every part: the same rows (and so the same columns, from the same aligned grid).
      const rowNames = `${await svg.locator('.row-labels').textContent()} | ${await svg.locator('.column-labels').textContent()}`;
      if (k === 1) rows = rowNames;
      else expect(rowNames).toBe(rows);
    }
    // Every country once, in the heading's order.
    expect(panels).toEqual(['Japan', 'United States', 'Singapore']);
    // The last part is the deck's end; back steps part by part, then to the previous slide.
    expect(await page.getByRole('button', { name: 'Next slide' }).isDisabled()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter(page).textContent()).toBe(`Slide 2 of 2 (${n - 1}/${n})`);
    await page.keyboard.press('Home');
    await expect.poll(() => counter(page).textContent()).toBe('Slide 1 of 2');
    await page.keyboard.press('End');
    await expect.poll(() => counter(page).textContent()).toBe(`Slide 2 of 2 (${n}/${n})`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter(page).textContent()).toBe(`Slide 2 of 2 (1/${n})`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter(page).textContent()).toBe('Slide 1 of 2');
  });

  it('shows the current and next part in the presenter view, with the slide’s notes on each', async () => {
    await page.goto(site.url);
    await heatmapAndComparison(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const [pv] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    await pv.locator('.pv').waitFor();
    const n = Number(/\((\d)\/(\d)\)$/.exec((await pv.locator('.pv-next-title').textContent())!)![2]);
    expect(await pv.locator('.pv-next-title').textContent()).toBe(`Next: ${TITLE} (1/${n})`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pv.locator('.pv-counter').textContent()).toBe(`Slide 2 of 2 (1/${n})`);
    expect(await pv.locator('.pv-title').textContent()).toBe(`${TITLE} (1/${n})`);
    expect(await pv.locator('.pv-next-title').textContent()).toBe(`Next: ${TITLE} (2/${n})`);
    expect(await pv.locator('.pv-notes-text').textContent()).toBe(NOTES);
    expect(await pv.locator('.pv-current svg.small-multiples .panel-titles text').first().textContent()).toBe('Japan');
    // A step in the presenter view moves the projected screen to the next part.
    await pv.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.presenter-counter').textContent()).toBe(`Slide 2 of 2 (2/${n})`);
    await expect.poll(() => pv.locator('.pv-counter').textContent()).toBe(`Slide 2 of 2 (2/${n})`);
    expect(await pv.locator('.pv-notes-text').textContent()).toBe(NOTES);
    await Promise.all([pv.waitForEvent('close'), page.keyboard.press('Escape')]);
  });

  it('prints one PDF page per part', async () => {
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.goto(site.url);
    const parts = await heatmapAndComparison(page);
    await page.getByRole('button', { name: /Export PDF/ }).click();
    const titles = page.locator('.print-deck .print-slide-title');
    await expect.poll(() => titles.count()).toBe(1 + parts);
    expect((await titles.allTextContents()).slice(1)).toEqual(
      Array.from({ length: parts }, (_, i) => `${TITLE} (${i + 1}/${parts})`),
    );
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1 + parts);
  });

  it('writes one PowerPoint slide per part, each with the slide’s notes', async () => {
    await page.goto(site.url);
    const parts = await heatmapAndComparison(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: /Export PowerPoint/ }).click(),
    ]);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const slides = Object.keys(zip).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(1 + parts);
    for (let k = 1; k <= parts; k++) {
      const xml = strFromU8(zip[`ppt/slides/slide${k + 1}.xml`]!);
      expect(xml).toContain(`<a:t>${TITLE} (${k}/${parts})</a:t>`);
      const rels = strFromU8(zip[`ppt/slides/_rels/slide${k + 1}.xml.rels`]!);
      const notes = /Target="\.\.\/(notesSlides\/notesSlide\d+\.xml)"/.exec(rels)![1]!;
      expect(strFromU8(zip[`ppt/${notes}`]!)).toContain(NOTES);
    }
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(`(${1 + parts} slides)`);
  });
});
