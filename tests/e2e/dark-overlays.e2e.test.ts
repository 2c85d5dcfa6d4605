// Menus, popovers and the options sheet follow the app's theme (#21): react-aria draws them at the end of
// body, outside the themed .app, where they stayed light on a dark page.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupChromiumApp } from './harness';

const app = setupChromiumApp({ viewport: { width: 1366, height: 768 }, collectPageErrors: true });
const DARK_BG = 'rgb(17, 24, 39)';
const DARK_FG = 'rgb(249, 250, 251)';

/** An overlay's text colour, and the background it is drawn on (its own, or its nearest box's that has one). */
const colours = (l: Locator) =>
  l.evaluate((el) => {
    let box: Element | null = el;
    while (box && getComputedStyle(box).backgroundColor === 'rgba(0, 0, 0, 0)') box = box.parentElement;
    return { bg: box ? getComputedStyle(box).backgroundColor : 'none', fg: getComputedStyle(el).color };
  });

async function open(p: Page, theme: 'light' | 'dark'): Promise<void> {
  await p.goto(`${app.site.url}?theme=${theme}`);
  await p.getByRole('button', { name: /More exports/ }).waitFor();
}

describe('overlays under the dark theme', () => {
  it('draws the export menu and a picker list dark on a dark page, and light on a light one', async () => {
    const page = app.page;
    await open(page, 'dark');
    await page.getByRole('button', { name: /More exports/ }).click();
    expect(await colours(page.getByRole('menu'))).toEqual({ bg: DARK_BG, fg: DARK_FG });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Country/ }).click();
    expect(await colours(page.getByRole('listbox'))).toEqual({ bg: DARK_BG, fg: DARK_FG });
    await page.keyboard.press('Escape');
    await open(page, 'light');
    await page.getByRole('button', { name: /More exports/ }).click();
    expect(await colours(page.getByRole('menu'))).toEqual({ bg: 'rgb(255, 255, 255)', fg: 'rgb(17, 24, 39)' });
  });

  it('draws the view options sheet of a phone dark', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, 'dark');
    await page.getByRole('button', { name: 'View options' }).first().click();
    expect(await colours(page.locator('.ui-sheet'))).toEqual({ bg: DARK_BG, fg: DARK_FG });
  });
});
