// @vitest-environment jsdom
// A score typed on a cell is typed into the grid itself (#17): the focus stays on the grid (no focus move,
// no input mounted), the active cell keeps its aria state, and only the edited row draws again.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFromTemplate, setCell } from '../../src/domain/edit-ops';
import { addMatrices, EMPTY_WORKSPACE, findMatrix } from '../../src/domain/workspace';
import { clearHistory, createAppStore, type AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { EditorView } from '../../src/views/editor/EditorView';
import type * as GridRowModule from '../../src/views/editor/GridRow';

/** Which rows drew, by index, since the last reset. */
const drawn: number[] = [];
vi.mock('../../src/views/editor/GridRow', async (load) => {
  const real = await load<typeof GridRowModule>();
  const inner = (real.GridRow as unknown as { type: (p: { r: number }) => ReactNode }).type;
  return {
    ...real,
    GridRow: memo((p: { r: number }) => {
      drawn.push(p.r);
      return inner(p);
    }),
  };
});

let store: AppStore;
const grid = () => screen.getByRole('grid');
const column = (c: number) =>
  findMatrix(store.getState().workspace, store.getState().selectedId)!.cells.map((row) => row[c]);
const steps = () => store.temporal.getState().pastStates.length;

beforeEach(() => {
  store = createAppStore();
  const { workspace, added } = addMatrices(EMPTY_WORKSPACE, [
    setCell(createFromTemplate('Zambia', 'categories'), 0, 0, 5),
  ]);
  store.getState().loadWorkspace(workspace, added.at(-1)!.id);
  clearHistory(store);
  render(
    <StoreProvider store={store}>
      <EditorView />
    </StoreProvider>,
  );
  act(() => grid().focus());
  drawn.length = 0;
});

describe('a score typed into the grid', { timeout: 60_000 }, () => {
  it('keeps the focus and the active cell on the grid, shows the text, and saves it as one undo step', async () => {
    await userEvent.keyboard('{ArrowDown}');
    drawn.length = 0;
    await userEvent.keyboard('4');
    expect(document.activeElement).toBe(grid());
    expect(screen.queryByRole('textbox', { name: /^B / })).toBeNull();
    expect(grid().getAttribute('aria-activedescendant')).toBe('edit-cell-1-0');
    const cell = document.getElementById('edit-cell-1-0')!;
    expect(cell.textContent).toBe('4');
    expect(cell.getAttribute('aria-label')).toMatch(/: 4$/);
    // Only the row typed in drew again.
    expect(new Set(drawn)).toEqual(new Set([1]));
    await userEvent.keyboard('.5{Backspace}{Backspace}2');
    expect(cell.textContent).toBe('42');
    await userEvent.keyboard('{Backspace}{Enter}');
    expect(column(0).slice(0, 3)).toEqual([5, 4, null]);
    expect(steps()).toBe(1);
    expect(grid().getAttribute('aria-activedescendant')).toBe('edit-cell-2-0');
    expect(document.activeElement).toBe(grid());
  });

  it('saves and moves with an arrow, reverts with Escape or Ctrl+Z, and refuses a non-score in place', async () => {
    await userEvent.keyboard('7{ArrowRight}');
    expect(column(0)[0]).toBe(7);
    expect(grid().getAttribute('aria-activedescendant')).toBe('edit-cell-0-1');
    await userEvent.keyboard('3{Escape}');
    expect(column(1)[0]).toBeNull();
    await userEvent.keyboard('3{Control>}z{/Control}');
    expect(column(1)[0]).toBeNull();
    expect(column(0)[0]).toBe(7); // Ctrl+Z reverted the typing, not the edit before it
    expect(steps()).toBe(1);
    await userEvent.keyboard('1e1{Enter}');
    const cell = document.getElementById('edit-cell-0-1')!;
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert', { hidden: true }).textContent).toContain('1e1');
    await userEvent.keyboard('{Escape}');
    expect(column(1)[0]).toBeNull();
  });

  it('goes on in an input with F2, keeping what was typed', async () => {
    await userEvent.keyboard('6{F2}');
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: /^A / });
    expect(input.value).toBe('6');
    expect(document.activeElement).toBe(input);
    await userEvent.keyboard('{End}.5{Enter}');
    expect(column(0)[0]).toBe(6.5);
    expect(document.activeElement).toBe(grid());
  });
});
