// Printing Compare (#19): a real PDF from Chromium on A4 and Letter, landscape, in both languages, read
// back with pdftotext — no heading ends a page, and no table or chart runs past the page's right edge.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupChromiumApp } from './harness';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(PDFTOTEXT);
if (!hasPdftotext)
  console.warn('compare-print.e2e: skipped, pdftotext is not installed (apt-get install poppler-utils)');

const app = setupChromiumApp({ viewport: { width: 1280, height: 900 } });

/** Page content widths in CSS px at 96 dpi: the page's long side less print.css's 12 mm margins. */
const CONTENT_WIDTH = { A4: Math.floor(((297 - 24) / 25.4) * 96), Letter: Math.floor(((279.4 - 24) / 25.4) * 96) };

/** Opens Compare in the language and waits until its last table is drawn. */
async function openCompare(p: Page, lang: 'en' | 'ja'): Promise<void> {
  await p.goto(`${app.site.url}?view=compare&lang=${lang}`);
  await p.locator('.compare-rows tbody tr').first().waitFor();
  await p.locator('svg.compare-chart').first().waitFor();
}

/** The widest right edge of any table cell or chart, laid out for print at the page's content width. */
async function widestRightEdge(p: Page, width: number): Promise<{ right: number; what: string }> {
  await p.setViewportSize({ width, height: 800 });
  await p.emulateMedia({ media: 'print' });
  return p.evaluate(() => {
    let widest = { right: 0, what: '' };
    for (const el of document.querySelectorAll('.compare-view th, .compare-view td, .compare-view svg.compare-chart')) {
      const right = el.getBoundingClientRect().right;
      if (right > widest.right) widest = { right, what: (el.textContent ?? el.tagName).slice(0, 60) };
    }
    return widest;
  });
}

/** The PDF's pages as text (pdftotext), and the view's section headings. */
async function printedPages(p: Page, format: 'A4' | 'Letter'): Promise<string[]> {
  const pdf = await p.pdf({ format, landscape: true, printBackground: true });
  const file = join(mkdtempSync(join(tmpdir(), 'compare-print-')), `${format}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync(PDFTOTEXT, [file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

/** Text without white space: pdftotext spaces Japanese runs differently from the DOM. */
const bare = (text: string): string => text.replace(/\s+/g, '');

const lastLine = (page: string): string =>
  page
    .split('\n')
    .map(bare)
    .filter((l) => l !== '')
    .at(-1) ?? '';

describe.skipIf(!hasPdftotext)('printing Compare', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`fits every table to the page and keeps headings with their content (${lang}, A4 and Letter)`, async () => {
      const page = app.page;
      await openCompare(page, lang);
      const headings = (await page.locator('.compare-section h3').allTextContents()).map(bare);
      expect(headings.length).toBeGreaterThanOrEqual(6);
      for (const format of ['A4', 'Letter'] as const) {
        const width = CONTENT_WIDTH[format];
        const widest = await widestRightEdge(page, width);
        expect(widest.right, `${format}: "${widest.what}" runs past the page`).toBeLessThanOrEqual(width + 1);
        const pages = await printedPages(page, format);
        expect(pages.length, `${format} pages`).toBeGreaterThanOrEqual(3);
        for (const [i, text] of pages.entries())
          expect(headings, `${format} page ${i + 1} ends with a heading`).not.toContain(lastLine(text));
        const all = bare(pages.join(''));
        for (const h of headings) expect(all, `${format}: heading printed`).toContain(h);
        await page.emulateMedia({ media: 'screen' });
      }
    });
  }
});
