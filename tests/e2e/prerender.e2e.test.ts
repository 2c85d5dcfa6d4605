// The first screen rendered at build time (#18, scripts/vite-plugin-prerender.ts): the heatmap is in the
// HTML before any script runs, hydration draws the same page without an error, and a page whose first
// screen is another (saved work, Japanese, a link) never paints it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, setupChromiumApp } from './harness';

const app = setupChromiumApp({
  mounts: { '/app/': DIST_DIR, '/files/': 'tests/fixtures/import' },
  viewport: { width: 1280, height: 800 },
  collectPageErrors: true,
  collectCspViolations: true,
});
const JAPAN = 'Japan — division of X.1060 roles';

// Before any page script: counts the frames in which the prerendered chart was visible (rAF runs before
// each paint), notes whether the HTML had it at all, and keeps its <svg> to tell hydration from a redraw.
const WATCH = () => {
  const w = { hadPrerender: false, paintedFrames: 0, frames: 0, svg: null as Element | null };
  Object.assign(window, { __watch: w });
  new MutationObserver(() => {
    const svg = document.querySelector('#root[data-prerendered] svg.heatmap');
    if (svg) w.hadPrerender = true;
    w.svg ??= svg;
  }).observe(document, { childList: true, subtree: true });
  const tick = () => {
    const svg = document.querySelector('#root[data-prerendered] svg.heatmap');
    if (svg?.checkVisibility()) w.paintedFrames++;
    if (++w.frames < 120) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
type Watch = { hadPrerender: boolean; paintedFrames: number; frames: number };
const watch = (p: Page) => p.evaluate(() => (window as unknown as { __watch: Watch }).__watch);
const interactive = (p: Page) =>
  expect.poll(() => p.evaluate(() => performance.getEntriesByName('x1060:interactive').length)).toBe(1);

describe('the prerendered first screen', () => {
  it('is in the served index.html: the heatmap of Japan, ≥ 90 rects, no script in #root', async () => {
    const html = await (await fetch(app.site.url)).text();
    const root = html.slice(html.indexOf('<div id="root"'), html.indexOf('<noscript>'));
    expect(root).toContain('data-prerendered');
    expect(root).toContain(JAPAN);
    expect(root.match(/<rect\b/g)?.length ?? 0).toBeGreaterThanOrEqual(90);
    expect(root).not.toMatch(/<script\b/);
  });

  it('is laid out as the hydrated page is: nothing moves when the scripts and their styles come', async () => {
    // The parts drawn right after the chart (caption field, export menu, source note) had their styles in the
    // after-paint chunk's CSS, loaded only with its script: the chart moved by ~12 px at hydration.
    const boxes = async (javaScriptEnabled: boolean) => {
      const context = await app.browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(app.site.url);
        if (javaScriptEnabled) await interactive(page);
        return await page.evaluate(() =>
          ['svg.heatmap', '.figure-caption-field input', '.figure-source-note', '.chart-export'].map((q) => {
            const r = document.querySelector(q)!.getBoundingClientRect();
            return [q, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
          }),
        );
      } finally {
        await context.close();
      }
    };
    expect(await boxes(false)).toEqual(await boxes(true));
  });

  it('is drawn with JavaScript disabled: the chart, the tabs, the toolbar', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(app.site.url);
      expect(await page.locator('svg.heatmap rect').count()).toBeGreaterThanOrEqual(90);
      // Inert until hydrated, so out of the accessibility tree: found by text, not by role.
      expect(await page.getByText(JAPAN).first().isVisible()).toBe(true);
      expect(await page.locator('[role="tab"]', { hasText: 'Sankey' }).isVisible()).toBe(true);
      expect(await page.locator('button', { hasText: 'Present' }).isVisible()).toBe(true);
      expect(await page.locator('#root').getAttribute('inert')).toBe('');
    } finally {
      await context.close();
    }
  });

  it('is hydrated, not redrawn: the same <svg>, no console error, and the tabs answer', async () => {
    const { page } = app;
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript(WATCH);
    await page.goto(app.site.url);
    await interactive(page);
    expect((await watch(page)).paintedFrames).toBeGreaterThan(0);
    expect(await page.locator('#root').getAttribute('inert')).toBeNull();
    expect(
      await page.evaluate(() => (window as unknown as { __watch: { svg: Element } }).__watch.svg.isConnected),
    ).toBe(true);
    await page.getByRole('tab', { name: 'Sankey' }).click();
    await page.locator('svg.sankey, [aria-label*="Sankey"]').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('is inert until hydrated: an early click or key does nothing, then the page answers', async () => {
    const { page } = app;
    let release = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    // Hydration waits for the toolbar's and controls' chunk (main.tsx): hold it.
    await page.route('**/assets/after-paint-*.js', async (route) => {
      await held;
      await route.continue();
    });
    // waitUntil named: the harness's plain goto would wait for the hydration held here.
    await page.goto(app.site.url, { waitUntil: 'load' });
    const sankey = page.locator('[role="tab"]', { hasText: 'Sankey' });
    const box = (await sankey.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Tab');
    await page.keyboard.type('typed early');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    release();
    await interactive(page);
    expect(await page.locator('#root').getAttribute('inert')).toBeNull();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Heatmap');
    expect(await page.getByLabel('Caption on exports').inputValue()).toBe('');
    await page.getByRole('tab', { name: 'Sankey' }).click();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Sankey');
  });
});

describe('a page whose first screen is another never paints the prerendered one', () => {
  const cases: [string, (p: Page) => Promise<unknown>][] = [
    [
      'saved work (the hint of a save)',
      (p) => p.addInitScript(() => localStorage.setItem('x1060-roles:saved:app', '1')),
    ],
    [
      'a Japanese browser',
      (p) => p.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['ja-JP', 'ja'] })),
    ],
    ['a ?data= link', () => Promise.resolve()],
  ];
  it.each(cases)('%s', async (name, prepare) => {
    const { page, site } = app;
    await prepare(page);
    await page.addInitScript(WATCH);
    const link = name.includes('?data=')
      ? `?data=${encodeURIComponent(`${site.origin}/files/custom-headers.csv`)}`
      : '';
    await page.goto(`${site.url}${link}`);
    await interactive(page);
    await page.locator('svg.heatmap').first().waitFor();
    await expect.poll(async () => (await watch(page)).frames, { timeout: 10_000 }).toBeGreaterThan(30);
    const w = await watch(page);
    expect(w.hadPrerender).toBe(true);
    expect(w.paintedFrames).toBe(0);
  });
});
