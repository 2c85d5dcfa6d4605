// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addRow, createFromTemplate, removeStakeholder, setCellNote } from '../../src/domain/edit-ops';
import type { RoleMatrix } from '../../src/domain/matrix';
import { addMatrices, EMPTY_WORKSPACE, findMatrix } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { clearHistory, createAppStore, type AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { moveCursor } from '../../src/views/editor/grid-keys';
import { EditorView } from '../../src/views/editor/EditorView';

let store: AppStore;

// jsdom does not lay out, so it has no scrollIntoView; the grid calls it on every move.
if (!('scrollIntoView' in Element.prototype))
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, configurable: true });

/** Renders the editor on the bundled countries plus `own`, with the last of `own` (or Japan) selected. */
function renderEditor(...own: RoleMatrix[]) {
  store = createAppStore();
  const { workspace, added } = addMatrices(EMPTY_WORKSPACE, [...loadBundledMatrices(), ...own]);
  store.getState().loadWorkspace(workspace, own.length ? added.at(-1)!.id : undefined);
  clearHistory(store);
  render(
    <StoreProvider store={store}>
      <EditorView />
    </StoreProvider>,
  );
}
const selected = () => findMatrix(store.getState().workspace, store.getState().selectedId)!;
const zambia = () => createFromTemplate('Zambia', 'categories');

describe('grid keys', () => {
  const at = (c: number) => ({ r: 2, c, anchorR: 2, anchorC: c });
  it("wraps Tab at the row end to the next row, Shift+Tab back, and stays at the grid's last and first cells", () => {
    const cell = (r: number, c: number) => ({ r, c, anchorR: r, anchorC: c });
    expect(moveCursor(at(3), 'Tab', { shift: false, ctrl: false }, 9, 10)).toEqual(at(4));
    expect(moveCursor(at(9), 'Tab', { shift: false, ctrl: false }, 9, 10)).toEqual(cell(3, 0));
    expect(moveCursor(at(0), 'Tab', { shift: true, ctrl: false }, 9, 10)).toEqual(cell(1, 9));
    expect(moveCursor(at(1), 'Tab', { shift: true, ctrl: false }, 9, 10)).toEqual(at(0));
    expect(moveCursor(cell(8, 9), 'Tab', { shift: false, ctrl: false }, 9, 10)).toEqual(cell(8, 9));
    expect(moveCursor(cell(0, 0), 'Tab', { shift: true, ctrl: false }, 9, 10)).toEqual(cell(0, 0));
  });

  it('moves to the last and first cells with Ctrl+End and Ctrl+Home in the grid', async () => {
    renderEditor(zambia());
    const grid = screen.getByRole('grid');
    act(() => grid.focus());
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(grid.getAttribute('aria-activedescendant')).toBe('edit-cell-8-9');
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(grid.getAttribute('aria-activedescendant')).toBe('edit-cell-0-0');
  });
});

describe('structure panel', () => {
  it('adds the next free row and type on a second press of Add', async () => {
    renderEditor(removeStakeholder(removeStakeholder(zambia(), 2), 0));
    const [addStakeholderButton, addRowButton] = screen.getAllByRole('button', { name: 'Add' });
    await userEvent.click(addRowButton!);
    await userEvent.click(addRowButton!);
    expect(
      selected()
        .rows.slice(9)
        .map((r) => r.key),
    ).toEqual(['A-1', 'A-2']);
    await userEvent.click(addStakeholderButton!);
    await userEvent.click(addStakeholderButton!);
    expect(
      selected()
        .stakeholders.slice(8)
        .map((s) => s.key),
    ).toEqual(['ncsc', 'psirt']);
    expect(store.getState().alert).toBe('');
  });

  it('offers no sector for a custom stakeholder', () => {
    renderEditor(zambia());
    expect(screen.getByRole('textbox', { name: 'Name of the custom stakeholder' })).toBeTruthy();
    expect(screen.queryByText('Sector')).toBeNull();
  });

  it('shows each custom row its own label, and explains a refused rename in the alert region', async () => {
    renderEditor(addRow(addRow(zambia(), 'Cloud oversight', 0), 'Telecom regulator', 1));
    const rename = screen.getByRole<HTMLInputElement>('textbox', { name: 'Cloud oversight' });
    await userEvent.clear(rename);
    await userEvent.type(rename, 'Audit');
    await userEvent.tab();
    expect(store.getState().alert).toBe(
      '"Audit" would be read as X.1060 row E-9 when the CSV is imported again: add E-9 from the list instead, or choose another label.',
    );
    expect(selected().rows[0]!.label).toBe('Cloud oversight');
    act(() => screen.getByRole('grid').focus());
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Telecom regulator' }).value).toBe(
      'Telecom regulator',
    );
    act(() => store.getState().setLang('ja'));
    const ja = screen.getByRole('textbox', { name: 'Telecom regulator' });
    await userEvent.clear(ja);
    await userEvent.type(ja, 'cloud  OVERSIGHT');
    await userEvent.tab();
    expect(store.getState().alert).toBe(
      '「cloud  OVERSIGHT」はすでに行にあります（「Cloud oversight」）。別の名前にしてください。',
    );
  });
});

describe('notes and details', () => {
  it('show the stored text again after undo, and leaving the field does not write the stale text back', async () => {
    renderEditor(zambia());
    const note = screen.getByRole<HTMLTextAreaElement>('textbox', { name: /^Note for A/ });
    await userEvent.type(note, 'leads');
    await userEvent.tab();
    expect(selected().notes).toEqual({ 'A\u0000ncsc': 'leads' });
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(note.value).toBe('');
    const name = screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Lusaka{Enter}');
    expect(selected().country).toBe('Lusaka');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(name.value).toBe('Zambia');
    await userEvent.click(name);
    await userEvent.tab();
    expect(selected().country).toBe('Zambia');
    expect(selected().notes ?? {}).toEqual({});
  });

  it('keys the note by country: another country with the same row and column shows its own note', () => {
    renderEditor(
      setCellNote(createFromTemplate('Malawi', 'categories'), 0, 0, 'Malawian note'),
      setCellNote(zambia(), 0, 0, 'Zambian note'),
    );
    const note = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /^Note for A/ }).value;
    expect(note()).toBe('Zambian note');
    act(() => store.getState().select(store.getState().workspace.matrices[3]!.id));
    expect(selected().country).toBe('Malawi');
    expect(note()).toBe('Malawian note');
  });
});

describe('removing a country', () => {
  it('asks first, removes a user country, and undo brings it back', async () => {
    renderEditor(zambia());
    const own = selected().id;
    await userEvent.click(screen.getByRole('button', { name: 'Remove this country' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Remove "Zambia" with all its scores and notes? You can undo this (Ctrl+Z).');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(store.getState().workspace.matrices.some((m) => m.id === own)).toBe(false);
    expect(store.getState().status).toBe('Removed Zambia. Undo (Ctrl+Z) brings it back.');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().selectedId).toBe(own);
  });

  it('cannot remove a bundled country, and says why', () => {
    renderEditor();
    const button = screen.getByRole('button', { name: 'Remove this country' });
    expect(button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true').toBe(true);
    expect(button.parentElement!.getAttribute('title')).toBe(
      'A bundled dataset cannot be removed: it comes back from the bundled data at every start.',
    );
  });
});
