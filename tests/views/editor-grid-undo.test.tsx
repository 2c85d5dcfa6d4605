// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, setCell } from '../../src/domain/edit-ops';
import { addMatrices, EMPTY_WORKSPACE, findMatrix } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { clearHistory, createAppStore, type AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { EditorView } from '../../src/views/editor/EditorView';

let store: AppStore;

// jsdom does not lay out, so it has no scrollIntoView; the grid calls it on every move.
if (!('scrollIntoView' in Element.prototype))
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, configurable: true });

/** The editor on the bundled countries plus Zambia (9 categories, A × NCSC = 5), Zambia selected, the grid focused. */
function renderGrid() {
  store = createAppStore();
  const { workspace, added } = addMatrices(EMPTY_WORKSPACE, [
    ...loadBundledMatrices(),
    setCell(createFromTemplate('Zambia', 'categories'), 0, 0, 5),
  ]);
  store.getState().loadWorkspace(workspace, added.at(-1)!.id);
  clearHistory(store);
  render(
    <StoreProvider store={store}>
      <EditorView />
    </StoreProvider>,
  );
  act(() => screen.getByRole('grid').focus());
}
const column = (c: number) =>
  findMatrix(store.getState().workspace, store.getState().selectedId)!.cells.map((row) => row[c]);
const steps = () => store.temporal.getState().pastStates.length;

// Each key re-renders the editor in jsdom: generous timeouts, so that a slow machine does not fail them.
describe('one typed score, one undo step', { timeout: 60_000 }, () => {
  it('takes one Ctrl+Z per score typed with Enter or Tab', async () => {
    renderGrid();
    await userEvent.keyboard('{ArrowRight}1{Enter}2{Enter}3{Tab}');
    expect(column(1).slice(0, 3)).toEqual([1, 2, 3]);
    expect(steps()).toBe(3);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(column(1).slice(0, 3)).toEqual([1, 2, null]);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(column(1).slice(0, 3)).toEqual([1, null, null]);
  });

  it('reverts on Escape, as spreadsheets do: F2 on a 5, type 2, Escape keeps the 5', async () => {
    renderGrid();
    await userEvent.keyboard('{F2}');
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: /^A / });
    expect(input.value).toBe('5');
    await userEvent.keyboard('{Backspace}2{Escape}');
    expect(column(0)[0]).toBe(5);
    expect(steps()).toBe(0);
    expect(document.activeElement).toBe(screen.getByRole('grid'));
    // Typing a score and Escape writes nothing either.
    await userEvent.keyboard('{ArrowDown}7{Escape}');
    expect(column(0)[1]).toBeNull();
    expect(steps()).toBe(0);
  });

  it('still saves a score when the cell is left by a click elsewhere', async () => {
    renderGrid();
    await userEvent.keyboard('{ArrowDown}8');
    await userEvent.click(screen.getByRole('textbox', { name: 'Source' }));
    expect(column(0)[1]).toBe(8);
    expect(steps()).toBe(1);
  });

  it('writes nothing when a cell is entered unchanged (F2, Enter; or the page left with it open)', async () => {
    renderGrid();
    await userEvent.keyboard('{F2}{Enter}');
    expect(column(0)[0]).toBe(5);
    expect(steps()).toBe(0);
    // On a bundled country too: no "(edited)" copy is made for a score that did not change.
    act(() => store.getState().select(store.getState().workspace.matrices[0]!.id));
    act(() => screen.getByRole('grid').focus());
    await userEvent.keyboard('{F2}');
    act(() => void window.dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(store.getState().workspace.matrices.map((m) => m.country)).toEqual([
      'Japan',
      'United States',
      'Singapore',
      'Zambia',
    ]);
    expect(steps()).toBe(0);
  });
});
