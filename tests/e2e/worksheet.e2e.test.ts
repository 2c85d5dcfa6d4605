// The printable worksheet of the Edit view (#17): a real PDF from Chromium, read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { X1060_CATEGORIES, X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { importThroughReview } from './app-actions';
import { setupChromiumApp } from './harness';
import { wideCsv } from './wide-csv';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(PDFTOTEXT);
if (!hasPdftotext) console.warn('worksheet.e2e: skipped, pdftotext is not installed (apt-get install poppler-utils)');

const app = setupChromiumApp({ viewport: { width: 1366, height: 768 } });
let page: Page;
const grid = (p: Page) => p.locator('.editor-grid');
const SHOTS = process.env.E2E_SHOTS;

/** The PDF's text, page by page (pdftotext -layout), from Chromium's print of the page as it is. */
async function printedPages(p: Page, format: 'A4' | 'Letter', name: string): Promise<string[]> {
  await p.emulateMedia({ media: 'print' });
  const pdf = await p.pdf({ format, landscape: true, printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'worksheet-'));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  if (SHOTS) writeFileSync(join(SHOTS, `${name}.pdf`), pdf);
  const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

/** Every page repeats the headings; every row id is printed once, in order. */
function expectWholeMatrix(pages: string[], ids: readonly string[]): void {
  for (const [i, text] of pages.entries()) expect(text, `page ${i + 1} headings`).toContain('X.1060 row');
  const lines = pages.join('\n').split('\n');
  const printed = lines.map((l) => /^\s*([A-I](?:-\d+)?)\s/.exec(l)?.[1]).filter((id) => id !== undefined);
  expect(printed).toEqual([...ids]);
}

beforeEach(async () => {
  page = app.page;
  // The button's print dialog is counted, not opened.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto(`${app.site.url}?view=editor`);
});

describe.skipIf(!hasPdftotext)('the printable worksheet', () => {
  it('prints all 64 rows with their scores, names, scale and notes column on A4 and Letter landscape', async () => {
    await page.getByRole('button', { name: 'New country: 64 services' }).click();
    await grid(page).focus();
    for (const k of ['7', 'Tab', '3', 'Tab', '?', 'Enter']) await page.keyboard.press(k);
    await page.getByRole('button', { name: 'Print worksheet' }).click();
    await page.getByRole('button', { name: 'With the current scores' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await printedPages(page, format, `worksheet-${format}`);
      expect(pages.length, format).toBeGreaterThanOrEqual(2);
      expect(pages.length, format).toBeLessThanOrEqual(4);
      expectWholeMatrix(
        pages,
        X1060_SERVICES.map((s) => s.id),
      );
      expect(pages[0]).toContain('New country: X.1060 roles worksheet');
      expect(pages[0]).toContain('Score each cell from 0 to 10');
      expect(pages[0]).toContain('Notes');
      expect(pages[0]).toMatch(/A-1\s+Risk management\s+7\s+3\s+\?/);
      expect(pages.join('\n')).toContain('I-6');
    }
  });

  it('prints a blank worksheet, in Japanese, with every category row and no scores', async () => {
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: /日本語/ }).click();
    await page.getByRole('button', { name: '新しい国：9カテゴリ' }).click();
    await grid(page).focus();
    await page.keyboard.press('8');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '記入用シートを印刷' }).click();
    await page.getByRole('button', { name: '空欄（手書き用）' }).click();
    const pages = await printedPages(page, 'A4', 'worksheet-blank-ja');
    expect(pages.length).toBe(1);
    expect(pages[0]).toContain('備考');
    expect(pages[0]).toContain('（空欄）');
    const lines = pages[0]!.split('\n');
    const printed = lines.map((l) => /^\s*([A-I])\s/.exec(l)?.[1]).filter((id) => id !== undefined);
    expect(printed).toEqual(X1060_CATEGORIES.map((c) => c.id));
    expect(pages[0]).not.toMatch(/\b8\b/);
  });

  it('prints a 64 × 40 matrix whole from the browser’s own Print (no button): every row and every column', async () => {
    await importThroughReview(page, 'wide.csv', wideCsv('Widestan'), 'Imported 1 country');
    await page.getByRole('tab', { name: 'Edit' }).click();
    await expect.poll(() => grid(page).getAttribute('aria-colcount')).toBe('41');
    const pages = await printedPages(page, 'A4', 'worksheet-wide');
    expectWholeMatrix(
      pages,
      X1060_SERVICES.map((s) => s.id),
    );
    // Row A-1 holds 0 … 10, 0 … in its 40 boxes: all of them on the page.
    const a1 = pages[0]!.split('\n').find((l) => /^\s*A-1\s/.test(l))!;
    expect(a1.match(/\b\d+\b/g)!.slice(1).length).toBe(40);
  });
});
