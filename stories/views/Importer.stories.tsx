import type { Meta, StoryObj } from '@storybook/react-vite';
import { storeOf, withStore } from '../support/with-store';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { LiveRegions } from '../../src/app/LiveRegions';
import { createAppStore } from '../../src/state/store';
import { ImportExportBar } from '../../src/views/import/ImportExportBar';
import { ImportReview } from '../../src/views/import/ImportReview';
import japanSeed from '../../tests/fixtures/seed/japan.tsv?raw';

const withStoreDecorator = withStore();

/** The import flow as the app shows it: the file picker and both live regions. */
function Importer() {
  return (
    <>
      <ImportExportBar />
      <LiveRegions />
      <ImportReview />
    </>
  );
}

/** Picks files through the hidden input of the "Import CSV…" button. */
async function pick(canvasElement: HTMLElement, ...files: File[]) {
  const input = canvasElement.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input rendered');
  await userEvent.upload(input, files);
}

/** Confirms the review dialog (portalled to document.body) with its "Import" button. */
async function confirm() {
  const dialog = await within(document.body).findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
}

const meta = {
  title: 'Views/Importer',
  component: Importer,
  loaders: [() => ({ store: createAppStore() })],
  decorators: [withStoreDecorator],
} satisfies Meta<typeof Importer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A one-line long-format CSV imports as one country. */
export const GoodFile: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await pick(
      canvasElement,
      new File(['country,service,stakeholder,score\nTestland,D-2,NCSC,9\n'], 'good.csv', { type: 'text/csv' }),
    );
    await expect(storeOf(loaded).getState().workspace.matrices).toHaveLength(0);
    await confirm();
    const status = canvas.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Imported 1 country'));
    await expect(status).toHaveTextContent('Testland');
    await expect(canvas.getByRole('alert')).toHaveTextContent(/^$/);
    await expect(
      storeOf(loaded)
        .getState()
        .workspace.matrices.map((m) => m.country),
    ).toEqual(['Testland']);
    await expect(canvas.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  },
};

/** A score of 12 rejects the whole file, naming its line, and loads nothing. */
export const BadFile: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await pick(
      canvasElement,
      new File(['country,service,stakeholder,score\nTestland,D-2,NCSC,12\n'], 'bad.csv', { type: 'text/csv' }),
    );
    await confirm();
    const alert = canvas.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('line 2'));
    await expect(alert).toHaveTextContent('outside 0–10');
    await expect(alert).toHaveTextContent('bad.csv');
    await expect(canvas.getByRole('status')).toHaveTextContent(/^$/);
    await expect(storeOf(loaded).getState().workspace.matrices).toHaveLength(0);
    await expect(canvas.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  },
};

/** The Japan table as pasted from the slides (wide, tab-separated) imports as one country. */
export const SeedPaste: Story = {
  play: async ({ canvasElement, loaded }) => {
    await pick(canvasElement, new File([japanSeed], 'japan.tsv', { type: 'text/tab-separated-values' }));
    await confirm();
    const status = within(canvasElement).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Imported 1 country from japan.tsv'));
    const matrices = storeOf(loaded).getState().workspace.matrices;
    await expect(matrices).toHaveLength(1);
    await expect(matrices[0]!.rows).toHaveLength(9);
    await expect(matrices[0]!.stakeholders).toHaveLength(10);
  },
};
