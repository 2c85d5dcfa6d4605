import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Sheet } from '../../src/ui/Sheet';

const meta = {
  title: 'UI/Sheet',
  component: Sheet,
  args: { label: 'View options', closeLabel: 'Close', children: <button type="button">Sort rows</button> },
} satisfies Meta<typeof Sheet>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The button opens a modal dialog named by its words, holding the options; Close shuts it. */
export const OpenAndClose: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const opener = within(canvasElement).getByRole('button', { name: 'View options' });
    await userEvent.click(opener);
    const dialog = await page.findByRole('dialog', { name: 'View options' });
    await expect(within(dialog).getByRole('button', { name: 'Sort rows' })).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(page.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(canvasElement.ownerDocument.activeElement).toBe(opener));
  },
};

/** Escape closes it too, as every dialog of the app. */
export const Escape: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'View options' }));
    await page.findByRole('dialog', { name: 'View options' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page.queryByRole('dialog')).toBeNull());
  },
};
