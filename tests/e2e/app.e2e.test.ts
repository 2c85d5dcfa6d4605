import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST_DIR, runAxe, setupChromiumApp, type StaticSite } from './harness';

// Drives the production build (npm run build) in real headless Chromium, served from a sub-path.
const app = setupChromiumApp({
  mounts: { '/deep/sub/path/': DIST_DIR, '/files/': 'tests/fixtures' },
  contextOptions: { acceptDownloads: true },
});
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const cellLabel = (p: Page, row: string, col: string) =>
  p.locator(`[role="gridcell"][aria-label^="${row}"][aria-label*=", ${col}: "]`).first().getAttribute('aria-label');
const status = (p: Page) => p.getByRole('status');
/** Every interactive import is reviewed first: confirm it with the dialog's "Import" button. */
const confirmImport = (p: Page) => p.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
const alert = (p: Page) => p.getByRole('alert');

/** The seed table read by plain splitting: [row letter, stakeholder, raw cell]. */
function seedCells(file: string): [string, string, string][] {
  const lines = readFileSync(`tests/fixtures/seed/${file}.tsv`, 'utf8')
    .split('\n')
    .filter((l) => l)
    .map((l) => l.split('\t'));
  const header = lines.find((l) => l[2] === 'NCSC')!.slice(2, 12);
  return lines
    .filter((l) => /^[A-I]\)/.test(l[1] ?? ''))
    .flatMap((l) => header.map((h, i): [string, string, string] => [l[1]![0]!, h, l[2 + i]!]));
}

describe('the app in Chromium', () => {
  it('opens on Japan and shows every seed cell', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    const labels = await page
      .locator('[role="gridcell"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels).toHaveLength(90);
    const names: Record<string, string> = { 'National CSIRTs': 'National CSIRTs', 'Private CSIRTs': 'Private CSIRTs' };
    for (const [row, col, raw] of seedCells('japan')) {
      const label = labels.find((l) => l.startsWith(`${row} `) && l.includes(`, ${names[col] ?? col}: `));
      expect(label, `${row} ${col}`).toBeDefined();
      expect(label!.endsWith(raw === '' ? 'blank = not involved' : `: ${raw} of 10`), `${label} vs ${raw}`).toBe(true);
    }
  });

  it('switches to the United States and Singapore by keyboard', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page.getByRole('button', { name: /Country/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'United States (US)' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText('United States — division of X.1060 roles').waitFor();
    expect(await cellLabel(page, 'H ', 'LE/Justice')).toContain(': 10 of 10');
    expect(await cellLabel(page, 'A ', 'PSIRT')).toContain(': 1 of 10');
    await page.getByRole('button', { name: /Country/ }).press('Enter');
    await page.getByRole('option', { name: 'Singapore (SG)' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText('Singapore — division of X.1060 roles').waitFor();
    expect(await cellLabel(page, 'B ', 'NCSC')).toContain(': 4 of 10');
  });

  it('imports through the file input, then exports the whole workspace as long CSV', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    const csv =
      'country,service,stakeholder,score\nKenya,D-2,National CSIRT,9\nKenya,D-2,Ministry of ICT,NA\nKenya,"=cmd",NCSC,2.5\n';
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'kenya.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await confirmImport(page);
    await expect.poll(() => status(page).textContent()).toContain('Imported 1 country from kenya.csv: Kenya.');
    await page.getByText('Kenya — division of X.1060 roles').waitFor();
    expect(await cellLabel(page, 'D-2 ', 'National CSIRTs')).toContain(': 9 of 10');
    expect(await cellLabel(page, 'D-2 ', 'Ministry of ICT')).toContain(': unknown');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('x1060-roles.csv');
    const exported = readFileSync(await download.path(), 'utf8');
    const bundled = ['japan', 'united-states', 'singapore'].map((f) => readFileSync(`datasets/${f}.csv`, 'utf8'));
    const expected =
      bundled[0]! +
      bundled
        .slice(1)
        .map((f) => f.slice(f.indexOf('\r\n') + 2))
        .join('') +
      "Kenya,D-2,National CSIRT,9\r\nKenya,D-2,Ministry of ICT,NA\r\nKenya,D-2,NCSC,\r\nKenya,'=cmd,National CSIRT,\r\nKenya,'=cmd,Ministry of ICT,\r\nKenya,'=cmd,NCSC,2.5\r\n";
    expect(exported).toBe(expected);
  });

  it('rejects a bad file with its line in role=alert and loses nothing', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    const bad = 'Row,NCSC,PSIRT\nA,1,2\nB,1,20\n';
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await confirmImport(page);
    await expect
      .poll(() => alert(page).textContent())
      .toContain('line 3, column 3 (C, PSIRT): score 20 is outside 0–10');
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page.getByRole('button', { name: /Country/ }).click();
    expect(await page.getByRole('option').allTextContents()).toEqual([
      'Japan (JP)',
      'United States (US)',
      'Singapore (SG)',
    ]);
  });

  it('imports a file dropped onto the page', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['service,stakeholder,score\nB-1,Private SOC,6\n'], 'Cameroon.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await confirmImport(page);
    await page.getByText('Cameroon — division of X.1060 roles').waitFor();
    expect(await cellLabel(page, 'B-1 ', 'Private SOC')).toContain(': 6 of 10');
  });

  it('loads ?data= links at start-up, naming the failures in role=alert', async () => {
    await page.goto(
      `${site.url}?data=${encodeURIComponent('../../../files/seed/japan.tsv')}&data=../../../files/none.csv`,
    );
    await page.getByText('japan — division of X.1060 roles').waitFor();
    await expect.poll(() => status(page).textContent()).toContain('Imported 1 country from japan.tsv: japan.');
    expect(await alert(page).textContent()).toContain(
      'could not load ../../../files/none.csv: the server answered 404',
    );
    expect(await cellLabel(page, 'C ', 'Academia')).toContain(': 10 of 10');
  });

  it('opens a link to Compare on Compare at once, with a spinner while its part loads', async () => {
    // The part held back 2 s (a slow line): a trial saw the heatmap, then a blank page, for seconds.
    let release = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    await page.route(/\/assets\/CompareView-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Every tab ever drawn selected, from the first render on.
    await page.addInitScript(() => {
      const seen = new Set<string>();
      (window as unknown as { tabsSeen: Set<string> }).tabsSeen = seen;
      new MutationObserver(() =>
        document
          .querySelectorAll('[role="tab"][aria-selected="true"]')
          // The build's prerendered heatmap is in the page but never painted for a link with parameters.
          .forEach((t) => t.closest('[data-prerendered]') || seen.add(t.textContent ?? '')),
      ).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(`${site.url}?view=compare`, { waitUntil: 'commit' });
    const tab = page.getByRole('tab', { name: 'Compare' });
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    const spinner = page.locator('[role="tabpanel"] > .lazy-part.view-loading');
    await expect
      .poll(
        () =>
          spinner.evaluate((el) => {
            const after = getComputedStyle(el, '::after');
            return `${after.content} ${after.opacity}`;
          }),
        { timeout: 10_000 },
      )
      .toBe('"" 1');
    expect(await page.evaluate(() => [...(window as unknown as { tabsSeen: Set<string> }).tabsSeen])).toEqual([
      'Compare',
    ]);
    release();
    await page.getByRole('heading', { name: 'Compare countries' }).waitFor();
    expect(await spinner.count()).toBe(0);
  });

  it('has no axe-core accessibility violations on the heatmap page', async () => {
    await page.goto(site.url);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
    const violations = await runAxe(page);
    expect(violations).toEqual([]);
  });
});
