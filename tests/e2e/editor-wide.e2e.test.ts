// A wide matrix in the editor (#17): 64 rows × 40 stakeholders at laptop widths, in real Chromium.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importThroughReview } from './app-actions';
import { setupChromiumApp } from './harness';
import { wideCsv } from './wide-csv';

const app = setupChromiumApp({ viewport: { width: 1366, height: 768 } });
let page: Page;
const grid = (p: Page) => p.getByRole('grid', { name: /^Scores of / });
const SHOTS = process.env.E2E_SHOTS;

/** Where the active cell stands against the sticky row label of its row, the sticky headings and the grid's box. */
async function activeGeometry(p: Page) {
  // Measured in the next frame, as it is drawn (the grid scrolls the cell into view just before).
  return p.evaluate(async () => {
    await new Promise((ok) => requestAnimationFrame(ok));
    const table = document.querySelector<HTMLElement>('.editor-grid')!;
    const id = table.getAttribute('aria-activedescendant')!;
    const cell = document.getElementById(id)!.getBoundingClientRect();
    const label = document.getElementById(id)!.parentElement!.querySelector('th')!.getBoundingClientRect();
    const head = table.querySelector('thead')!.getBoundingClientRect();
    const box = table.parentElement!.getBoundingClientRect();
    const corner = table.querySelector('th.corner')!.getBoundingClientRect();
    const wrap = table.parentElement!;
    // The messages stand at the window's foot while the Edit view is shown: the cell must not be under them.
    const messages = document.querySelector('.live-regions')!;
    const foot = getComputedStyle(messages).position === 'fixed' ? messages.getBoundingClientRect().top : innerHeight;
    return {
      id,
      cell,
      label,
      head,
      box,
      corner,
      scrollLeft: wrap.scrollLeft,
      vh: Math.min(innerHeight, foot),
      vw: innerWidth,
    };
  });
}

/** The active cell is wholly visible: beside the row labels, below the headings, inside the box and the window. */
function expectVisible(g: Awaited<ReturnType<typeof activeGeometry>>, what: string): void {
  const ctx = `${what}: ${g.id} ${JSON.stringify(g.cell)}`;
  expect(g.cell.left, `${ctx} left of the row labels' right edge ${g.label.right}`).toBeGreaterThanOrEqual(
    g.label.right - 0.5,
  );
  expect(g.cell.top, `${ctx} under the headings ${g.head.bottom}`).toBeGreaterThanOrEqual(g.head.bottom - 0.5);
  expect(g.cell.right, ctx).toBeLessThanOrEqual(Math.min(g.box.right, g.vw) + 0.5);
  expect(g.cell.bottom, ctx).toBeLessThanOrEqual(Math.min(g.box.bottom, g.vh) + 0.5);
  expect(g.cell.top, ctx).toBeGreaterThanOrEqual(0);
  // The headings' corner stays over the row labels: no stakeholder name floats over them.
  expect(g.corner.left, ctx).toBeCloseTo(g.label.left, 0);
}

beforeEach(async () => {
  page = app.page;
  await page.goto(`${app.site.url}?view=editor`);
  await importThroughReview(page, 'wide.csv', wideCsv('Widestan'), 'Imported 1 country');
  await page.getByRole('tab', { name: 'Edit' }).click();
  await expect.poll(() => grid(page).getAttribute('aria-colcount')).toBe('41');
});

describe('a 64 × 40 matrix in the editor', () => {
  for (const width of [1024, 1366]) {
    it(`keeps the active cell in view beside the row labels and below the headings at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 768 });
      await grid(page).focus();
      const steps: [string, string][] = [
        ['End', 'End'],
        ['Home', 'Home'],
        ['End', 'End again'],
        ['ArrowLeft', 'ArrowLeft from the end'],
        ['Home', 'Home after ArrowLeft'],
        ['ArrowRight', 'ArrowRight'],
        ['ArrowLeft', 'ArrowLeft to the first column'],
        ['PageDown', 'PageDown'],
        ['PageDown', 'PageDown again'],
        ['Control+End', 'Ctrl+End'],
        ['Control+Home', 'Ctrl+Home'],
      ];
      for (const [key, what] of steps) {
        await page.keyboard.press(key);
        expectVisible(await activeGeometry(page), what);
      }
      // End then Home leaves the grid scrolled back to its start.
      await page.keyboard.press('End');
      await page.keyboard.press('Home');
      expect((await activeGeometry(page)).scrollLeft).toBe(0);
      // Tabs along a row wrap to the next row's first cell, which shows beside the labels.
      await page.keyboard.press('ArrowDown');
      for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
      const g = await activeGeometry(page);
      expect(g.id).toBe('edit-cell-2-0');
      expectVisible(g, 'Tab past the last column');
      for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
      expectVisible(await activeGeometry(page), 'Tab to column 25');
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/wide-${width}.png` });
    });
  }

  it('draws only the columns in its box, each cell saying its column, and the columns line up with their headings', async () => {
    await grid(page).focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    const seen = await page.evaluate(async () => {
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      const row = document.querySelector('.editor-grid tbody tr[aria-rowindex="2"]')!;
      const cells = [...row.querySelectorAll<HTMLElement>('td[role=gridcell]')];
      const heads = [...document.querySelectorAll<HTMLElement>('.editor-grid thead th[role=columnheader]')];
      const headAt = (i: string) => heads.find((h) => h.getAttribute('aria-colindex') === i)!.getBoundingClientRect();
      return {
        drawn: cells.length,
        indexes: cells.map((td) => Number(td.getAttribute('aria-colindex'))),
        ids: cells.map((td) => td.id),
        // Each drawn cell stands under the heading of its column.
        offsets: cells.map((td) =>
          Math.abs(td.getBoundingClientRect().left - headAt(td.getAttribute('aria-colindex')!).left),
        ),
      };
    });
    expect(seen.drawn).toBeGreaterThan(8);
    expect(seen.drawn).toBeLessThan(40);
    expect(seen.ids).toContain('edit-cell-0-20');
    expect(seen.indexes).toEqual(seen.ids.map((id) => Number(id.split('-').at(-1)) + 2));
    expect(Math.max(...seen.offsets)).toBeLessThan(1);
    expect(await page.locator('#edit-cell-0-20').textContent()).toBe('7');
    expect(await grid(page).getAttribute('aria-colcount')).toBe('41');
  });

  it('keeps column widths while a cell is typed in', async () => {
    await grid(page).focus();
    const widths = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.editor-grid tbody tr:first-child td')].map(
          (td) => td.getBoundingClientRect().width,
        ),
      );
    const before = await widths();
    await page.keyboard.press('F2');
    await page.keyboard.type('10');
    expect(await widths()).toEqual(before);
    await page.keyboard.type('.55');
    expect(await widths()).toEqual(before);
    await page.keyboard.press('Escape');
  });
});

describe('the Edit view page', () => {
  it('ends where its content ends: no blank scroll below the editor', async () => {
    await page.getByRole('button', { name: 'New country: 64 services' }).click();
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('65');
    const { scroll, content } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      content: Math.max(
        ...[document.querySelector('.app-main')!, document.querySelector('.save-note')!].map(
          (e) => e.getBoundingClientRect().bottom + scrollY,
        ),
      ),
    }));
    expect(scroll - content).toBeLessThan(80);
  });
});
