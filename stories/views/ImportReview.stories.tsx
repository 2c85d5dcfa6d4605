import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storeOf, withStore } from '../support/with-store';
import { LiveRegions } from '../../src/app/LiveRegions';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { importCsvText } from '../../src/io/csv-import';
import { createAppStore } from '../../src/state/store';
import { ImportReview } from '../../src/views/import/ImportReview';
import { exportWorkbook } from '../../src/io/xlsx/export-workbook';
import { importWorkbook } from '../../src/io/xlsx/import-workbook';
import { pendingFilesOf } from '../../src/state/sheet-choice';

/** The review dialog on its own, opened on pasted cells against a workspace that already holds Kenya. */
function Review() {
  return (
    <>
      <LiveRegions />
      <ImportReview />
    </>
  );
}

const kenya = importCsvText('country,service,stakeholder,score\nKenya,D-2,NCSC,3\n', {
  fileName: 'kenya.csv',
}).matrices;

/** A store with Kenya loaded and the review open on `pasted`. */
function reviewing(pasted: string) {
  const store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, kenya).workspace);
  void store.getState().importPastedText(pasted);
  return { store };
}

const dialog = () => within(document.body).findByRole('dialog');

const meta = {
  title: 'Views/Import review',
  component: Review,
  decorators: [withStore()],
} satisfies Meta<typeof Review>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A country already loaded, a header that is no standard type, a warning: replace Kenya and import. */
export const ConflictAndCustomHeader: Story = {
  loaders: [
    () => reviewing('country\tservice\tstakeholder\tscore\nKenya\tD-2\tNCSC\t9\nKenya\tD-2\tMinistry of ICT\t4\n'),
  ],
  play: async ({ canvasElement, loaded }) => {
    const d = within(await dialog());
    await expect(d.getByRole('heading', { name: 'Check the pasted cells before importing' })).toBeVisible();
    await expect(d.getByText('Ready to import')).toBeVisible();
    await expect(d.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['NCSC', 'Ministry of ICT']);
    await expect(d.getByText(/"Ministry of ICT" is not a standard stakeholder type/)).toBeVisible();
    await userEvent.click(d.getByRole('button', { name: /"Kenya" is already loaded/ }));
    await userEvent.click(await within(document.body).findByRole('option', { name: 'Replace it' }));
    await userEvent.click(d.getByRole('button', { name: 'Import' }));
    const status = within(canvasElement).getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'Imported 1 country from Pasted.tsv: Kenya. "Kenya" replaced the country of that name',
      ),
    );
    const ws = storeOf(loaded).getState().workspace;
    await expect(ws.matrices.map((m) => m.country)).toEqual(['Kenya']);
    await expect(ws.matrices[0]!.cells).toEqual([[9, 4]]);
  },
};

/** Pasted cells without a country column arrive as "Pasted"; the reviewer names them before importing. */
export const NamePastedCells: Story = {
  loaders: [() => reviewing('Service\tNCSC\tISAC\nD-2\t7\t?\n')],
  play: async ({ canvasElement, loaded }) => {
    const d = within(await dialog());
    const name = d.getByRole('textbox', { name: 'Name for "Pasted"' });
    await expect(name).toHaveValue('Pasted');
    await userEvent.clear(name);
    await userEvent.type(name, 'Kenya');
    // Kenya is loaded already: the review now asks what to do with it.
    await expect(await d.findByRole('button', { name: /"Kenya" is already loaded/ })).toBeVisible();
    await userEvent.clear(name);
    await userEvent.type(name, 'Zambia');
    await waitFor(() => expect(d.queryByRole('button', { name: /is already loaded/ })).toBeNull());
    await userEvent.click(d.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(within(canvasElement).getByRole('status')).toHaveTextContent(
        'Imported 1 country from Pasted.tsv: Zambia.',
      ),
    );
    await expect(
      storeOf(loaded)
        .getState()
        .workspace.matrices.map((m) => m.country),
    ).toEqual(['Kenya', 'Zambia']);
  },
};

/** A bad score blocks the paste: the problem names its line and column, and nothing is loaded. */
export const Blocked: Story = {
  loaders: [() => reviewing('country\tservice\tstakeholder\tscore\nKenya\tD-2\tNCSC\t9\nKenya\tD-3\tNCSC\tlots\n')],
  play: async ({ loaded }) => {
    const d = within(await dialog());
    await expect(d.getByText(/^Cannot be imported/)).toBeVisible();
    await expect(d.getByText(/line 3, column 4 \(D, score\)/)).toBeVisible();
    await expect(d.getByText(/"lots" is not a score/)).toBeVisible();
    await userEvent.click(d.getByRole('button', { name: /Cancel/ }));
    await expect(
      storeOf(loaded)
        .getState()
        .workspace.matrices.map((m) => m.cells),
    ).toEqual([[[3]]]);
  },
};

const lands = Array.from({ length: 12 }, (_, i) => `Land ${i + 1}`);
/** The same twelve countries read again: one choice for all, and only the first eight listed one by one. */
function reimporting() {
  const store = createAppStore();
  const old = importCsvText(['country,service,stakeholder,score', ...lands.map((l) => `${l},D-2,NCSC,1`)].join('\n'), {
    fileName: 'old.csv',
  }).matrices;
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, old).workspace);
  void store
    .getState()
    .importPastedText(['country\tservice\tstakeholder\tscore', ...lands.map((l) => `${l}\tD-2\tNCSC\t7`)].join('\n'));
  return { store };
}

/** Re-importing a file of countries already loaded: "Replace it" once replaces all twelve. */
export const ReplaceAllAlreadyLoaded: Story = {
  loaders: [reimporting],
  play: async ({ canvasElement, loaded }) => {
    const d = within(await dialog());
    await expect(d.getAllByRole('button', { name: /is already loaded/ })).toHaveLength(8);
    await expect(d.getByText('… and 4 more, which follow the choice for all.')).toBeVisible();
    await userEvent.click(d.getByRole('button', { name: /All 12 countries already loaded/ }));
    await userEvent.click(await within(document.body).findByRole('option', { name: 'Replace it' }));
    await waitFor(() =>
      expect(d.getByRole('button', { name: /"Land 1" is already loaded/ })).toHaveTextContent('Replace it'),
    );
    await expect(d.getByRole('button', { name: /All 12 countries already loaded/ })).toHaveTextContent('Replace it');
    // One country chosen otherwise: the choice for all says so.
    await userEvent.click(d.getByRole('button', { name: /"Land 2" is already loaded/ }));
    await userEvent.click(await within(document.body).findByRole('option', { name: 'Do not import this country' }));
    await waitFor(() =>
      expect(d.getByRole('button', { name: /All 12 countries already loaded/ })).toHaveTextContent(
        'As chosen for each',
      ),
    );
    await userEvent.click(d.getByRole('button', { name: /All 12 countries already loaded/ }));
    await userEvent.click(await within(document.body).findByRole('option', { name: 'Replace it' }));
    await userEvent.click(d.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(within(canvasElement).getByRole('status')).toHaveTextContent(/^Imported 12 countries from Pasted\.tsv/),
    );
    const ws = storeOf(loaded).getState().workspace;
    await expect(ws.matrices.map((m) => m.country)).toEqual(lands);
    await expect(ws.matrices.every((m) => m.cells[0]![0] === 7)).toBe(true);
  },
};

/** A workbook this app exported, under review: a checkbox per sheet, the `long` sheet (a copy of the countries) unticked. */
function reviewingWorkbook() {
  const store = createAppStore();
  const options = { colours: () => undefined, threshold: 5, appVersion: 'story', exportedAt: '2026-12-07T00:00:00Z' };
  const bytes = exportWorkbook(kenya, options);
  let key = 1;
  const files = pendingFilesOf(() => key++, 'kenya.xlsx', bytes, importWorkbook('kenya.xlsx', bytes));
  store.setState({ review: { files, choices: {}, pasted: false } });
  return { store };
}

/** Excel (#20): each sheet is a file of the review with its own checkbox; Import brings the ticked ones. */
export const WorkbookSheets: Story = {
  loaders: [() => reviewingWorkbook()],
  play: async ({ canvasElement }) => {
    const d = within(await dialog());
    await expect(d.getByRole('checkbox', { name: 'Import sheet “Kenya”' })).toBeChecked();
    await expect(d.getByRole('checkbox', { name: 'Import sheet “long”' })).not.toBeChecked();
    await expect(d.getByText(/1 sheet is skipped\./)).toBeVisible();
    await userEvent.click(d.getByRole('button', { name: 'Import' }));
    const status = within(canvasElement).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Imported 1 country from kenya.xlsx › Kenya: Kenya.'));
  },
};
