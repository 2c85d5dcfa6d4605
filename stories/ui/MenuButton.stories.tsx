import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MenuButton } from '../../src/ui/MenuButton';

const meta = {
  title: 'UI/MenuButton',
  component: MenuButton,
  args: {
    label: 'More exports',
    items: [
      { id: 'wide', label: 'Export wide CSV', onAction: fn() },
      { id: 'json', label: 'Export workspace (JSON)', onAction: fn() },
      { id: 'xlsx', label: 'Export Excel (.xlsx)', onAction: fn(), isDisabled: true },
    ],
  },
} satisfies Meta<typeof MenuButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The commands are menu items named by their words; choosing one runs it and closes the menu. */
export const Choose: Story = {
  play: async ({ canvasElement, args }) => {
    const page = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'More exports' }));
    const items = await page.findAllByRole('menuitem');
    await expect(items.map((i) => i.textContent)).toEqual([
      'Export wide CSV',
      'Export workspace (JSON)',
      'Export Excel (.xlsx)',
    ]);
    await expect(items[2]!.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(page.getByRole('menuitem', { name: 'Export workspace (JSON)' }));
    await expect(args.items[1]!.onAction).toHaveBeenCalledOnce();
    await expect(args.items[0]!.onAction).not.toHaveBeenCalled();
    await waitFor(() => expect(page.queryByRole('menu')).toBeNull());
  },
};

/** By keyboard: Enter opens the menu on its first item, arrows move, Enter runs, focus comes back. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const page = within(canvasElement.ownerDocument.body);
    const trigger = within(canvasElement).getByRole('button', { name: 'More exports' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await page.findByRole('menu');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.items[1]!.onAction).toHaveBeenCalledOnce();
    await waitFor(() => expect(canvasElement.ownerDocument.activeElement).toBe(trigger));
  },
};
