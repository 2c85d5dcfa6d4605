// What the e2e tests do as a user would, in one place.
import type { Locator, Page } from 'playwright-core';

/**
 * Waits until every part of the page that loads on demand (the toolbar, the view's controls, a view's
 * chunk: `lazyPart` placeholders of class `lazy-part`) is drawn, as a user waits for the page to settle.
 */
export async function partsLoaded(p: Page): Promise<void> {
  await p.waitForFunction(() => document.querySelector('.lazy-part') === null);
}

/** The names in the country picker, as listed. */
export async function countryNames(p: Page): Promise<string[]> {
  await p.getByRole('button', { name: /Country/ }).click();
  const names = await p.getByRole('option').allTextContents();
  await p.keyboard.press('Escape');
  return names;
}

/**
 * Picks a CSV in the file input and presses the review dialog's **Import** when it opens (a file
 * without problems may import without asking); resolves when `title` shows.
 */
export async function importThroughReview(p: Page, name: string, csv: string, title: string): Promise<void> {
  await p.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const confirm = p.getByRole('dialog').getByRole('button', { name: 'Import', exact: true });
  await Promise.race([p.getByText(title).waitFor(), confirm.waitFor()]);
  if (await confirm.isVisible()) await confirm.click();
  await p.getByText(title).waitFor();
}

/**
 * Chooses a command from a menu, as a user does: presses the menu's button (found in `scope`: the page, or
 * a chart's section when several charts each have one), then the `menuitem` named `item` (menus open in a
 * popover at the end of the page). Exports live in menus: *More exports* in the toolbar ("Export wide CSV",
 * "Export workspace (JSON)") and *Export chart* by each chart ("Export SVG", "PNG 1×" … "Copy image").
 */
export async function chooseFromMenu(
  scope: Page | Locator,
  menu: string | RegExp,
  item: string | RegExp,
): Promise<void> {
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
  await scope.getByRole('button', { name: menu }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Exports the chart in `scope` by its *Export chart* menu; `item` is "Export SVG", "PNG 2×" … */
export function exportChart(scope: Page | Locator, item: string | RegExp): Promise<void> {
  return chooseFromMenu(scope, 'Export chart', item);
}

/**
 * Waits until the app has saved `text` to IndexedDB (in any record of any of its databases: the hosted app's
 * `x1060-roles`, a standalone file's `x1060-roles:…`), so that a test reloads once the save has happened
 * rather than after a pause that a loaded machine may outlast.
 */
export async function savedInBrowser(p: Page, text: string): Promise<void> {
  await p.waitForFunction(
    async (wanted) => {
      const needle = JSON.stringify(wanted).slice(1, -1);
      // Only databases that exist: opening another would create it empty, under the app's feet.
      const names = (await indexedDB.databases()).flatMap((d) => (d.name?.startsWith('x1060-roles') ? [d.name] : []));
      const holds = (name: string) =>
        new Promise<boolean>((ok) => {
          const req = indexedDB.open(name);
          req.onerror = () => ok(false);
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('workspace')) {
              db.close();
              return ok(false);
            }
            const tx = db.transaction('workspace');
            const all = tx.objectStore('workspace').getAll();
            all.onsuccess = () => ok(JSON.stringify(all.result).includes(needle));
            all.onerror = () => ok(false);
            tx.oncomplete = tx.onabort = () => db.close();
          };
        });
      return (await Promise.all(names.map(holds))).some(Boolean);
    },
    text,
    { polling: 100 },
  );
}
