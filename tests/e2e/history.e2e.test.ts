import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe, setupChromiumApp, type StaticSite } from './harness';
import { chooseFromMenu } from './app-actions';

// Versions to go back to, in the production build and real Chromium: a replaced country comes back exactly.
const app = setupChromiumApp({ contextOptions: { acceptDownloads: true } });
let site: StaticSite, page: Page;
beforeEach(async () => {
  ({ site, page } = app);
  await page.goto(site.url);
  await page.getByText('Japan — division of X.1060 roles').waitFor();
});

const dialog = (p: Page) => p.getByRole('dialog');
const status = (p: Page) => p.getByRole('status');
const importFile = async (p: Page, name: string, text: string, replace: boolean) => {
  await p
    .locator('input[type=file]')
    .setInputFiles([
      { name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: Buffer.from(text) },
    ]);
  const importButton = dialog(p).getByRole('button', { name: 'Import', exact: true });
  await importButton.waitFor();
  if (replace) {
    await dialog(p)
      .getByRole('button', { name: /"Kenya" is already loaded/ })
      .click();
    await p.getByRole('option', { name: 'Replace it', exact: true }).click();
  }
  await importButton.click();
};
/** Every cell of the editor's grid, as it reads to a screen reader (row, stakeholder, score) and as it shows. */
const gridCells = (p: Page) =>
  p
    .locator('[role="gridcell"]')
    .evaluateAll((cells) => cells.map((c) => `${c.getAttribute('aria-label')} | ${c.textContent}`));

describe('History in Chromium', () => {
  it("restores a replaced country's version before the import exactly, and Undo goes back to the imported one", async () => {
    await importFile(
      page,
      'kenya.csv',
      'country,service,stakeholder,score\nKenya,D-2,NCSC,9\nKenya,D-2,CSIRT,unknown\nKenya,D-3,NCSC,4\n',
      false,
    );
    await page.getByText('Kenya — division of X.1060 roles').waitFor();
    await page.getByRole('tab', { name: 'Edit' }).click();
    // The user's own edit: D-3 × NCSC 4 → 7.
    await page.locator('#edit-cell-1-0').click();
    await page.keyboard.press('7');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#edit-cell-1-0').textContent()).toBe('7');
    const before = await gridCells(page);
    expect(before.length).toBeGreaterThanOrEqual(4);
    expect(before.join('\n')).toContain('unknown');

    await importFile(
      page,
      'kenya.csv',
      'country,service,stakeholder,score\nKenya,D-2,NCSC,2\nKenya,D-2,CSIRT,3\nKenya,D-3,NCSC,5\n',
      true,
    );
    await expect.poll(() => status(page).textContent()).toContain('"Kenya" replaced the country of that name');
    await expect.poll(() => page.locator('#edit-cell-1-0').textContent()).toBe('5');
    const imported = await gridCells(page);
    expect(imported).not.toEqual(before);

    const history = page.getByRole('region', { name: 'History of Kenya' });
    expect(await history.getByRole('listitem').first().textContent()).toContain('Before an import');
    // The counts compare with the country a render later (a deferred value): "Same as now" until then.
    await expect.poll(() => history.getByRole('listitem').first().textContent()).toContain('3 cells differ from now');
    // The preview shows the version's scores, the changed cells marked; the page stays accessible.
    await history.getByRole('button', { name: /^Preview: Before an import/ }).click();
    const preview = page.getByRole('dialog', { name: /^Kenya: Before an import/ });
    await expect.poll(() => preview.locator('[data-changed]').count()).toBe(3);
    expect(await runAxe(page)).toEqual([]);
    await preview.getByRole('button', { name: 'Close' }).click();
    await preview.waitFor({ state: 'detached' });
    expect(await runAxe(page)).toEqual([]);

    await history.getByRole('button', { name: /^Restore: Before an import/ }).click();
    await expect
      .poll(() => status(page).textContent())
      .toMatch(/^Restored Kenya to the version of .+; Undo goes back\.$/);
    await expect.poll(() => gridCells(page)).toEqual(before);

    await page.locator('#edit-cell-0-0').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => gridCells(page)).toEqual(imported);
  });

  it('carries the versions in the JSON workspace and the standalone file; an imported copy takes them along', async () => {
    await importFile(page, 'kenya.csv', 'country,service,stakeholder,score\nKenya,D-2,NCSC,9\n', false);
    await importFile(page, 'kenya.csv', 'country,service,stakeholder,score\nKenya,D-2,NCSC,2\n', true);
    await expect.poll(() => status(page).textContent()).toContain('"Kenya" replaced the country of that name');
    await page.getByRole('tab', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Name of the version' }).fill('to be');
    await page.getByRole('button', { name: 'Save version' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Saved the version “to be” of Kenya.');

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      chooseFromMenu(page, 'More exports', 'Export workspace (JSON)'),
    ]);
    const text = readFileSync(await json.path(), 'utf8');
    const file = JSON.parse(text) as {
      versions: { countryId: string; kind: string; name?: string; matrix: { cells: unknown[][] } }[];
    };
    expect(file.versions.map((v) => [v.countryId, v.kind, v.name ?? '', v.matrix.cells[0]![0]])).toEqual([
      ['user:Kenya', 'before-import', '', 9],
      ['user:Kenya', 'named', 'to be', 2],
    ]);

    await page.getByRole('button', { name: /^Deck \(/ }).click();
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as standalone HTML' }).click(),
    ]);
    const saved = readFileSync(await html.path(), 'utf8');
    const block = /<script type="application\/json" id="x1060-workspace">([^<]*)<\/script>/.exec(saved)![1]!;
    expect((JSON.parse(block) as { versions: unknown[] }).versions).toEqual(file.versions);
    await page.keyboard.press('Escape');

    // Imported again beside the loaded Kenya, the copy brings its versions under its own id.
    await importFile(page, 'x1060-workspace.json', text, false);
    await expect
      .poll(() => status(page).textContent())
      .toContain('2 versions of these countries joined their History.');
    await page.getByRole('button', { name: /Country/ }).click();
    await page.getByRole('option', { name: 'Kenya (2)', exact: true }).click();
    const copy = page.getByRole('region', { name: 'History of Kenya (2)' });
    await expect
      .poll(() => copy.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('to be'), expect.stringContaining('Before an import')]);
    await expect
      .poll(() => page.getByRole('region', { name: 'History of Kenya (2)' }).getByRole('listitem').nth(1).textContent())
      .toContain('1 cell differs');
  });

  it('restores a replaced country exactly after a reload: the versions are saved in this browser', async () => {
    await importFile(
      page,
      'kenya.csv',
      'country,service,stakeholder,score\nKenya,D-2,NCSC,9\nKenya,D-2,CSIRT,unknown\nKenya,D-3,NCSC,4\n',
      false,
    );
    await page.getByText('Kenya — division of X.1060 roles').waitFor();
    await page.getByRole('tab', { name: 'Edit' }).click();
    // The editor is loaded on demand: read its grid once it holds the imported cells.
    await expect.poll(() => page.locator('#edit-cell-1-0').textContent()).toBe('4');
    const before = await gridCells(page);
    expect(before.length).toBeGreaterThanOrEqual(4);
    expect(before.join('\n')).toContain('unknown');
    await importFile(
      page,
      'kenya.csv',
      'country,service,stakeholder,score\nKenya,D-2,NCSC,2\nKenya,D-2,CSIRT,3\nKenya,D-3,NCSC,5\n',
      true,
    );
    await expect.poll(() => page.locator('#edit-cell-1-0').textContent()).toBe('5');
    // Saved: the version's record is in IndexedDB, and so is the imported country.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<string>((ok) => {
              const req = indexedDB.open('x1060-roles');
              req.onsuccess = () => {
                const tx = req.result.transaction('workspace');
                const keys = tx.objectStore('workspace').getAllKeys();
                const kenya = tx.objectStore('workspace').get('country:user:Kenya');
                tx.oncomplete = () =>
                  ok(
                    `${keys.result.filter((k) => typeof k === 'string' && k.startsWith('version:')).length} ${JSON.stringify((kenya.result as { matrix?: { cells: unknown[][] } } | undefined)?.matrix?.cells)}`,
                  );
              };
            }),
        ),
      )
      .toMatch(/^1 \[\[2,3.*\[5/);
    await page.reload();
    await page.getByRole('tab', { name: 'Edit' }).click();
    const history = page.getByRole('region', { name: 'History of Kenya' });
    await history.getByRole('button', { name: /^Restore: Before an import/ }).click();
    await expect.poll(() => gridCells(page)).toEqual(before);
  });
});
