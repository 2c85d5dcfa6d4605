import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';
import { addToDeck, buildFullDeck, chooseOption } from './deck-actions';

// The deck: a slide of every kind, what each holds, and the controls that manage it.
const app = setupChromiumApp({ viewport: { width: 1280, height: 720 }, collectPageErrors: true });
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const slide = (p: Page) => p.locator('section[aria-roledescription="slide"]');

describe('the deck', () => {
  it('keeps a side-by-side Sankey as two charts on one slide, and makes a metrics-chart slide', async () => {
    await page.goto(site.url);
    await buildFullDeck(page);
    await page.getByRole('button', { name: 'Deck (6)' }).click();
    expect(await page.locator('.deck-item-title').allTextContents()).toEqual([
      '1. Japan — division of X.1060 roles',
      '2. United States — who carries which X.1060 services',
      '3. Japan and Singapore — who carries which X.1060 services',
      '4. Comparison: Japan, United States, Singapore',
      '5. Difference: Japan − United States',
      '6. Metrics: Japan, United States, Singapore',
    ]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    // The presenter view loads on demand: keys pressed before it is there would go nowhere.
    await page.locator('.presenter-title').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slide(page).getAttribute('aria-label')).toMatch(/^Slide 3 of 6: Japan and Singapore/);
    const charts = slide(page).locator('svg.sankey');
    expect(await charts.count()).toBe(2);
    const names = await charts.evaluateAll((svgs) =>
      svgs.map((s) => s.querySelector('[id^="sk-title-"]')?.textContent ?? ''),
    );
    expect(names[0]).toMatch(/^Japan/);
    expect(names[1]).toMatch(/^Singapore/);
    // What a link's width means, and each chart's counts, are said once, under both charts (#19: each chart's
    // two-line counts drew the pair at 0.94 of the room's minimum at 1280 × 720).
    expect(await slide(page).locator('.presenter-caption').textContent()).toBe(
      'Link width = the score (0–10) a stakeholder has for a service; node totals are sums of scores. Both diagrams on the same scale.' +
        ' Flows drawn: Japan 39, Singapore 33. Cells blank or 0 (not involved), which draw nothing: Japan 51, Singapore 57.',
    );
    expect(await charts.first().locator('.sankey-notes').count()).toBe(0);
    await page.keyboard.press('End');
    await expect.poll(() => slide(page).getAttribute('data-slide-kind')).toBe('metrics');
    expect(await slide(page).locator('svg.metric-bars').count()).toBe(1);
  });

  it('renames a slide and keeps its notes off the screen; B and . black out until any key', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page.getByRole('textbox', { name: 'Fade cells below' }).fill('5');
    await page.getByRole('textbox', { name: 'Fade cells below' }).press('Enter');
    await addToDeck(page, 1);
    await addToDeck(page, 2);
    await page.getByRole('button', { name: 'Deck (2)' }).click();
    await page
      .getByRole('button', { name: 'Edit title and notes of Japan — division of X.1060 roles' })
      .first()
      .click();
    const title = page.getByRole('textbox', { name: 'Title on the slide (blank = generated)' });
    await title.fill('Japan, cells below 5 faded');
    await page.getByRole('textbox', { name: 'Speaker notes' }).fill('Point at NCSC first.');
    await page.getByRole('textbox', { name: 'Speaker notes' }).press('Tab');
    expect(await page.locator('.deck-item-title').allTextContents()).toEqual([
      '1. Japan, cells below 5 faded',
      '2. Japan — division of X.1060 roles',
    ]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    expect(await page.locator('.presenter-title').textContent()).toBe('Japan, cells below 5 faded');
    expect(await slide(page).textContent()).toContain('Cells scoring below 5 are faded.');
    expect(await slide(page).textContent()).not.toContain('Point at NCSC');
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await page.locator('.presenter-blackout').waitFor();
      // Any key returns, and only returns: the slide stays where it was.
      await page.keyboard.press('ArrowRight');
      await page.locator('.presenter-blackout').waitFor({ state: 'detached' });
      expect(await page.locator('.presenter-counter').textContent()).toBe('Slide 1 of 2');
    }
  });

  it('asks before clearing the deck, and puts it back on Undo', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await addToDeck(page, 1);
    await addToDeck(page, 2);
    await page.getByRole('button', { name: 'Deck (2)' }).click();
    await page.getByRole('button', { name: 'Clear deck' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Clear the deck?' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Deck (2)' }).waitFor();
    if (!(await page.getByRole('button', { name: 'Clear deck' }).isVisible()))
      await page.getByRole('button', { name: 'Deck (2)' }).click();
    await page.getByRole('button', { name: 'Clear deck' }).click();
    await ask.getByRole('button', { name: 'Clear deck' }).click();
    await page.getByRole('button', { name: 'Deck (0)' }).waitFor();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Cleared 2 slides from the deck.');
    if (!(await page.getByRole('button', { name: 'Undo clear (2 slides)' }).isVisible()))
      await page.getByRole('button', { name: 'Deck (0)' }).click();
    await page.getByRole('button', { name: 'Undo clear (2 slides)' }).click();
    await page.getByRole('button', { name: 'Deck (2)' }).waitFor();
  });

  for (const lang of ['en', 'ja'] as const)
    it(`exports the deck as a PDF of one landscape page per slide or slide part (${lang})`, async () => {
      // The print dialog cannot be driven headless: print() is counted, and Chromium prints the page itself.
      await page.addInitScript(() => {
        const w = window as unknown as { __printed: number };
        w.__printed = 0;
        window.print = () => void w.__printed++;
      });
      await page.goto(site.url);
      await buildFullDeck(page);
      if (lang === 'ja') await chooseOption(page, 'Language', '日本語');
      await page.getByRole('button', { name: lang === 'ja' ? /^スライド一覧/ : /^Deck/ }).click();
      await page.getByRole('button', { name: /Export PDF/ }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
      const titles = await page.locator('.print-deck .print-slide-title').allTextContents();
      // The comparison of three countries continues on parts (slide-parts.e2e.test.ts): a page each.
      const parts = titles.filter((title) => /^(Comparison|比較)/.test(title)).length;
      expect(parts).toBeGreaterThanOrEqual(2);
      expect(titles).toHaveLength(5 + parts);
      if (lang === 'ja') expect(titles[0]).toBe('日本 — X.1060の役割分担');
      expect(await page.locator('.print-deck .print-slide').nth(2).locator('svg.sankey').count()).toBe(2);
      // Every page carries its countries' sources and the app's version.
      const sources = await page.locator('.print-deck .print-slide-sources').allTextContents();
      expect(sources).toHaveLength(5 + parts);
      for (const line of sources)
        expect(line).toMatch(
          lang === 'ja'
            ? /^出典：.*JPCERT\/CC.* · 作成：X\.1060 役割分担 /
            : /^Source: .*JPCERT\/CC.* · Made with X\.1060 roles /,
        );
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString('latin1');
      // Page objects ("/Type /Page", not "/Pages"): one per slide or part, each 297 × 167 mm (landscape).
      expect(text.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(5 + parts);
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
      expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
    });
});
