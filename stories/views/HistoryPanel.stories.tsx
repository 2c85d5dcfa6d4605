import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LiveRegions } from '../../src/app/LiveRegions';
import { createFromTemplate, setCells } from '../../src/domain/edit-ops';
import type { CountryVersion } from '../../src/domain/versions';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { clearHistory, createAppStore, type AppStore, type Lang } from '../../src/state/store';
import { HistoryPanel } from '../../src/views/editor/HistoryPanel';
import { storeOf, withStore } from '../support/with-store';

const kenya = setCells(createFromTemplate('Kenya', 'categories'), 0, 0, [
  [9, 6, null, 'unknown'],
  [4, 8, 9, 2],
]);

/** A store holding Kenya (id "user:Kenya") with its versions, and a removed country's if `removed`. */
function storeWith(versions: (id: string) => CountryVersion[], lang: Lang = 'en'): AppStore {
  const store = createAppStore();
  const { workspace, added } = addMatrices(EMPTY_WORKSPACE, [kenya]);
  store.getState().loadWorkspace(workspace);
  store.getState().loadVersions(versions(added[0]!.id));
  store.getState().setLang(lang);
  clearHistory(store);
  return store;
}

const some = (id: string): CountryVersion[] => [
  {
    id: 'v-1',
    countryId: id,
    kind: 'before-import',
    at: '2026-12-01T09:30:00.000Z',
    matrix: setCells(kenya, 0, 0, [[2, 2]]),
  },
  { id: 'v-2', countryId: id, kind: 'named', name: '2024 workshop', at: '2026-12-02T10:00:00.000Z', matrix: kenya },
  {
    id: 'v-3',
    countryId: id,
    kind: 'before-restore',
    at: '2026-12-02T11:00:00.000Z',
    matrix: setCells(kenya, 1, 1, [[0]]),
  },
];
const removed = (id: string): CountryVersion[] => [
  ...some(id),
  {
    id: 'v-4',
    countryId: 'user:Zambia',
    kind: 'before-remove',
    at: '2026-12-02T12:00:00.000Z',
    matrix: { ...kenya, id: 'user:Zambia', country: 'Zambia' },
  },
];

const meta = {
  title: 'Views/HistoryPanel',
  component: HistoryPanel,
  decorators: [withStore(<LiveRegions />)],
  args: { countryId: 'user:Kenya' },
} satisfies Meta<typeof HistoryPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  loaders: [() => ({ store: storeWith(some) })],
  play: async ({ canvasElement, loaded }) => {
    const panel = within(canvasElement).getByRole('region', { name: 'History of Kenya' });
    const items = within(panel).getAllByRole('listitem');
    await expect(items.map((li) => li.getAttribute('data-version'))).toEqual(['v-3', 'v-2', 'v-1']);
    await expect(items[2]).toHaveTextContent('2 cells differ from now');
    await userEvent.click(within(items[2]!).getByRole('button', { name: /^Restore: / }));
    await expect(storeOf(loaded).getState().workspace.matrices[0]!.cells[0]!.slice(0, 2)).toEqual([2, 2]);
  },
};

export const NoVersions: Story = {
  loaders: [() => ({ store: storeWith(() => []) })],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^No versions of this country yet/)).toBeInTheDocument();
  },
};

/** No country selected: only the removed ones, each to bring back. */
export const RemovedCountry: Story = {
  args: { countryId: undefined },
  loaders: [() => ({ store: storeWith(removed) })],
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Restore Zambia' }));
    await expect(
      storeOf(loaded)
        .getState()
        .workspace.matrices.map((m) => m.country),
    ).toEqual(['Kenya', 'Zambia']);
  },
};

export const Japanese: Story = {
  loaders: [
    () => ({
      store: storeWith(
        (id) => [
          ...removed(id),
          {
            id: 'v-5',
            countryId: id,
            kind: 'named',
            name: '２０２４年度ワークショップ後の見直し版（あるべき姿）',
            at: '2026-12-02T13:00:00.000Z',
            matrix: kenya,
          },
        ],
        'ja',
      ),
    }),
  ],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'Kenyaの履歴' })).toHaveTextContent('読み込みの前');
  },
};
