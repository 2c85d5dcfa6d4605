import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { storeOf, withStore } from '../support/with-store';
import { LiveRegions } from '../../src/app/LiveRegions';
import type { RoleMatrix } from '../../src/domain/matrix';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { importCsvText } from '../../src/io/csv-import';
import { exportWorkspaceJson } from '../../src/io/workspace-json';
import { createAppStore } from '../../src/state/store';
import { ImportReview } from '../../src/views/import/ImportReview';

/** The review dialog, opened on files that would replace a loaded Kenya. */
function Review() {
  return (
    <>
      <LiveRegions />
      <ImportReview />
    </>
  );
}

const csv = (fileName: string, lines: string[]) =>
  importCsvText(['country,service,stakeholder,score', ...lines].join('\n'), { fileName });
/** The user's Kenya: D-2 and D-3, each with a rationale, an ISO code and a source. */
const kenya: RoleMatrix = {
  ...csv('kenya.csv', ['Kenya,D-2,NCSC,1', 'Kenya,D-3,NCSC,2']).matrices[0]!,
  countryCode: 'KE',
  rowNotes: { 'D-2': 'Cyber law 2025, art. 12', 'D-3': 'Annual report 2024' },
  provenance: { source: 'Ministry survey', file: 'kenya.csv' },
};

/** A store with Kenya loaded and the review open on these files (as read from the picker). */
function reviewing(...results: ReturnType<typeof csv>[]) {
  const store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, [kenya]).workspace);
  store.setState({
    review: {
      files: results.map((result, i) => ({ key: i + 1, fileName: result.fileName, remap: {}, result })),
      choices: {},
      pasted: false,
    },
  });
  return { store };
}

const body = () => within(document.body);
const choose = async (button: HTMLElement, option: string | RegExp) => {
  await userEvent.click(button);
  await userEvent.click(await body().findByRole('option', { name: option }));
};

const meta = {
  title: 'Views/Import review: replacing',
  component: Review,
  decorators: [withStore()],
} satisfies Meta<typeof Review>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two files set to replace Kenya: the review asks which one does; the other joins beside it. What CSV cannot carry is kept, and said. */
export const TwoFilesReplaceOneCountry: Story = {
  loaders: [
    () => {
      const r = reviewing(
        csv('a.csv', ['Kenya,D-2,NCSC,5', 'Kenya,D-3,NCSC,5']),
        csv('b.csv', ['Kenya,D-2,NCSC,7', 'Kenya,D-3,NCSC,7']),
      );
      // "Replace it" chosen in both files (the end-to-end test clicks it), so that the story stays short.
      for (const key of [1, 2]) r.store.getState().chooseConflict(key, 'Kenya', 'replace');
      return r;
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const d = within(await body().findByRole('dialog'));
    for (const f of ['a.csv', 'b.csv'])
      await expect(
        within(d.getByRole('region', { name: f })).getByRole('button', { name: /"Kenya" is already loaded/ }),
      ).toHaveTextContent('Replace it');
    // Never resolved silently: the conflict is shown, and until a pick none replaces Kenya.
    const question = await d.findByRole('button', { name: /2 incoming countries are set to replace "Kenya"/ });
    await expect(question).toHaveTextContent('None: keep them all beside it, renamed ("Kenya (2)" …)');
    await expect(d.queryByText(/are kept from the loaded country/)).toBeNull();
    await choose(question, '"Kenya" from b.csv');
    await expect(
      await d.findByText(
        "Kenya's row rationales (2), ISO code and source are kept from the loaded country: CSV files do not carry them.",
      ),
    ).toBeVisible();
    await userEvent.click(d.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(within(canvasElement).getByRole('status')).toHaveTextContent(
        'Imported 1 country from a.csv: Kenya (2). "Kenya" joined as "Kenya (2)": "Kenya" from b.csv replaced the loaded one, as chosen. ' +
          'Imported 1 country from b.csv: Kenya. "Kenya" replaced the country of that name, keeping its row rationales (2), ISO code and source (CSV files do not carry them).',
      ),
    );
    const ws = storeOf(loaded).getState().workspace;
    await expect(ws.matrices.map((m) => [m.country, m.cells[0]![0]])).toEqual([
      ['Kenya', 7],
      ['Kenya (2)', 5],
    ]);
    await expect([
      ws.matrices[0]!.id,
      ws.matrices[0]!.rowNotes,
      ws.matrices[0]!.countryCode,
      ws.matrices[0]!.provenance.source,
    ]).toEqual(['user:Kenya', kenya.rowNotes, 'KE', 'Ministry survey']);
  },
};

/** One JSON workspace holding two "Kenya": one choice for the file, then a pick between its two countries; keeping all beside is the default. */
export const OneJsonTwoKenyas: Story = {
  loaders: [
    () => {
      const two = [
        csv('x.csv', ['Kenya,D-2,NCSC,3']).matrices[0]!,
        { ...csv('x.csv', ['Kenya,D-2,NCSC,4']).matrices[0]!, id: 'user:Kenya (2)' },
      ];
      return reviewing(importCsvText(exportWorkspaceJson(two), { fileName: 'x1060-workspace.json' }));
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const d = within(await body().findByRole('dialog'));
    const asked = d.getAllByRole('button', { name: /"Kenya" is already loaded/ });
    await expect(asked).toHaveLength(1);
    await choose(asked[0]!, 'Replace it');
    const question = await d.findByRole('button', { name: /2 incoming countries are set to replace "Kenya"/ });
    await userEvent.click(question);
    await expect((await body().findAllByRole('option')).map((o) => o.textContent)).toEqual([
      '"Kenya" from x1060-workspace.json (no. 1 of 2 of that name)',
      '"Kenya" from x1060-workspace.json (no. 2 of 2 of that name)',
      'None: keep them all beside it, renamed ("Kenya (2)" …)',
    ]);
    await userEvent.keyboard('{Escape}');
    await userEvent.click(d.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(within(canvasElement).getByRole('status')).toHaveTextContent(
        /^Imported 2 countries from x1060-workspace\.json: Kenya \(2\), Kenya \(3\)\. "Kenya" joined as "Kenya \(2\)", beside the loaded one: none replaced it, as chosen;/,
      ),
    );
    const ws = storeOf(loaded).getState().workspace;
    await expect(ws.matrices.map((m) => [m.country, m.cells[0]![0]])).toEqual([
      ['Kenya', 1],
      ['Kenya (2)', 3],
      ['Kenya (3)', 4],
    ]);
  },
};

/** A CSV without D-3: the review says, before Import, that D-3's rationale goes with the loaded Kenya. */
export const ReplacementDropsARow: Story = {
  loaders: [() => reviewing(csv('k.csv', ['Kenya,D-2,NCSC,6']))],
  play: async ({ loaded }) => {
    const d = within(await body().findByRole('dialog'));
    await expect(d.queryByRole('region', { name: 'What replacing changes' })).toBeNull();
    await choose(d.getByRole('button', { name: /"Kenya" is already loaded/ }), 'Replace it');
    const section = within(await d.findByRole('region', { name: 'What replacing changes' }));
    await expect(
      section.getByText(
        "Kenya's row rationales (1), ISO code and source are kept from the loaded country: CSV files do not carry them.",
      ),
    ).toBeVisible();
    await expect(
      section.getByText('Replacing Kenya drops what the incoming one does not have: the rationale of row D-3.'),
    ).toBeVisible();
    await userEvent.click(d.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(storeOf(loaded).getState().workspace.matrices[0]!.rowNotes).toEqual({ 'D-2': 'Cyber law 2025, art. 12' }),
    );
  },
};

/** The same in Japanese: what is kept and what is dropped, before Import and after. */
export const InJapanese: Story = {
  loaders: [
    () => {
      const r = reviewing(csv('k.csv', ['Kenya,D-2,NCSC,6']));
      r.store.getState().setLang('ja');
      return r;
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const d = within(await body().findByRole('dialog'));
    await choose(d.getByRole('button', { name: /「Kenya」はすでに読み込まれています/ }), '置き換える');
    const section = within(await d.findByRole('region', { name: '置き換えで変わること' }));
    await expect(
      section.getByText(
        'Kenyaの行の根拠（1件）、ISOコード、出典は読み込み済みの国のものを残します：CSVファイルにはこれらが含まれないためです。',
      ),
    ).toBeVisible();
    await expect(
      section.getByText('Kenyaを置き換えると、読み込む側にないもの（行D-3の根拠）は失われます。'),
    ).toBeVisible();
    await userEvent.click(d.getByRole('button', { name: '読み込む (Import)' }));
    await waitFor(() =>
      expect(within(canvasElement).getByRole('status')).toHaveTextContent(
        'k.csvから1か国を読み込みました：Kenya。「Kenya」で同名の国を置き換え、行の根拠（1件）、ISOコード、出典は残しました（CSVファイルには含まれないため）。行D-3の根拠は失われました。',
      ),
    );
    await expect(storeOf(loaded).getState().workspace.matrices[0]!.countryCode).toBe('KE');
  },
};
