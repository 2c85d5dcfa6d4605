import type { Meta, StoryObj } from '@storybook/react-vite';
import { withStore } from '../support/with-store';
import { expect, userEvent, within } from 'storybook/test';
import type { RoleMatrix, Score } from '../../src/domain/matrix';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { importCsvText } from '../../src/io/csv-import';
import { createAppStore, type AppStore } from '../../src/state/store';
import { CompareView } from '../../src/views/compare/CompareView';

const [japan, us, singapore] = loadBundledMatrices();
if (!japan || !us || !singapore) throw new Error('the bundled datasets are missing a country');

/** Kenya (made up): two custom stakeholders, a custom row, and no PSIRT, ISAC … columns. */
const kenya = importCsvText(
  'Service,NCSC,National CSIRT,Ministry of ICT,Telecom regulator\nA,8,,6,\nD,5,9,,3\nRegional drills,,,4,7\n',
  { fileName: 'Kenya.csv' },
).matrices[0]!;

/** Japan's target ("to be"): the NCSC takes on G, National CSIRTs join A; E and H unknown for the NCSC. */
const japanToBe: RoleMatrix = {
  ...japan,
  id: 'to-be',
  country: 'Japan (to be)',
  bundled: false,
  cells: japan.cells.map((row, r) =>
    row.map((s, c): Score => {
      const at = `${japan.rows[r]!.key}:${japan.stakeholders[c]!.typeId}`;
      return (
        ({ 'G:ncsc': 8, 'A:national-csirt': 6, 'E:ncsc': 'unknown', 'H:ncsc': 'unknown' } as Record<string, Score>)[
          at
        ] ?? s
      );
    }),
  ),
};

/** A store with these countries loaded and these ids compared (null: the default, first three). */
function storeWith(matrices: RoleMatrix[], ids: string[] | null): AppStore {
  const store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, matrices).workspace);
  if (ids) store.getState().setCompareIds(ids);
  return store;
}

const withStoreDecorator = withStore();

/** The text of a metric cell of the comparison table, NBSP read as a space. */
function metric(root: HTMLElement, country: string, id: string): string {
  const table = within(root).getByRole('table', { name: /Per-country metrics/ });
  const row = within(table).getByRole('rowheader', { name: country }).closest('tr');
  return (row?.querySelector(`td[data-metric="${id}"] .metric-value`)?.textContent ?? '').replace(/\u00a0/g, ' ');
}

const meta = {
  title: 'Views/Compare',
  component: CompareView,
  decorators: [withStoreDecorator],
} satisfies Meta<typeof CompareView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Japan and Singapore: two panels, one difference, one pair. */
export const TwoCountries: Story = {
  loaders: [() => ({ store: storeWith([japan, us, singapore], [japan.id, singapore.id]) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('group', { name: 'Division of X.1060 roles in 2 countries, on one scale' }),
    ).toBeInTheDocument();
    await expect(canvasElement.querySelectorAll('.small-multiples g[role=img]')).toHaveLength(180);
    await expect(metric(canvasElement, 'Japan', 'ncscShare')).toBe('8.7 %');
    await expect(metric(canvasElement, 'Singapore', 'ncscShare')).toBe('25.4 %');
    const summary = canvas.getByRole('list', { name: 'Summary' });
    await expect(summary).toHaveTextContent(
      'Japan: Highest private-sector share (49.5 %) of the two; lowest national-agency share (8.7 %) and government share (35.5 %).',
    );
    await expect(summary).toHaveTextContent(
      'Singapore: Highest national-agency share (25.4 %) and government share (45.2 %) of the two; lowest private-sector share (39.1 %).',
    );
    await expect(canvas.getByRole('group', { name: 'Difference: Japan − Singapore' })).toBeInTheDocument();
    await expect(
      canvas
        .getByRole('rowheader', { name: 'Japan – Singapore' })
        .closest('tr')
        ?.querySelector('td[data-metric="similarity"]'),
    ).toHaveTextContent('0.710');
  },
};

/** The three bundled countries; sorting the table by national-agency share puts Singapore first. */
export const ThreeCountries: Story = {
  loaders: [() => ({ store: storeWith([japan, us, singapore], null) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelectorAll('.small-multiples g[role=img]')).toHaveLength(270);
    await expect(['Japan', 'United States', 'Singapore'].map((c) => metric(canvasElement, c, 'privateShare'))).toEqual([
      '49.5 %',
      '49.1 %',
      '39.1 %',
    ]);
    await expect(
      ['Japan', 'United States', 'Singapore'].map((c) => metric(canvasElement, c, 'distinctPlayers')),
    ).toEqual(['9', '8', '7']);
    await userEvent.click(
      within(canvas.getByRole('columnheader', { name: /National-agency \(NCSC\) share/ })).getByRole('button'),
    );
    const order = within(canvas.getByRole('table', { name: /Per-country metrics/ }))
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    await expect(order).toEqual(['Singapore', 'United States', 'Japan']);
    await expect(canvasElement.querySelectorAll('.metric-bars g.metric-panel')).toHaveLength(12);
  },
};

/** Japan and a made-up Kenya with custom stakeholders and a custom row: what one lacks is absent, not 0. */
export const DifferentStakeholderSets: Story = {
  loaders: [() => ({ store: storeWith([japan, kenya], ['bundled:japan.csv', 'user:Kenya']) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Union: 10 standard + 2 custom stakeholders; 9 categories + Regional drills.
    await expect(canvasElement.querySelectorAll('.small-multiples g[role=img]')).toHaveLength(2 * 12 * 10);
    await expect(
      canvas.getByRole('img', {
        name: 'Japan: A Strategic management of CDC, Ministry of ICT: not in this country’s table',
      }),
    ).toHaveAttribute('data-kind', 'absent');
    await expect(
      canvas.getByRole('img', { name: 'Kenya: B Real-time analysis, PSIRT: not in this country’s table' }),
    ).toHaveAttribute('data-kind', 'absent');
    await expect(
      canvas.getByRole('img', { name: 'Kenya: A Strategic management of CDC, National CSIRTs: blank = not involved' }),
    ).toHaveAttribute('data-kind', 'blank');
    // Kenya: A (8, 6) and D (9, 5) have two players, Regional drills (4, 7) one; other share (6+4+3+7)/(8+6+5+9+3+4+7) = 20/42.
    await expect(metric(canvasElement, 'Kenya', 'coverage')).toBe('100.0 %');
    await expect(metric(canvasElement, 'Kenya', 'singlePoints')).toBe('1');
    await expect(metric(canvasElement, 'Kenya', 'otherShare')).toBe('47.6 %');
    await expect(metric(canvasElement, 'Japan', 'otherShare')).toBe('—');
    // Only A and D × NCSC and National CSIRTs are in both: 4 of the 10 × 12 cells; Japan (10, 0; 5, 10) · Kenya (8, 0; 5, 9) = 195.
    const pair = canvas.getByRole('rowheader', { name: 'Japan – Kenya' }).closest('tr');
    await expect(pair).toHaveTextContent('(0 unknown and 116 absent left out)');
    await expect(pair?.querySelector('td[data-metric="similarity"]')).toHaveTextContent(
      String(Math.round((195 / (15 * Math.sqrt(170))) * 1000) / 1000),
    );
  },
};

/** Japan "as is" against its target "to be" with unknown cells: unknowns are marked, never counted as 0. */
export const CountryWithUnknowns: Story = {
  loaders: [
    () => {
      const store = storeWith([japan, japanToBe], ['bundled:japan.csv', 'user:Japan (to be)']);
      store.getState().setDiffPair('user:Japan (to be)', 'bundled:japan.csv');
      return { store };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('img', { name: 'Japan (to be): H Support of internal fraud response, NCSC: unknown' }),
    ).toHaveAttribute('data-kind', 'unknown');
    // to be: total 287 + 8 + 6 = 301; NCSC 25 + 8 = 33. Players per row over the 7 rows without unknowns: A 3, B 4, C 6, D 5, F 6, G 4, I 4 = 32.
    await expect(metric(canvasElement, 'Japan (to be)', 'ncscShare')).toBe('11.0 %');
    await expect(metric(canvasElement, 'Japan (to be)', 'meanPlayers')).toBe('4.57');
    await expect(canvas.getByRole('group', { name: 'Difference: Japan (to be) − Japan' })).toBeInTheDocument();
    await expect(canvas.getByText(/^Japan \(to be\) is higher in 2 cells, Japan in 0;/)).toHaveTextContent(
      'Not computed: 2 unknown, 0 absent.',
    );
    await expect(canvas.getByRole('img', { name: /^E Checking and evaluating, NCSC: / })).toHaveAttribute(
      'aria-label',
      'E Checking and evaluating, NCSC: unknown in Japan (to be): not computed',
    );
    await expect(
      canvas.getByRole('img', { name: /^G Development and maintenance of CDC platforms, NCSC: / }),
    ).toHaveAttribute(
      'aria-label',
      'G Development and maintenance of CDC platforms, NCSC: Japan (to be) 8, Japan 0, difference +8',
    );
    const rows = canvas.getByRole('table', { name: /lead stakeholder and concentration/ });
    await expect(
      within(rows)
        .getByRole('rowheader', { name: /Support of internal fraud response/ })
        .closest('tr'),
    ).toHaveTextContent('1 unknown');
  },
};
