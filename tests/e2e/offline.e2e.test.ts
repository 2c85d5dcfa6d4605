import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './harness';
import { savedInBrowser } from './app-actions';

/** The single-file build (npm run build writes dist-single/); SINGLE_FILE overrides when builds coexist. */
const SINGLE_FILE = resolve(process.env.SINGLE_FILE ?? `${process.env.SINGLE_DIR ?? 'dist-single'}/x1060-roles.html`);

// The one-file app opened from disk with every network request refused and the browser offline.
let browser: Browser;
let context: BrowserContext;
let page: Page;
let nonFileRequests: string[];
let cspViolations: string[];

beforeAll(async () => {
  if (!existsSync(SINGLE_FILE))
    throw new Error(`${SINGLE_FILE} is missing: run \`npm run build\` first (npm test does)`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, offline: true });
  nonFileRequests = [];
  cspViolations = [];
  await context.route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  context.on('request', (r) => {
    if (!/^(file|blob|data):/.test(r.url())) nonFileRequests.push(r.url());
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => cspViolations.push(`page error: ${e.message}`));
  return async () => {
    expect(nonFileRequests, 'requests other than the file itself').toEqual([]);
    expect(cspViolations, 'CSP violations and page errors').toEqual([]);
    await context.close();
  };
});

/** Confirms the import review dialog when the app shows one, then waits for the imported country. */
async function importAfterReview(p: Page, title: string) {
  const confirm = p.getByRole('dialog').getByRole('button', { name: 'Import', exact: true });
  await Promise.race([p.getByText(title).waitFor(), confirm.waitFor()]);
  if (await confirm.isVisible()) await confirm.click();
  await p.getByText(title).waitFor();
}

describe('the single HTML file, offline from file://', () => {
  it("renders Japan's heatmap with no network at all", async () => {
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    expect(await page.locator('[role="gridcell"]').count()).toBe(90);
    expect(
      await page.locator('[role="gridcell"][aria-label^="C "][aria-label*=", Academia: "]').getAttribute('aria-label'),
    ).toContain(': 10 of 10');
    // Everything is inline: the page loaded no other file.
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(resources.filter((u) => !u.startsWith('data:'))).toEqual([]);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').first().getAttribute('content')).toMatch(
      // The inlined app and the first-screen check (index.html's head), each by its hash.
      /script-src 'sha256-[^']+' 'sha256-[^']+'; style-src 'sha256-/,
    );
    // The CSV writer, loaded on demand in the served build, is inside the file too: Export CSV works offline.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('x1060-roles.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('country,service,stakeholder,score');
    expect(csv).toContain('Japan,');
  });

  it('saves the workspace and deck as a standalone HTML file that opens offline on them', async () => {
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    const csv = 'country,service,stakeholder,score\nKenya,D-2,National CSIRT,9\nKenya,B,NCSC,4\n';
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'kenya.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await importAfterReview(page, 'Kenya — division of X.1060 roles');
    await page.getByRole('button', { name: 'Deck (0)' }).click();
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await page.getByRole('button', { name: 'Deck (1)' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as standalone HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Kenya - x1060-roles.html');
    const saved = join(mkdtempSync(join(tmpdir(), 'x1060-')), 'kenya.html');
    await download.saveAs(saved);

    const copy = await context.newPage();
    copy.on('pageerror', (e) => cspViolations.push(`page error: ${e.message}`));
    await copy.goto(pathToFileURL(saved).href);
    await copy.getByText('Kenya — division of X.1060 roles').waitFor();
    expect(
      await copy
        .locator('[role="gridcell"][aria-label^="D-2 "][aria-label*=", National CSIRTs: "]')
        .getAttribute('aria-label'),
    ).toContain(': 9 of 10');
    await copy.getByRole('button', { name: 'Country' }).click();
    expect(await copy.getByRole('option').allTextContents()).toEqual([
      'Japan (JP)',
      'United States (US)',
      'Singapore (SG)',
      'Kenya',
    ]);
    await copy.keyboard.press('Escape');
    await copy.getByRole('button', { name: 'Present', exact: true }).click();
    expect(await copy.locator('.presenter-title').textContent()).toBe('Kenya — division of X.1060 roles');
    expect(await copy.locator('.presenter-counter').textContent()).toBe('Slide 1 of 1');

    // What the user adds to the opened file is autosaved and survives a reload of that file.
    await copy.goto(pathToFileURL(saved).href);
    await copy.getByText('Kenya — division of X.1060 roles').waitFor();
    const zambia = 'country,service,stakeholder,score\nZambia,B,NCSC,3\n';
    await copy
      .locator('input[type=file]')
      .setInputFiles({ name: 'zambia.csv', mimeType: 'text/csv', buffer: Buffer.from(zambia) });
    await importAfterReview(copy, 'Zambia — division of X.1060 roles');
    await savedInBrowser(copy, 'Zambia');
    await copy.reload();
    // A standalone file draws its own data at once; the work saved in it joins when read (CI once listed the
    // countries before that).
    await expect
      .poll(async () => {
        await copy.getByRole('button', { name: 'Country' }).click();
        const names = await copy.getByRole('option').allTextContents();
        await copy.keyboard.press('Escape');
        return names;
      })
      .toEqual(['Japan (JP)', 'United States (US)', 'Singapore (SG)', 'Kenya', 'Zambia']);
  });
});
