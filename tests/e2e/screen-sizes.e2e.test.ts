import { beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { runAxe, setupChromiumApp, type StaticSite } from './harness';
import { partsLoaded } from './app-actions';
import { addToDeck } from './deck-actions';

// The chart first, at the sizes people open the app on: a phone held upright, a tablet, a ministry laptop.
// Each size is its own browser context (touch and mobile viewport where a finger is the pointer).
const SIZES = [
  { name: 'phone 360 × 740', width: 360, height: 740, touch: true, mobile: true },
  { name: 'tablet 768 × 1024', width: 768, height: 1024, touch: true, mobile: false },
  { name: 'laptop 1366 × 768', width: 1366, height: 768, touch: false, mobile: false },
] as const;

const TITLE = 'Japan — division of X.1060 roles';
const VIEWS = ['Heatmap', 'Sankey', 'Compare', 'Edit'] as const;

/** The page's own scroll width, and the window's width. */
const widths = (p: Page) =>
  p.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));

/** A press as the size's user makes it: a tap on a touch screen, a click with a mouse. */
const press = (target: Locator, touch: boolean) => (touch ? target.tap() : target.click());

/** Buttons, tabs and picker buttons that are on screen and smaller than 44 × 44 px. */
const smallTargets = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, [role="tab"], [role="menuitem"]')]
      // Visually hidden ones (react-aria's Dismiss button for screen readers) are no target.
      .filter((el) => el.checkVisibility() && !el.closest('svg, [style*="clip"]'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
      .map(({ el, box }) => `${el.textContent?.trim() || el.getAttribute('aria-label')}: ${box.width}×${box.height}`),
  );

describe.each(SIZES)('$name', ({ width, height, touch, mobile }) => {
  const app = setupChromiumApp({
    viewport: { width, height },
    contextOptions: { hasTouch: touch, isMobile: mobile },
    collectPageErrors: true,
  });
  let site: StaticSite, page: Page;
  beforeEach(async () => {
    ({ site, page } = app);
    await page.goto(site.url);
    await page.getByText(TITLE).waitFor();
    await partsLoaded(page);
  });

  it('never scrolls the page sideways, in any view', async () => {
    for (const view of VIEWS) {
      await page.getByRole('tab', { name: view }).click();
      await page.getByRole('tabpanel').locator('svg, table, .editor-grid').first().waitFor();
      await partsLoaded(page);
      expect({ view, ...(await widths(page)) }).toEqual({ view, page: width, window: width });
    }
  });

  it('draws every comparison chart with words of at least 10 px, scrolling sideways inside its box where it must', async () => {
    await page.getByRole('tab', { name: 'Compare' }).click();
    const charts = page.locator('.chart-scroll > svg.compare-chart');
    await charts.first().waitFor();
    await partsLoaded(page);
    const shown = await charts.evaluateAll((svgs) =>
      svgs.map((svg) => {
        const s = svg as SVGSVGElement;
        const box = s.closest('.chart-scroll')!;
        const scale = s.getBoundingClientRect().width / s.width.baseVal.value;
        const words = [...s.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        return {
          chart: document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
          smallestWords: Math.round(Math.min(...words) * 10) / 10,
          scrolls: box.scrollWidth > box.clientWidth,
          fits: box.clientWidth <= window.innerWidth,
        };
      }),
    );
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const c of shown) {
      expect(c.smallestWords, c.chart).toBeGreaterThanOrEqual(10 * 0.95);
      expect(c.fits, c.chart).toBe(true);
    }
    // On the phone the side-by-side chart (1,641 px wide) scrolls; it was shrunk to 0.23, its words 3 px.
    if (width < 500) expect(shown.some((c) => c.scrolls)).toBe(true);
    expect(await widths(page)).toEqual({ page: width, window: width });
  });

  it('puts the chart on the first screen (within the top quarter on the laptop, with all 9 rows)', async () => {
    const chart = await page.locator('svg.heatmap').boundingBox();
    expect(chart).not.toBeNull();
    expect(chart!.y).toBeGreaterThan(0);
    if (touch) expect(chart!.y + 100).toBeLessThan(height);
    else {
      expect(chart!.y).toBeLessThanOrEqual(height * 0.25);
      const lastRow = await page.locator('[role="gridcell"][aria-label^="I Active relationship"]').last().boundingBox();
      expect(lastRow!.y + lastRow!.height).toBeLessThanOrEqual(height);
    }
    await page.getByRole('tab', { name: 'Sankey' }).click();
    const sankey = await page.locator('svg.sankey').first().boundingBox();
    expect(sankey!.y).toBeLessThan(touch ? height : height * 0.25);
  });

  it('shows a cell’s details when it is tapped or clicked, and hides them at a press elsewhere', async () => {
    const cell = page.locator('[role="gridcell"][aria-label^="C Deep analysis, National CSIRTs"]');
    await cell.scrollIntoViewIfNeeded();
    await press(cell, touch);
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('Deep analysis');
    expect(await tip.textContent()).toContain('8 of 10');
    await press(page.locator('.provenance'), touch);
    await expect.poll(() => tip.count()).toBe(0);
  });

  it('shows the whole tooltip of a cell at the right edge of what is in view, inside the chart’s box', async () => {
    // The rightmost cell in view of row C (on a phone the heatmap scrolls; its tooltip was cut at the edge).
    const at = await page.locator('[role="gridcell"][aria-label^="C Deep analysis, "]').evaluateAll((cells) => {
      const right = Math.min(
        innerWidth,
        cells[0]!.closest('.chart-scroll')?.getBoundingClientRect().right ?? innerWidth,
      );
      const inView = cells.filter((c) => c.getBoundingClientRect().right <= right + 0.5);
      return cells.indexOf(inView.at(-1)!);
    });
    await press(page.locator('[role="gridcell"][aria-label^="C Deep analysis, "]').nth(at), touch);
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const shown = await page.evaluate(() => {
      const t = document.querySelector('[role="tooltip"]')!.getBoundingClientRect();
      const box = document.querySelector('svg.heatmap')!.closest('.chart-scroll')!.getBoundingClientRect();
      return { left: t.left, right: t.right, min: Math.max(0, box.left), max: Math.min(innerWidth, box.right) };
    });
    expect(shown.left).toBeGreaterThanOrEqual(shown.min);
    expect(shown.right).toBeLessThanOrEqual(shown.max);
  });

  it('shows a Sankey flow’s figures when it is tapped or clicked, and hides them at a press elsewhere', async () => {
    await page.getByRole('tab', { name: 'Sankey' }).click();
    await partsLoaded(page);
    const link = page.locator('path.sankey-link').first();
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    // The middle of the flow's band, where nothing else is drawn over it.
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await (touch ? page.touchscreen.tap(at.x, at.y) : page.mouse.click(at.x, at.y));
    const tip = page.locator('.sankey-tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/→/);
    await press(page.getByRole('tab', { name: 'Sankey' }), touch);
    await expect.poll(() => tip.count()).toBe(0);
  });

  it('keeps every name of the public contract, findable by role', async () => {
    expect(await page.getByRole('button', { name: 'Export CSV', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Export CSV', exact: true }).isEnabled()).toBe(true);
    expect(await page.locator('input[type=file]').count()).toBe(1);
    // The live regions are there, empty, before anything is announced.
    expect(await page.getByRole('status', { includeHidden: true }).count()).toBe(1);
    expect(await page.getByRole('alert', { includeHidden: true }).count()).toBe(1);
    // The other exports are one menu away, named as their buttons were.
    await press(page.getByRole('button', { name: 'More exports' }), touch);
    expect(await page.getByRole('menuitem').allTextContents()).toEqual([
      'Export wide CSV',
      'Export workspace (JSON)',
      'Export Excel (.xlsx)',
      'CSV for Excel',
    ]);
    await page.keyboard.press('Escape');
    await press(page.getByRole('button', { name: 'Export chart' }), touch);
    expect(await page.getByRole('menuitem').allTextContents()).toEqual([
      'Export SVG',
      'PNG 1×',
      'PNG 2×',
      'PNG 4×',
      'Copy image',
    ]);
  });

  it('opens the view options beside the chart (laptop) or in a sheet (touch), and is axe-clean either way', async () => {
    expect(await runAxe(page)).toEqual([]);
    if (touch) {
      expect(await page.getByRole('button', { name: 'Sort rows' }).count()).toBe(0);
      await press(page.getByRole('button', { name: 'View options' }), touch);
      const sheet = page.getByRole('dialog', { name: 'View options' });
      await sheet.getByRole('button', { name: /Sort rows/ }).waitFor();
      expect(await smallTargets(page)).toEqual([]);
      expect(await runAxe(page)).toEqual([]);
      // A choice made in the sheet applies at once to the view behind it.
      await press(sheet.getByRole('button', { name: 'Show as table' }), touch);
      await press(sheet.getByRole('button', { name: 'Close' }), touch);
      await sheet.waitFor({ state: 'detached' });
      expect(await page.getByRole('table').locator('tbody tr').count()).toBe(9);
    } else {
      const panel = page.getByRole('complementary', { name: 'View options' });
      expect(await panel.getByRole('button', { name: /Sort rows/ }).isVisible()).toBe(true);
      const toggle = page.getByRole('button', { name: 'View options' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const before = (await page.locator('svg.heatmap').boundingBox())!.width;
      await toggle.click();
      expect(await panel.count()).toBe(0);
      // Folded away, the chart takes the room; the choice is kept for the next visit.
      expect((await page.locator('svg.heatmap').boundingBox())!.width).toBeGreaterThan(before + 150);
      await page.reload();
      await page.getByText(TITLE).waitFor();
      expect(await page.getByRole('button', { name: 'View options' }).getAttribute('aria-expanded')).toBe('false');
      expect(await runAxe(page)).toEqual([]);
    }
  });

  it.runIf(touch)('gives every button and tab at least 44 × 44 px on a touch screen', async () => {
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Sankey' }).tap();
    await page.locator('svg.sankey').first().waitFor();
    expect(await smallTargets(page)).toEqual([]);
  });

  it.runIf(mobile)('scrolls a wide chart inside its own labelled region, its row labels staying in view', async () => {
    const region = page.getByRole('region', { name: `${TITLE} (scrolls sideways)` });
    expect(await region.getAttribute('tabindex')).toBe('0');
    const scroll = await region.evaluate((el) => ({ inner: el.scrollWidth, outer: el.clientWidth }));
    expect(scroll.inner).toBeGreaterThan(scroll.outer);
    await region.evaluate((el) => el.scrollBy(200, 0));
    const labels = (await page.locator('.heatmap-sticky-labels').boundingBox())!;
    const regionBox = (await region.boundingBox())!;
    expect(Math.abs(labels.x - regionBox.x)).toBeLessThan(1);
    expect(await page.locator('.heatmap-sticky-labels').textContent()).toContain('Deep analysis');
    // The Sankey too keeps a readable width, in a region of its own.
    await page.getByRole('tab', { name: 'Sankey' }).tap();
    const sankey = page.getByRole('region', { name: 'Japan: Sankey diagram of X.1060 roles (scrolls sideways)' });
    expect(await sankey.getAttribute('tabindex')).toBe('0');
    expect((await page.locator('svg.sankey').boundingBox())!.width).toBeGreaterThanOrEqual(640);
    expect(await widths(page)).toEqual({ page: width, window: width });
  });
});

describe('a phone held sideways (740 × 360)', () => {
  const app = setupChromiumApp({
    viewport: { width: 740, height: 360 },
    contextOptions: { hasTouch: true, isMobile: true },
    collectPageErrors: true,
  });

  it('opens a ?data= link and presents it full screen, without sideways scrolling', async () => {
    const csv = 'country,service,stakeholder,score\r\nKenya,A,NCSC,9\r\nKenya,D,National CSIRT,7\r\n';
    const { page, site } = app;
    await page.route('**/kenya.csv', (r) => r.fulfill({ body: csv, contentType: 'text/csv' }));
    await page.goto(`${site.url}?data=kenya.csv`);
    await page.getByText('Kenya — division of X.1060 roles').waitFor();
    await partsLoaded(page);
    expect(await widths(page)).toEqual({ page: 740, window: 740 });
    expect((await page.locator('svg.heatmap').boundingBox())!.y).toBeLessThan(360);
    await page.getByRole('button', { name: 'Present' }).tap();
    const slide = page.locator('section[aria-roledescription="slide"]');
    await slide.waitFor();
    const chart = (await slide.locator('svg').first().boundingBox())!;
    expect(chart.x).toBeGreaterThanOrEqual(0);
    expect(chart.x + chart.width).toBeLessThanOrEqual(741);
    expect(chart.y + chart.height).toBeLessThanOrEqual(361);
    expect(await widths(page)).toEqual({ page: 740, window: 740 });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present' }).waitFor();
  });
});

describe('a phone turned upright while presenting (740 × 360 → 360 × 740)', () => {
  const app = setupChromiumApp({
    viewport: { width: 740, height: 360 },
    contextOptions: { hasTouch: true, isMobile: true },
    collectPageErrors: true,
  });

  it('asks to be turned sideways instead of drawing a wide slide in a strip; the buttons still step and exit', async () => {
    const { page, site } = app;
    await page.goto(site.url);
    await partsLoaded(page);
    await addToDeck(page, 1);
    await page.getByRole('tab', { name: 'Sankey' }).click();
    await page.locator('svg.sankey').first().waitFor();
    await addToDeck(page, 2);
    await page.getByRole('button', { name: 'Present' }).tap();
    const slide = page.locator('section[aria-roledescription="slide"]');
    const turn = page.getByText('Turn your phone sideways to present', { exact: false });
    await slide.waitFor();
    expect(await turn.isVisible()).toBe(false);
    await page.setViewportSize({ width: 360, height: 740 });
    await turn.waitFor();
    expect(await slide.isVisible()).toBe(false);
    // Nothing overlaps: the hint, then the counter and buttons, each whole on the screen (they overlapped).
    const boxes = await page
      .locator('.presenter-turn, .presenter-counter, .presenter-nav')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(3);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(361);
      expect(b.bottom).toBeLessThanOrEqual(741);
    }
    expect(boxes[0]!.bottom).toBeLessThanOrEqual(Math.min(boxes[1]!.top, boxes[2]!.top));
    const counter = page.locator('.presenter-counter');
    const before = await counter.textContent();
    await page.getByRole('button', { name: 'Next slide' }).tap();
    await expect.poll(() => counter.textContent()).not.toBe(before);
    await page.setViewportSize({ width: 740, height: 360 });
    await slide.waitFor();
    expect(await turn.isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Exit/ }).tap();
    await page.getByRole('button', { name: 'Present' }).waitFor();
  });
});

describe('the app bar at 1280 × 800', () => {
  const app = setupChromiumApp({ viewport: { width: 1280, height: 800 } });

  it.each(['en', 'ja'])('holds every command on one line (%s)', async (lang) => {
    const { page, site } = app;
    await page.goto(`${site.url}?lang=${lang}`);
    await page.locator('svg.heatmap').waitFor();
    await partsLoaded(page);
    const tops = await page
      .locator('.app-header button')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops).toHaveLength(7);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
    expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThan(70);
  });

  it('reaches every control by keyboard, in reading order: app bar, tabs, chart commands, options, chart', async () => {
    const { page, site } = app;
    await page.goto(site.url);
    await page.locator('svg.heatmap').waitFor();
    await partsLoaded(page);
    const stops: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement!;
          // The words only: chevrons (▾ ◂) are decoration.
          const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : undefined;
          return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '')
            .replace(/[▾◂▸]/g, '')
            .replace(/\s+/g, ' ')
            .trim();
        }),
      );
    }
    expect(stops).toEqual([
      'Japan (JP)',
      'Import CSV…',
      'Export CSV',
      'More exports',
      'English',
      'Deck (0)',
      'Present',
      'Heatmap',
      'View options',
      'Export chart',
      'Caption on exports',
      'As in the file',
      'As in the file',
      'Totals',
    ]);
  });
});
