import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';
import { buildFullDeck, chooseOption } from './deck-actions';

// Export PowerPoint: the .pptx opened as the zip it is, part by part.
const app = setupChromiumApp({
  viewport: { width: 1280, height: 720 },
  contextOptions: { acceptDownloads: true },
  collectPageErrors: true,
  collectCspViolations: true,
});
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const NOTES = 'Point at NCSC first. 内閣サイバーセキュリティセンターから。';
const xmlText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Presses Export PowerPoint in the open deck and returns the file's parts by name. */
async function exportPptx(p: Page, deckButton: RegExp): Promise<Record<string, Uint8Array>> {
  await p.getByRole('button', { name: deckButton }).click();
  const [download] = await Promise.all([
    p.waitForEvent('download', { timeout: 60_000 }),
    p.getByRole('button', { name: /Export PowerPoint/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('x1060-roles-deck.pptx');
  await expect.poll(() => p.getByRole('status').first().textContent()).toMatch(/x1060-roles-deck\.pptx/);
  return unzipSync(new Uint8Array(readFileSync(await download.path())));
}

/** The targets a slide's relationships part names, resolved from ppt/slides/. */
function slideTargets(parts: Record<string, Uint8Array>, k: number): string[] {
  const rels = strFromU8(parts[`ppt/slides/_rels/slide${k}.xml.rels`]!);
  return [...rels.matchAll(/Target="\.\.\/([^"]+)"/g)].map((m) => `ppt/${m[1]}`);
}

describe('Export PowerPoint', () => {
  it('writes one slide per deck slide (and slide part), each with its title, its chart as SVG and PNG, and its notes', async () => {
    await page.goto(site.url);
    await buildFullDeck(page);
    await page.getByRole('button', { name: 'Deck (6)' }).click();
    await page.getByRole('button', { name: 'Edit title and notes of Japan — division of X.1060 roles' }).click();
    await page.getByRole('textbox', { name: 'Speaker notes' }).fill(NOTES);
    await page.getByRole('textbox', { name: 'Speaker notes' }).press('Tab');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const parts = await exportPptx(page, /^Deck \(6\)/);
    const slides = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    // The comparison of three countries continues on parts (slide-parts.e2e.test.ts): a slide each.
    const n = slides.length - 5;
    expect(n).toBeGreaterThanOrEqual(2);
    const titles = [
      'Japan — division of X.1060 roles',
      'United States — who carries which X.1060 services',
      'Japan and Singapore — who carries which X.1060 services',
      ...Array.from({ length: n }, (_, i) => `Comparison: Japan, United States, Singapore (${i + 1}/${n})`),
      'Difference: Japan − United States',
      'Metrics: Japan, United States, Singapore',
    ];
    for (let k = 1; k <= slides.length; k++) {
      const xml = strFromU8(parts[`ppt/slides/slide${k}.xml`]!);
      expect(xml).toContain(`<a:t>${xmlText(titles[k - 1]!)}</a:t>`);
      // The foot of every slide: the sources of its countries and the app's version.
      const first = k === 2 ? 'United States' : 'Japan';
      expect(xml).toContain(`Source: ${first}: JPCERT/CC (Koichiro Sparky Komiyama)`);
      expect(xml).toMatch(/<a:t>Made with X\.1060 roles \d+\.\d+\.\d+<\/a:t>/);
      // The picture is the SVG (asvg:svgBlip) with its PNG fallback (a:blip), both parts in the file.
      expect(xml).toContain('asvg:svgBlip');
      const targets = slideTargets(parts, k);
      const svg = targets.find((t) => t.endsWith('.svg'));
      const png = targets.find((t) => t.endsWith('.png'));
      expect(strFromU8(parts[svg!]!)).toMatch(/^<\?xml[^]*<svg[^]*<\/svg>\s*$/);
      // A PNG (its signature), drawn from the SVG: not pptxgenjs's small "broken image" stand-in.
      expect([...parts[png!]!.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(parts[png!]!.length).toBeGreaterThan(5000);
      const notes = targets.find((t) => /notesSlides\/notesSlide\d+\.xml$/.test(t));
      expect(notes).toBeDefined();
      if (k === 1) expect(strFromU8(parts[notes!]!)).toContain(`<a:t>${NOTES}</a:t>`);
    }
    // The side-by-side Sankey slide is one picture holding both countries' charts.
    const pair = strFromU8(parts[slideTargets(parts, 3).find((t) => t.endsWith('.svg'))!]!);
    expect(pair.match(/<svg\b/g)!.length).toBeGreaterThanOrEqual(3);
    expect(pair).toContain('Singapore');
    // What the two charts drew and left out is said once, in the caption the slide carries (#19).
    expect(strFromU8(parts['ppt/slides/slide3.xml']!)).toContain(
      'Flows drawn: Japan 39, Singapore 33. Cells blank or 0 (not involved), which draw nothing: Japan 51, Singapore 57.',
    );
  });

  it('keeps Japanese titles and notes intact', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page.getByRole('button', { name: 'Deck (0)' }).click();
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await page.getByRole('button', { name: 'Edit title and notes of Japan — division of X.1060 roles' }).click();
    await page.getByRole('textbox', { name: 'Speaker notes' }).fill(NOTES);
    await page.getByRole('textbox', { name: 'Speaker notes' }).press('Tab');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await chooseOption(page, 'Language', '日本語');
    const parts = await exportPptx(page, /^スライド一覧（1）/);
    expect(Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toEqual(['ppt/slides/slide1.xml']);
    const xml = strFromU8(parts['ppt/slides/slide1.xml']!);
    expect(xml).toContain('<a:t>日本 — X.1060の役割分担</a:t>');
    expect(xml).toContain('lang="ja-JP"');
    expect(xml).toContain('出典：日本：JPCERT/CC');
    expect(xml).toMatch(/<a:t>作成：X\.1060 役割分担 \d+\.\d+\.\d+<\/a:t>/);
    expect(strFromU8(parts['ppt/notesSlides/notesSlide1.xml']!)).toContain(NOTES);
    const svg = strFromU8(parts[slideTargets(parts, 1).find((t) => t.endsWith('.svg'))!]!);
    // The chart's own text is Japanese too: category A's name, as text (not outlines).
    expect(svg).toContain('>戦略マネジメント<');
  });
});
