import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST_DIR, runAxe, setupChromiumApp } from './harness';

// The hosted app as an installed, offline app: its service worker in real Chromium. The file serves a
// copy of the build under a sub-path (the relative base), so that the last test can deploy a new
// version into it.
const copy = mkdtempSync(join(tmpdir(), 'x1060-pwa-'));
beforeAll(() => cpSync(DIST_DIR, copy, { recursive: true }));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const app = setupChromiumApp({
  mounts: { '/deep/app/': copy },
  // As some hosts do: index.html redirects to the folder (a redirected copy could not answer a navigation).
  routes: { '/deep/app/index.html': (_req, res) => void res.writeHead(301, { location: './' }).end() },
  contextOptions: { serviceWorkers: 'allow' },
  collectPageErrors: true,
  collectCspViolations: true,
});

const TITLE = 'Japan — division of X.1060 roles';
const cellLabel = (p: Page, row: string, col: string) =>
  p.locator(`[role="gridcell"][aria-label^="${row}"][aria-label*=", ${col}: "]`).first().getAttribute('aria-label');

/** Visits the app and waits until its service worker controls the page (the first visit installs it). */
async function visitAndInstall(p: Page, url: string) {
  await p.goto(url);
  await p.getByText(TITLE).waitFor();
  await p.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Imports a CSV through the file input and the review dialog's Import button. */
async function importCsv(p: Page, name: string, csv: string, title: string) {
  await p.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await p.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  await p.getByText(title).waitFor();
}

describe('the installed app', () => {
  it('keeps every file of the build, and serves a manifest and icons that Chromium reads under the CSP: installable', async () => {
    const { page, context, site } = app;
    await visitAndInstall(page, site.url);
    const manifest = JSON.parse(await (await fetch(`${site.url}manifest.webmanifest`)).text()) as {
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['any', '192x192', '512x512', '512x512']);
    for (const icon of manifest.icons) {
      const res = await fetch(new URL(icon.src, `${site.url}manifest.webmanifest`));
      expect(res.status, icon.src).toBe(200);
      expect(res.headers.get('content-type'), icon.src).toMatch(/^image\//);
    }
    const cdp = await context.newCDPSession(page);
    const read = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
    expect(read.url).toBe(`${site.url}manifest.webmanifest`);
    expect(read.errors).toEqual([]);
    expect(JSON.parse(read.data ?? '{}')).toEqual(manifest);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // The worker keeps every file of the build (and nothing else).
    const built = readdirSync(copy, { recursive: true, encoding: 'utf8' }).filter(
      (f) => statSync(join(copy, f)).isFile() && f !== 'sw.js',
    );
    const listed = /const PRECACHED = new Set\((\[[^\]]*\])/.exec(readFileSync(join(copy, 'sw.js'), 'utf8'))?.[1];
    expect((JSON.parse(listed ?? '[]') as string[]).sort()).toEqual(built.map((f) => f.split('\\').join('/')).sort());
    // A test's browser context is a private one, which alone keeps Chromium from offering to install.
    expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
  });

  it('once visited, opens and imports with the browser offline (the import worker included)', async () => {
    const { page, context, site } = app;
    await visitAndInstall(page, site.url);
    await context.setOffline(true);
    await page.reload();
    await page.getByText(TITLE).waitFor();
    expect(await page.locator('[role="gridcell"]').count()).toBe(90);
    // 256 KB and more are read by the import worker, whose chunk must come from the cache too.
    const note = 'x'.repeat(90_000);
    const csv = `country,service,stakeholder,score,note\nKenya,D-2,National CSIRT,9,${note}\nKenya,B,NCSC,4,${note}\nKenya,A,NCSC,7,${note}\n`;
    const fromWorker = page.waitForEvent('response', (r) => /\/assets\/import\.worker-[^/]+\.js$/.test(r.url()));
    await importCsv(page, 'kenya.csv', csv, 'Kenya — division of X.1060 roles');
    const worker = await fromWorker;
    expect([worker.status(), worker.fromServiceWorker()]).toEqual([200, true]);
    expect(await cellLabel(page, 'D-2 ', 'National CSIRTs')).toContain(': 9 of 10');
    // Save as standalone HTML needs the single-file app: it is cached as well.
    expect(await page.evaluate(async () => (await fetch('./x1060-roles.html')).ok)).toBe(true);
  });
});

describe('the single file', () => {
  it('stays one file: no service worker, manifest or icon file (it opens from disk)', () => {
    const single = readFileSync(join(copy, 'x1060-roles.html'), 'utf8');
    expect(single).not.toMatch(/serviceWorker|sw\.js|rel="manifest"|favicon\.svg|theme-color/);
    expect(single).toContain('<link rel="icon" href="data:," />');
    expect(readFileSync(join(copy, 'index.html'), 'utf8')).toMatch(
      /<link rel="manifest" href="\.\/manifest\.webmanifest" \/>/,
    );
  });
});

describe('a new version', () => {
  it('waits until the user presses Reload to update, and the work done before is still there', async () => {
    const { page, site } = app;
    await visitAndInstall(page, site.url);
    await importCsv(
      page,
      'kenya.csv',
      'country,service,stakeholder,score\nKenya,D-2,National CSIRT,9\n',
      'Kenya — division of X.1060 roles',
    );
    await page.evaluate(() => Object.assign(window, { x1060SamePage: true }));

    // Deploy: a changed index.html, and the worker of that build (a new version string).
    const index = join(copy, 'index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace('<title>', '<meta name="x1060-test-build" content="2" />\n    <title>'),
    );
    const sw = join(copy, 'sw.js');
    writeFileSync(
      sw,
      readFileSync(sw, 'utf8').replace(/const CACHE = PREFIX \+ "([0-9a-f]+)"/, 'const CACHE = PREFIX + "$1-2"'),
    );
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const banner = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await banner.waitFor();
    // Announced, not applied: the page is the same one, still on the old build.
    expect(await page.evaluate(() => 'x1060SamePage' in window)).toBe(true);
    expect(await page.locator('meta[name="x1060-test-build"]').count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);

    // Work done just before pressing it, not yet saved by the autosave's pause, is saved by the button.
    await importCsv(
      page,
      'zambia.csv',
      'country,service,stakeholder,score\nZambia,B,NCSC,3\n',
      'Zambia — division of X.1060 roles',
    );
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload to update' }).click()]);
    await page.getByText('Zambia — division of X.1060 roles').waitFor();
    await page.getByRole('button', { name: 'Country' }).click();
    expect(await page.getByRole('option').allTextContents()).toEqual([
      'Japan (JP)',
      'United States (US)',
      'Singapore (SG)',
      'Kenya',
      'Zambia',
    ]);
    await page.keyboard.press('Escape');
    expect(await page.locator('meta[name="x1060-test-build"]').count()).toBe(1);
    expect(await page.getByText('A new version is ready.').count()).toBe(0);
    // The old version's cache is gone; the new one serves the page.
    const names = await page.evaluate(() => caches.keys());
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/-2$/);
  });
});
