// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../../src/domain/edit-ops';
import type { RoleMatrix, Score } from '../../src/domain/matrix';
import type { CountryVersion } from '../../src/domain/versions';
import { addMatrices, EMPTY_WORKSPACE, findMatrix } from '../../src/domain/workspace';
import { historyMessages } from '../../src/i18n/history-messages';
import { clearHistory, createAppStore, type AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { EditorView } from '../../src/views/editor/EditorView';
import { versionDate } from '../../src/views/editor/version-text';

if (!('scrollIntoView' in Element.prototype))
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, configurable: true });

const t = historyMessages.en;
let store: AppStore;

/** A matrix whose cells are `score` except those listed ([row, column, score]). */
function withScores(m: RoleMatrix, score: Score, changes: [number, number, Score][] = []): RoleMatrix {
  const cells = m.cells.map((row) => row.map(() => score));
  for (const [r, c, s] of changes) cells[r]![c] = s;
  return { ...m, cells };
}

/** The editor on Kenya (all 5) and Chile, with versions of Kenya: 3 cells changed before an import, and a named one equal to now. */
function renderHistory() {
  store = createAppStore();
  const base = createFromTemplate('Kenya', 'categories');
  const { workspace, added } = addMatrices(EMPTY_WORKSPACE, [
    withScores(base, 5),
    withScores(createFromTemplate('Chile', 'categories'), 1),
  ]);
  const kenya = added[0]!;
  store.getState().loadWorkspace(workspace, kenya.id);
  const versions: CountryVersion[] = [
    {
      id: 'v-old',
      countryId: kenya.id,
      kind: 'before-import',
      at: '2026-12-01T09:30:00.000Z',
      matrix: withScores(kenya, 5, [
        [0, 0, 9],
        [1, 2, 'unknown'],
        [3, 4, null],
      ]),
    },
    {
      id: 'v-named',
      countryId: kenya.id,
      kind: 'named',
      name: '2024 workshop',
      at: '2026-12-02T10:00:00.000Z',
      matrix: kenya,
    },
    {
      id: 'v-chile',
      countryId: added[1]!.id,
      kind: 'before-import',
      at: '2026-12-02T11:00:00.000Z',
      matrix: added[1]!,
    },
  ];
  store.getState().loadVersions(versions);
  clearHistory(store);
  render(
    <StoreProvider store={store}>
      <EditorView />
    </StoreProvider>,
  );
  return { kenya, versions };
}
const panel = () => screen.getByRole('region', { name: 'History of Kenya' });
const selected = () => findMatrix(store.getState().workspace, store.getState().selectedId)!;
const label = (v: CountryVersion, kind: string) => `${kind}, ${versionDate(v, 'en')}`;

describe('History panel', () => {
  it("lists the country's versions newest first, with kind, date and the cells that differ from now", () => {
    const { versions } = renderHistory();
    const items = within(panel()).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-version'))).toEqual(['v-named', 'v-old']);
    expect(items[0]!.textContent).toContain('2024 workshop');
    expect(items[0]!.textContent).toContain('Same as now');
    expect(items[1]!.textContent).toContain('Before an import');
    expect(items[1]!.textContent).toContain('3 cells differ from now');
    expect(within(items[1]!).getByText(versionDate(versions[0]!, 'en')).getAttribute('datetime')).toBe(
      '2026-12-01T09:30:00.000Z',
    );
    expect(panel().textContent).toContain(
      'The newest 50 automatic versions per country are kept; named versions are kept until you delete them.',
    );
    expect(panel().textContent).toMatch(/Versions use \d+ kB of this browser's storage\./);
  });

  it('restores a version as a change that Ctrl+Z undoes, and says so in the status', async () => {
    const { kenya, versions } = renderHistory();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Restore: ${label(versions[0]!, 'Before an import')}` }));
    expect(selected().cells).toEqual(versions[0]!.matrix.cells);
    expect(store.getState().status).toBe(
      `Restored Kenya to the version of ${versionDate(versions[0]!, 'en')}; Undo goes back.`,
    );
    // What the restore replaced was kept first, and the list now counts against the restored country.
    expect(
      store
        .getState()
        .versions.filter((v) => v.kind === 'before-restore')
        .map((v) => v.matrix),
    ).toEqual([kenya]);
    expect(within(panel()).getAllByRole('listitem')[2]!.textContent).toContain('Same as now');
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('{Control>}z{/Control}');
    expect(selected().cells).toEqual(kenya.cells);
  });

  it('duplicates a version as a country of its own', async () => {
    const { versions } = renderHistory();
    await userEvent.click(
      screen.getByRole('button', { name: `Duplicate as a country: ${label(versions[1]!, '2024 workshop')}` }),
    );
    expect(selected().country).toBe('Kenya (2024 workshop)');
    expect(selected().cells).toEqual(versions[1]!.matrix.cells);
    expect(store.getState().status).toBe('Added the version as a country of its own: Kenya (2024 workshop).');
  });

  it('compares a version with the current country: Compare shows both, the difference current − version', async () => {
    const { kenya, versions } = renderHistory();
    await userEvent.click(
      screen.getByRole('button', { name: `Compare with current: ${label(versions[0]!, 'Before an import')}` }),
    );
    const copy = store.getState().workspace.matrices.find((m) => m.country.startsWith('Kenya ('))!;
    expect(copy.cells).toEqual(versions[0]!.matrix.cells);
    const s = store.getState();
    expect([s.view, s.compareIds, s.diffA, s.diffB, s.selectedId]).toEqual([
      'compare',
      [kenya.id, copy.id],
      kenya.id,
      copy.id,
      kenya.id,
    ]);
  });

  it('asks before deleting a version, and Cancel keeps it', async () => {
    const { versions } = renderHistory();
    const user = userEvent.setup();
    const del = `Delete: ${label(versions[0]!, 'Before an import')}`;
    await user.click(screen.getByRole('button', { name: del }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain(
      `Delete the version “${label(versions[0]!, 'Before an import')}”? This cannot be undone.`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().versions.map((v) => v.id)).toContain('v-old');
    await user.click(screen.getByRole('button', { name: del }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(store.getState().versions.map((v) => v.id)).toEqual(['v-named', 'v-chile']);
  });

  it('saves a named version of the country as it is now; a blank name saves nothing', async () => {
    const { kenya } = renderHistory();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save version' }));
    expect(store.getState().versions).toHaveLength(3);
    expect(store.getState().alert).toBe(t.nameFirst);
    await user.type(screen.getByRole('textbox', { name: 'Name of the version' }), 'to be{Enter}');
    const named = store.getState().versions.at(-1)!;
    expect([named.kind, named.name, named.countryId, named.matrix]).toEqual(['named', 'to be', kenya.id, kenya]);
    expect(store.getState().status).toBe('Saved the version “to be” of Kenya.');
    expect(within(panel()).getAllByRole('listitem')[0]!.textContent).toContain('to be');
  });

  it('previews a version as a table with the changed cells marked and announced', async () => {
    const { versions } = renderHistory();
    await userEvent.click(screen.getByRole('button', { name: `Preview: ${label(versions[0]!, 'Before an import')}` }));
    const dialog = screen.getByRole('dialog', { name: `Kenya: ${label(versions[0]!, 'Before an import')}` });
    const table = within(dialog).getByRole('table', { name: 'Scores of Kenya in this version' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 9);
    expect(within(rows[0]!).getAllByRole('columnheader')[0]!.textContent).toBe('X.1060 row');
    const firstCells = within(rows[1]!).getAllByRole('cell');
    expect(firstCells[0]!.textContent).toBe('9 ● (changed)');
    expect(firstCells[1]!.textContent).toBe('5');
    expect(within(rows[2]!).getAllByRole('cell')[2]!.textContent).toBe('unknown ● (changed)');
    expect(within(rows[4]!).getAllByRole('cell')[4]!.textContent).toBe('not involved ● (changed)');
    expect(dialog.querySelectorAll('[data-changed]')).toHaveLength(3);
    expect(dialog.textContent).toContain('3 cells differ from now; they are marked ●.');
  });

  it('lists removed countries with their last version, and restoring one brings it back', async () => {
    const { kenya } = renderHistory();
    act(() => store.getState().removeCountry(kenya.id));
    const restore = screen.getByRole('button', { name: 'Restore Kenya' });
    await userEvent.click(restore);
    expect(store.getState().workspace.matrices.map((m) => m.country)).toEqual(['Chile', 'Kenya']);
    expect(findMatrix(store.getState().workspace, kenya.id)!.cells).toEqual(kenya.cells);
  });
});
