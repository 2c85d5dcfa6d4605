import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupChromiumApp, type StaticSite } from './harness';
import { countryNames } from './app-actions';

// The import review in the production build, in real Chromium: encodings, rejection, paste, worker.
const app = setupChromiumApp();
let site: StaticSite, page: Page;
beforeEach(async () => {
  ({ site, page } = app);
  await page.goto(site.url);
  await page.getByText('Japan — division of X.1060 roles').waitFor();
});

const dialog = (p: Page) => p.getByRole('dialog');
const countries = countryNames;
const cellLabel = (p: Page, row: string, col: string) =>
  p.locator(`[role="gridcell"][aria-label^="${row}"][aria-label*=", ${col}: "]`).first().getAttribute('aria-label');

describe('import review in Chromium', () => {
  it('imports a Shift_JIS file with Japanese names intact after review', async () => {
    const bytes = readFileSync('tests/fixtures/import/sjis-japan-wide.csv');
    await page.locator('input[type=file]').setInputFiles({ name: '日本.csv', mimeType: 'text/csv', buffer: bytes });
    await dialog(page)
      .getByRole('button', { name: /Detected: Shift_JIS \(CP932\)/ })
      .waitFor();
    expect(await dialog(page).getByRole('rowheader').allTextContents()).toEqual([
      'ナショナルCSIRT',
      '学術機関',
      '警察・司法',
      '経済産業省',
    ]);
    expect(await dialog(page).getByText('"経済産業省" is not a standard stakeholder type').count()).toBe(1);
    await dialog(page).getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Imported 1 country from 日本.csv: 日本.');
    await page.getByText('日本 — division of X.1060 roles').waitFor();
    expect(await cellLabel(page, 'D-1 ', 'Academia')).toContain(': 2 of 10');
    expect(await cellLabel(page, 'D-1 ', '経済産業省')).toContain('blank = not involved');
  });

  it("keeps the review's Import and Cancel whole in view when its content scrolls (1366 × 768)", async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const stakeholders = ['NCSC', 'National CSIRTs', 'PSIRT', '情報処理推進機構', 'Academia'];
    const lines = ['country,service,stakeholder,score,note'];
    for (const s of ['A-1', 'B-1', 'C-1', 'D-1']) for (const st of stakeholders) lines.push(`Testland,${s},${st},5,`);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'testland.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    const buttons = dialog(page).locator('.ui-modal-actions');
    await buttons.getByRole('button', { name: 'Import' }).waitFor();
    // A trial saw the buttons' lower part cut off by the dialog's edge, the content scrolling under them.
    const [box, frame, scrolls] = await buttons.evaluate((el) => {
      const modal = el.closest('.ui-modal')!;
      const r = (e: Element) => e.getBoundingClientRect();
      return [r(el).toJSON(), r(modal).toJSON(), modal.scrollHeight > modal.clientHeight] as [
        DOMRect,
        DOMRect,
        boolean,
      ];
    });
    expect(scrolls).toBe(true);
    for (const b of await buttons.getByRole('button').all()) {
      const bb = (await b.boundingBox())!;
      expect(bb.y + bb.height).toBeLessThanOrEqual(frame.y + frame.height);
    }
    expect(box.y + box.height).toBeLessThanOrEqual(768);
  });

  it('rejects a bad file, lists its problems in the review and leaves the workspace untouched', async () => {
    const before = await countries(page);
    await page.locator('input[type=file]').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('tests/fixtures/import/err-out-of-range.csv'),
    });
    await dialog(page).locator('.review-verdict', { hasText: 'Cannot be imported' }).waitFor();
    expect(await dialog(page).locator('.problem-error').allTextContents()).toEqual([
      'Error line 3, column 2 (B, NCSC): score 11 is outside 0–10',
      'Error line 3, column 3 (C, PSIRT): score -1 is outside 0–10',
    ]);
    await dialog(page).getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Could not import bad.csv: 2 errors. line 3, column 2 (B, NCSC): score 11 is outside 0–10');
    expect(await countries(page)).toEqual(before);
    await page.getByText('Japan — division of X.1060 roles').waitFor();
  });

  it('imports cells pasted from a spreadsheet (tab-separated text/plain)', async () => {
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'Service\tNCSC\tISAC\r\nB-1\t6\t?\r\nB-2\t\t3\r\n');
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await dialog(page).getByRole('heading', { name: 'Check the pasted cells before importing' }).waitFor();
    await dialog(page).getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Imported 1 country from Pasted.tsv: Pasted.');
    expect(await cellLabel(page, 'B-1 ', 'NCSC')).toContain(': 6 of 10');
    expect(await cellLabel(page, 'B-1 ', 'ISAC')).toContain('unknown');
  });

  it('reads a big file in a Web Worker and lets the Japanese reviewer re-map a header', async () => {
    const lines = ['country,service,stakeholder,score'];
    for (let c = 0; c < 40; c++)
      for (let s = 1; s <= 13; s++)
        for (const st of ['NCSC', 'PSIRT', 'Ministry of ICT']) lines.push(`Land ${c},A-${s},${st},${(c + s) % 11}`);
    const created: string[] = [];
    page.on('worker', (w) => created.push(w.url()));
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: /日本語/ }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'many.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n').padEnd(300_000, '\n')),
    });
    await dialog(page).getByRole('heading', { name: '読み込む前に確認' }).waitFor();
    expect(created.some((u) => u.includes('import.worker'))).toBe(true);
    await dialog(page).getByRole('button', { name: '「Ministry of ICT」の解釈' }).click();
    await page.getByRole('option', { name: 'ナショナルCSIRT' }).click();
    await expect.poll(() => dialog(page).locator('.problem-warning').count()).toBe(0);
    await dialog(page).getByRole('button', { name: 'Import' }).click();
    // The page is in Japanese, so the announcement is too.
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('many.csvから40か国を読み込みました：Land 0、Land 1');
  });
  it('reads a big ?data= file in the Web Worker and shows it without a review', async () => {
    const lines = ['country,service,stakeholder,score'];
    for (let c = 0; c < 40; c++)
      for (let s = 1; s <= 13; s++)
        for (const st of ['NCSC', 'PSIRT', 'ISAC']) lines.push(`Land ${c},A-${s},${st},${(c + s) % 11}`);
    const body = lines.join('\n').padEnd(300_000, '\n');
    await page.route('**/big-link.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body }));
    const created: string[] = [];
    page.on('worker', (w) => created.push(w.url()));
    await page.goto(`${site.url}?data=big-link.csv`);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        'Imported 40 countries from big-link.csv: Land 0, Land 1, Land 2, Land 3, Land 4, Land 5, Land 6, Land 7, Land 8, Land 9 and 30 more.',
      );
    expect(created.some((u) => u.includes('import.worker'))).toBe(true);
    expect(await dialog(page).count()).toBe(0);
    await page.getByText('Land 0 — division of X.1060 roles').waitFor();
    // Land 0, A-3: (0 + 3) % 11 = 3.
    expect(await cellLabel(page, 'A-3 ', 'PSIRT')).toContain(': 3 of 10');
  });
});

describe('big files read by two workers at once', () => {
  /** A long file of `countries` × 64 services × 3 stakeholders (about 26 bytes a line); `bad` puts "x" as the score of that 1-based line. */
  const bigFile = (countries: number, bad?: number) => {
    const lines = ['country,service,stakeholder,score'];
    for (let c = 0; c < countries; c++)
      for (const cat of 'ABCDEFGHI')
        for (let s = 1; s <= 7; s++)
          for (const st of ['NCSC', 'PSIRT', 'ISAC']) lines.push(`Land ${c},${cat}-${s},${st},${(c + s) % 11}`);
    if (bad) lines[bad - 1] = lines[bad - 1]!.replace(/,\d+$/, ',x');
    return { text: lines.join('\r\n') + '\r\n', count: lines.length };
  };
  const splits = (p: Page) =>
    p.evaluate(() => performance.getEntriesByName('x1060: import read in two parts', 'mark').length);

  it('finds a problem in the second half on its own line, and reads a good file whole and right', async () => {
    const { text, count } = bigFile(1500, 0);
    expect(text.length).toBeGreaterThan(2.2 * 1024 * 1024);
    const bad = count - 7;
    const broken = bigFile(1500, bad).text;
    // Pointing at the button starts the workers, as for a user about to pick a file.
    await page.getByRole('button', { name: 'Import CSV…' }).hover();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await dialog(page).getByRole('heading', { name: 'Check before importing' }).waitFor();
    expect(await splits(page)).toBe(1);
    await expect
      .poll(() => dialog(page).locator('.problem-error').first().textContent())
      .toContain(`line ${bad}, column 4`);
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await dialog(page).getByRole('heading', { name: 'Check before importing' }).waitFor();
    expect(await splits(page)).toBe(2);
    await dialog(page).getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^Imported 1500 countries from good\.csv: Land 0, Land 1/);
    // A country from the second half: Land 1400, I-7 (service 7): (1400 + 7) % 11 = 10.
    await page.getByRole('button', { name: /Country/ }).click();
    await page.getByRole('option', { name: 'Land 1400', exact: true }).click();
    await page.getByText('Land 1400 — division of X.1060 roles').waitFor();
    expect(await cellLabel(page, 'I-7 ', 'ISAC')).toContain(': 10 of 10');
  });

  it("reads files all the same when the workers' code cannot be loaded, before or during a read", async () => {
    // The first worker's code loads; later ones fail after a pause (say, a new version was deployed meanwhile).
    let requests = 0;
    await page.route('**/import.worker-*.js', async (route) => {
      if (++requests === 1) return route.continue();
      await new Promise((ok) => setTimeout(ok, 400));
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' });
    });
    const { text } = bigFile(1500);
    const imported = async (name: string) => {
      await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
      await dialog(page).getByRole('heading', { name: 'Check before importing' }).waitFor();
      await dialog(page).getByRole('button', { name: 'Import' }).click();
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toMatch(new RegExp(`^Imported 1500 countries from ${name.replace('.', '\\.')}`));
    };
    // Before: the second worker failed while it waited in the pool (a dead worker given the file would never answer).
    await page.getByRole('button', { name: 'Import CSV…' }).hover();
    await page.waitForTimeout(800);
    await imported('before.csv');
    // During: a worker started for this read fails while it holds the file; the page reads it itself.
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: 'Import CSV…' }).hover();
    await imported('during.csv');
    expect(requests).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: /Country/ }).click();
    await page.getByRole('option', { name: 'Land 1400', exact: true }).first().click();
    await page.getByText('Land 1400 — division of X.1060 roles').waitFor();
    expect(await cellLabel(page, 'I-7 ', 'ISAC')).toContain(': 10 of 10');
  });

  it('stops both workers when the user stops reading, and leaves the workspace as it was', async () => {
    const { text } = bigFile(6000);
    const before = await countries(page);
    let ended = 0;
    page.on('worker', (w) => w.on('close', () => ended++));
    await page.getByRole('button', { name: 'Import CSV…' }).hover();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await dialog(page).getByRole('button', { name: 'Stop reading' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Import cancelled: nothing was loaded.');
    expect(await splits(page)).toBe(0);
    // Both busy workers were ended (idle ones would stay for the next file).
    await expect.poll(() => ended).toBe(2);
    expect(await countries(page)).toEqual(before);
    expect(before).toHaveLength(3);
    expect(await dialog(page).count()).toBe(0);
  });
});
