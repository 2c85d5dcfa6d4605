import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ServerResponse } from 'node:http';
import { DIST_DIR, setupChromiumApp, type StaticSite } from './harness';

// ?data= links that hang, flood or are no CSV at all, in the production build: the others load and
// the view applies without them.
const open: ServerResponse[] = [];
const csv = (country: string) => `country,service,stakeholder,score\n${country},D-2,NCSC,9\n`;
const app = setupChromiumApp({
  mounts: { '/app/': DIST_DIR },
  routes: {
    // Headers and a first line, then nothing, ever.
    '/links/never.csv': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.write('country,service,stakeholder,score\n');
      open.push(res);
    },
    '/links/kenya.csv': (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(csv('Kenya')),
    // A body that reads as CSV, sent as a web page.
    '/links/page.csv': (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(csv('Zambia')),
  },
});
let site: StaticSite, page: Page;
beforeEach(() => {
  ({ site, page } = app);
});

const query = (p: Page) => new URL(p.url()).searchParams;
const sankeySelected = (p: Page) => p.getByRole('tab', { name: 'Sankey' }).getAttribute('aria-selected');

describe('?data= links that never finish', () => {
  it('loads the good link, applies view=, and abandons the stalled one with an alert naming it', async () => {
    // Test-only: a short stall limit (the app's is 30 s), set before the page loads.
    await page.addInitScript(() => {
      (window as unknown as { __x1060StallMs: number }).__x1060StallMs = 1500;
    });
    await page.goto(
      `${site.url}?data=${encodeURIComponent('/links/never.csv')}&data=${encodeURIComponent('/links/kenya.csv')}&view=sankey`,
    );
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 })
      .toContain(
        'Could not import never.csv: 1 error. could not load /links/never.csv: nothing arrived for 1.5 s (34 bytes received): the link was abandoned',
      );
    expect(await page.getByRole('status').textContent()).toContain('Imported 1 country from kenya.csv: Kenya.');
    expect(await sankeySelected(page)).toBe('true');
    await expect.poll(() => query(page).get('country')).toBe('user:Kenya');
  });

  it('applies view= and shows the good link while the stalled one is still loading', async () => {
    // The app's own stall limit (30 s): the view must not wait for it.
    await page.goto(
      `${site.url}?data=${encodeURIComponent('/links/never.csv')}&data=${encodeURIComponent('/links/kenya.csv')}&view=sankey`,
    );
    await expect.poll(() => sankeySelected(page), { timeout: 20_000 }).toBe('true');
    await expect.poll(() => query(page).get('country')).toBe('user:Kenya');
    // The address follows the store at once; the status is drawn in a later task.
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Imported 1 country from kenya.csv: Kenya. Still loading 1 linked file: it joins when it arrives.');
    // An empty alert region is hidden, so it is found by its attribute, not its role.
    expect(await page.locator('[role="alert"]').textContent()).toBe('');
    expect(await page.getByRole('tab', { name: 'Sankey' }).isVisible()).toBe(true);
  });

  it('refuses a link served as a web page, naming its type, even when its body reads as CSV', async () => {
    await page.goto(
      `${site.url}?data=${encodeURIComponent('/links/page.csv')}&data=${encodeURIComponent('/links/kenya.csv')}`,
    );
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain('could not load /links/page.csv: the server sent text/html, not a CSV file');
    await expect.poll(() => query(page).get('country')).toBe('user:Kenya');
    for (const res of open.splice(0)) res.destroy();
  });
});
