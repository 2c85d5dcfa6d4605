import type { Meta, StoryObj } from '@storybook/react-vite';
import { storeOf, withStore } from '../support/with-store';
import { expect, userEvent, within } from 'storybook/test';
import { LiveRegions } from '../../src/app/LiveRegions';
import { createFromTemplate, setCellNote, setCells, setRowNote } from '../../src/domain/edit-ops';
import type { RoleMatrix } from '../../src/domain/matrix';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { clearHistory, createAppStore, type AppStore } from '../../src/state/store';
import { EditorView } from '../../src/views/editor/EditorView';

/** A store holding one matrix, selected, on the editor. */
function storeWith(m: RoleMatrix): AppStore {
  const store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, [m]).workspace);
  store.getState().setView('editor');
  clearHistory(store);
  return store;
}

const withStoreDecorator = withStore(<LiveRegions />);

const filled = () => {
  let m = createFromTemplate('Zambia', 'categories');
  m = setCells(m, 0, 0, [
    [10, 6, null, 'unknown'],
    [4, 8, 9, 2],
  ]);
  return m;
};

const meta = {
  title: 'Views/Editor',
  component: EditorView,
  decorators: [withStoreDecorator],
} satisfies Meta<typeof EditorView>;

export default meta;
type Story = StoryObj<typeof meta>;

const grid = (el: HTMLElement) => within(el).getByRole('grid', { name: /^Scores of / });
const cell = (el: HTMLElement, r: number, c: number) => el.querySelector(`#edit-cell-${r}-${c}`);

export const EmptyTemplate: Story = {
  loaders: [() => ({ store: storeWith(createFromTemplate('New country', 'services')) })],
  play: async ({ canvasElement }) => {
    await expect(grid(canvasElement)).toHaveAttribute('aria-rowcount', '65');
    await expect(grid(canvasElement)).toHaveAttribute('aria-colcount', '11');
    await expect([...canvasElement.querySelectorAll('[role=gridcell]')].every((c) => c.textContent === '')).toBe(true);
    await expect(within(canvasElement).getByRole('rowheader', { name: /^A-13 / })).toBeInTheDocument();
  },
};

export const Filled: Story = {
  loaders: [() => ({ store: storeWith(filled()) })],
  play: async ({ canvasElement, loaded }) => {
    await expect([0, 1, 2, 3].map((c) => cell(canvasElement, 0, c)?.textContent)).toEqual(['10', '6', '', '?']);
    // Typing a score and Enter writes it and moves down.
    grid(canvasElement).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}7{Enter}');
    await expect(cell(canvasElement, 2, 0)).toHaveTextContent('7');
    await expect(storeOf(loaded).getState().workspace.matrices[0]!.cells[2]![0]).toBe(7);
  },
};

export const WithErrors: Story = {
  loaders: [() => ({ store: storeWith(filled()) })],
  play: async ({ canvasElement, loaded }) => {
    grid(canvasElement).focus();
    await userEvent.keyboard('1');
    await userEvent.keyboard('2{Enter}');
    await expect(
      within(canvasElement)
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(' '),
    ).toContain('"12" is not a score');
    await expect(storeOf(loaded).getState().workspace.matrices[0]!.cells[0]![0]).toBe(10);
    await userEvent.keyboard('{Escape}');
  },
};

export const WithNotes: Story = {
  loaders: [
    () => ({
      store: storeWith(setRowNote(setCellNote(filled(), 0, 0, 'National strategy 2024, §3'), 0, 'Decree 12/2024')),
    }),
  ],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: /^Note for A / })).toHaveValue(
      'National strategy 2024, §3',
    );
    await expect(within(canvasElement).getByRole('textbox', { name: /^Rationale and sources for A / })).toHaveValue(
      'Decree 12/2024',
    );
  },
};

/** Ctrl+D fills the selection down from its top row, Ctrl+R right from its first column, as in Excel (#17). */
export const FillDownAndRight: Story = {
  loaders: [() => ({ store: storeWith(filled()) })],
  play: async ({ canvasElement, loaded }) => {
    grid(canvasElement).focus();
    await userEvent.keyboard('{Shift>}{ArrowRight}{ArrowDown}{ArrowDown}{/Shift}{Control>}d{/Control}');
    const cells = () => storeOf(loaded).getState().workspace.matrices[0]!.cells;
    await expect(
      cells()
        .slice(0, 3)
        .map((row) => row.slice(0, 2)),
    ).toEqual([
      [10, 6],
      [10, 6],
      [10, 6],
    ]);
    await expect(storeOf(loaded).getState().status).toBe('Filled down: 4 cells (Ctrl+Z undoes).');
    // One cell: Ctrl+R copies the cell to its left.
    await userEvent.keyboard('{ArrowRight}{Control>}r{/Control}');
    await expect(cells()[2]![2]).toBe(6);
  },
};
