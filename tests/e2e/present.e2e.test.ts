import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';
import { addToDeck, chooseOption } from './deck-actions';

// Presenter mode in the production build: build a deck from three views, step through it by keyboard.
const require = createRequire(import.meta.url);
const app = setupChromiumApp({ viewport: { width: 1280, height: 720 }, collectCspViolations: true });
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const slide = (p: Page) => p.locator('section[aria-roledescription="slide"]');
const cell = (p: Page, row: string, col: string) =>
  p.locator(`.presenter [role="gridcell"][aria-label^="${row}"][aria-label*=", ${col}: "]`).first();

describe('presenter mode', () => {
  it('presents a deck of a heatmap, a Sankey and a second heatmap, stepping by keyboard, then leaves with Escape', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await addToDeck(page, 1);

    await chooseOption(page, 'Country', 'United States (US)');
    await page.getByRole('tab', { name: 'Sankey' }).click();
    await page.locator('svg.sankey').first().waitFor();
    await addToDeck(page, 2);

    await page.getByRole('tab', { name: 'Heatmap' }).click();
    await chooseOption(page, 'Country', 'Singapore (SG)');
    await chooseOption(page, 'Palette', 'Greyscale (print)');
    await page.getByRole('textbox', { name: 'Fade cells below' }).fill('5');
    await page.getByRole('textbox', { name: 'Fade cells below' }).press('Enter');
    await addToDeck(page, 3);
    // Changing the view afterwards does not change the slide: it is a snapshot.
    await page.getByRole('textbox', { name: 'Fade cells below' }).fill('0');
    await page.getByRole('textbox', { name: 'Fade cells below' }).press('Enter');

    await page.getByRole('button', { name: 'Deck (3)' }).click();
    expect(await page.locator('.deck-item-title').allTextContents()).toEqual([
      '1. Japan — division of X.1060 roles',
      '2. United States — who carries which X.1060 services',
      '3. Singapore — division of X.1060 roles',
    ]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.locator('main.presenter').waitFor();
    expect(await page.getByRole('tablist').count(), 'no editing chrome').toBe(0);
    expect(await page.getByRole('button', { name: /Import CSV/ }).count()).toBe(0);

    // Slide 1: Japan's heatmap in the projector palette (white → dark red).
    expect(await slide(page).getAttribute('aria-label')).toBe('Slide 1 of 3: Japan — division of X.1060 roles');
    expect(await page.locator('.presenter-title').textContent()).toBe('Japan — division of X.1060 roles');
    expect(await page.locator('.presenter [role="gridcell"]').count()).toBe(90);
    expect(await cell(page, 'C ', 'Academia').getAttribute('aria-label')).toContain(': 10 of 10');
    // The colour drawn (a scored cell takes it from its value class): #3d0008.
    const fill = await cell(page, 'C ', 'Academia')
      .locator('rect')
      .evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toBe('rgb(61, 0, 8)');
    const titleSize = await page.locator('.presenter-title').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(titleSize).toBeGreaterThanOrEqual(40);
    // The room sees where the figure comes from: the country's source and date, the app and its version.
    const sources = page.locator('.presenter-sources');
    expect(await sources.isVisible()).toBe(true);
    expect(await sources.textContent()).toMatch(
      /^Source: Japan: JPCERT\/CC .*, 2024-02 · Made with X\.1060 roles \d+\.\d+\.\d+$/,
    );
    // Whole: wrapped inside the footer, on screen, never cut with "…" (#19).
    expect(
      await sources.evaluate((e) => ({
        cut: e.scrollWidth > e.clientWidth || getComputedStyle(e).textOverflow === 'ellipsis',
        onScreen: e.getBoundingClientRect().bottom <= window.innerHeight,
      })),
    ).toEqual({ cut: false, onScreen: true });

    // Slide 2 (ArrowRight): the United States' Sankey.
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => slide(page).getAttribute('aria-label'))
      .toBe('Slide 2 of 3: United States — who carries which X.1060 services');
    expect(await page.locator('.presenter svg.sankey').count()).toBe(1);
    expect(await page.locator('.presenter [role="gridcell"]').count()).toBe(0);

    // Slide 3 (Space): Singapore, faded below 5 as it was when added, but in the projector palette.
    await page.keyboard.press(' ');
    await expect
      .poll(() => slide(page).getAttribute('aria-label'))
      .toBe('Slide 3 of 3: Singapore — division of X.1060 roles');
    expect(await cell(page, 'B ', 'NCSC').getAttribute('aria-label')).toContain(': 4 of 10');
    expect(await cell(page, 'B ', 'NCSC').getAttribute('opacity')).toBe('0.22');
    expect(await page.locator('.presenter-counter').textContent()).toBe('Slide 3 of 3');

    // The last slide stays the last; Page Up / Page Down are what a clicker sends.
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.presenter-counter').textContent()).toBe('Slide 3 of 3');
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator('.presenter-counter').textContent()).toBe('Slide 2 of 3');
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator('.presenter-counter').textContent()).toBe('Slide 1 of 3');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.presenter-counter').textContent()).toBe('Slide 2 of 3');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.presenter-counter').textContent()).toBe('Slide 1 of 3');

    await page.keyboard.press('Escape');
    await page.getByRole('tablist').waitFor();
    expect(await page.locator('main.presenter').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Deck (3)' }).count()).toBe(1);
  });

  it('presents a comparison slide with the same side-by-side heatmaps as the Compare view', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'Compare countries' }).waitFor();
    await addToDeck(page, 1);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.locator('main.presenter').waitFor();
    // Three countries are too wide for one 1280 × 720 slide: the comparison continues on parts.
    const part = (await slide(page).getAttribute('data-slide-part')) ?? '1/1';
    const n = Number(part.split('/')[1]);
    const heading = await page.locator('.presenter-title').textContent();
    const title = n > 1 ? heading!.replace(` (1/${n})`, '') : heading;
    expect(title).toMatch(/^Comparison: /);
    expect(await slide(page).getAttribute('aria-label')).toBe(
      n > 1 ? `Slide 1 of 1 (1/${n}): ${title} (1/${n})` : `Slide 1 of 1: ${title}`,
    );
    expect(await page.getByText('This kind of slide cannot be shown yet.').count()).toBe(0);
    // The slides' panels are the compared countries, in the order the heading names them.
    const panels: string[] = [];
    for (let k = 1; k <= n; k++) {
      if (k > 1) await page.keyboard.press('ArrowRight');
      if (n > 1) await expect.poll(() => slide(page).getAttribute('data-slide-part')).toBe(`${k}/${n}`);
      expect(await page.locator('.presenter svg.small-multiples').count()).toBe(1);
      panels.push(...(await page.locator('.presenter svg.small-multiples .panel-titles text').allTextContents()));
    }
    expect(panels.length).toBeGreaterThanOrEqual(2);
    expect(title).toBe(`Comparison: ${panels.join(', ')}`);
    await page.keyboard.press('Escape');
    await page.getByRole('tablist').waitFor();
  });

  it('presents the difference A − B chosen in the Compare view as a slide of its own', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'Compare countries' }).waitFor();
    const section = page.locator('section[aria-labelledby="compare-difference"]');
    await chooseOption(page, 'A', 'Singapore');
    await chooseOption(page, 'B', 'United States');
    // In the view: one cell of the difference, to find again on the slide.
    const cell = section.locator('svg.difference-heatmap [data-kind="diff"]').first();
    const label = await cell.getAttribute('aria-label');
    expect(label).toMatch(/Singapore/);
    await section.getByRole('button', { name: 'Add this difference to the deck' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Added slide 1 to the deck: Difference: Singapore − United States.');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.locator('main.presenter').waitFor();
    expect(await page.locator('.presenter-title').textContent()).toBe('Difference: Singapore − United States');
    expect(await page.locator('.presenter svg.difference-heatmap').count()).toBe(1);
    expect(await page.locator(`.presenter svg.difference-heatmap [aria-label="${label}"]`).count()).toBe(1);
    await page.screenshot({ path: 'test-results/present-difference.png' });
    await page.keyboard.press('Escape');
    await page.getByRole('tablist').waitFor();
  });

  it('presents the current view when the deck is empty, in Japanese too, with no axe-core violations', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await chooseOption(page, 'Language', '日本語');
    await page.getByRole('button', { name: 'プレゼンテーション', exact: true }).click();
    await page.locator('main.presenter').waitFor();
    expect(await page.locator('.presenter-title').textContent()).toBe('日本 — X.1060の役割分担');
    expect(await page.locator('.presenter-counter').textContent()).toBe('スライド 1 / 1');
    expect(await page.locator('main.presenter').getAttribute('lang')).toBe('ja');
    // evaluate() runs through DevTools, which the page's CSP rightly does not let an inline <script> do.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.getByRole('button', { name: '終了（Esc）' }).click();
    await page.getByRole('tablist').waitFor();
  });
});
