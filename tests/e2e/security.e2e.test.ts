import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { FIRST_SCREEN_CHECK } from '../../src/app/first-screen';
import { setupChromiumApp, type StaticSite } from './harness';

// Names are data, never markup: a CSV full of HTML and script imports, shows, presents and saves as text.

const COUNTRY = '<img src=x onerror=alert(1)>';
const STAKEHOLDER = '<script>window.pwned=1</script>';
const ROW = '<svg onload=alert(2)>';
const NOTE = '</script><script>window.pwned=2</script>';
const CSV = `country,service,stakeholder,score,note\n"${COUNTRY}",D-2,"${STAKEHOLDER}",9,"${NOTE}"\n"${COUNTRY}","${ROW}",NCSC,3,\n`;

const app = setupChromiumApp({
  viewport: { width: 1280, height: 900 },
  contextOptions: { acceptDownloads: true },
  localSchemes: ['blob', 'data', 'file'],
});
let site: StaticSite, context: BrowserContext, page: Page;
let dialogs: string[];
beforeEach(() => {
  ({ site, context, page } = app);
  dialogs = [];
  context.on('page', (p) => p.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message()))));
  page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
  return () => {
    expect(dialogs, 'dialogs opened by injected script').toEqual([]);
  };
});

/** Confirms the import review dialog when the app shows one, then waits for the imported country. */
async function importAfterReview(p: Page, title: string) {
  const confirm = p.getByRole('dialog').getByRole('button', { name: 'Import', exact: true });
  await Promise.race([p.getByText(title, { exact: true }).first().waitFor(), confirm.waitFor()]);
  if (await confirm.isVisible()) await confirm.click();
  await p.getByText(title, { exact: true }).first().waitFor();
}

/** Nothing the file said ran or became an element. */
async function expectInert(p: Page) {
  expect(await p.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await p.locator('img').count()).toBe(0);
  expect(await p.locator('body script:not([type="application/json"])').count()).toBe(0);
  expect(await p.locator('svg svg').count()).toBe(0);
}

describe('user-supplied text', () => {
  it('imports, shows, presents and saves markup in names as literal text, and runs none of it', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'evil.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    const title = `${COUNTRY} — division of X.1060 roles`;
    await importAfterReview(page, title);
    const labels = await page
      .locator('[role="gridcell"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.some((l) => l.includes(`, ${STAKEHOLDER}: 9 of 10`))).toBe(true);
    expect(labels.some((l) => l.startsWith(ROW))).toBe(true);
    expect(await page.locator('[role="columnheader"]', { hasText: 'pwned' }).first().getAttribute('aria-label')).toBe(
      STAKEHOLDER,
    );
    await expectInert(page);

    await page.getByRole('button', { name: 'Deck (0)' }).click();
    await page.getByRole('button', { name: 'Add to deck' }).click();
    expect(await page.locator('.deck-item-title').textContent()).toBe(`1. ${title}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as standalone HTML' }).click(),
    ]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    expect(await page.locator('.presenter-title').textContent()).toBe(title);
    await expectInert(page);

    // The embedded data block escapes every "<": no name can close it and start a script.
    const saved = join(mkdtempSync(join(tmpdir(), 'x1060-')), 'evil.html');
    await download.saveAs(saved);
    const html = readFileSync(saved, 'utf8');
    const block = html.slice(html.indexOf('<script type="application/json" id="x1060-workspace">'));
    expect(block.indexOf('</script>')).toBe(block.lastIndexOf('</script>'));
    expect(block).not.toContain('<img');
    const copy = await context.newPage();
    await copy.goto(pathToFileURL(saved).href);
    await copy.getByText(title, { exact: true }).first().waitFor();
    await expectInert(copy);
  });

  it('blocks connections to other origins and inline script by Content-Security-Policy, and allows no eval', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      const fetched = await fetch('http://127.0.0.2:9/steal').then(
        () => 'sent',
        () => 'blocked',
      );
      const s = document.createElement('script');
      s.textContent = 'window.pwned = 3';
      document.body.appendChild(s);
      await new Promise((ok) => setTimeout(ok, 100));
      return { fetched, pwned: (window as unknown as { pwned?: number }).pwned, violations };
    });
    expect(result.fetched).toBe('blocked');
    // DevTools' evaluate is exempt from CSP, so eval is checked in the policy itself: no 'unsafe-*'.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').first().getAttribute('content');
    // Besides the app's own files, only index.html's first-screen check runs inline, by its hash.
    const check = createHash('sha256').update(FIRST_SCREEN_CHECK, 'utf8').digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${check}';`);
    expect(policy).not.toMatch(/unsafe-(eval|inline)/);
    expect(result.pwned).toBeUndefined();
    expect(result.violations).toContain('connect-src http://127.0.0.2:9/steal');
    expect(result.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  });
});
