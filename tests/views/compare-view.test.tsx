// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RoleMatrix } from '../../src/domain/matrix';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { importCsvText } from '../../src/io/csv-import';
import { createAppStore, type AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { CompareView } from '../../src/views/compare/CompareView';

let store: AppStore;

function renderWith(extra: RoleMatrix[] = []) {
  store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, [...loadBundledMatrices(), ...extra]).workspace);
  render(
    <StoreProvider store={store}>
      <CompareView />
    </StoreProvider>,
  );
}

const metricsTable = () => screen.getByRole('table', { name: /Per-country metrics|国ごとの指標/ });
/** The text of one metric cell ("8.7 %") for a country, NBSP made a space. */
function cell(country: string, metric: string): string {
  const row = within(metricsTable()).getByRole('rowheader', { name: country }).closest('tr')!;
  return (row.querySelector(`td[data-metric="${metric}"] .metric-value`)?.textContent ?? '').replace(/\u00a0/g, ' ');
}
const countriesInTable = () =>
  within(metricsTable())
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('CompareView', () => {
  it('compares the three bundled countries by default, with the seed figures', () => {
    renderWith();
    expect(countriesInTable()).toEqual(['Japan', 'United States', 'Singapore']);
    expect(['Japan', 'United States', 'Singapore'].map((c) => cell(c, 'ncscShare'))).toEqual([
      '8.7 %',
      '22.8 %',
      '25.4 %',
    ]);
    expect(['Japan', 'United States', 'Singapore'].map((c) => cell(c, 'governmentShare'))).toEqual([
      '35.5 %',
      '33.2 %',
      '45.2 %',
    ]);
    expect(['Japan', 'United States', 'Singapore'].map((c) => cell(c, 'technicalPrivateShare'))).toEqual([
      '53.8 %',
      '55.0 %',
      '43.1 %',
    ]);
    expect(['Japan', 'United States', 'Singapore'].map((c) => cell(c, 'meanPlayers'))).toEqual([
      '3.78',
      '3.33',
      '2.89',
    ]);
    expect(['Japan', 'United States', 'Singapore'].map((c) => cell(c, 'meanHhi'))).toEqual(['0.297', '0.329', '0.333']);
    expect(['Japan', 'United States', 'Singapore'].map((c) => cell(c, 'singlePoints'))).toEqual(['0', '2', '1']);
    // No country has custom stakeholders, so no "other" column.
    expect(metricsTable().querySelector('td[data-metric="otherShare"]')).toBeNull();
  });

  it('writes one summary line per country from the metrics', () => {
    renderWith();
    const items = within(screen.getByRole('list', { name: 'Summary' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent.replace(/\u00a0/g, ' '));
    expect(items).toEqual([
      // The same rounding as the table (8.7 %, never 9 %).
      'Japan: Highest mean number of players per row (3.78) of the three; lowest national-agency share (8.7 %) and concentration (0.297).',
      'United States: Highest private share of technical work (55.0 %) and law-enforcement share (10.0 %) of the three; lowest government share (33.2 %).',
      'Singapore: Highest national-agency share (25.4 %) and government share (45.2 %) of the three; lowest private-sector share (39.1 %).',
    ]);
  });

  it('drops a country when unticked, and asks for two when one is left', async () => {
    renderWith();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Singapore (SG)' }));
    expect(countriesInTable()).toEqual(['Japan', 'United States']);
    expect(screen.getByRole('list', { name: 'Summary' }).textContent).toContain('of the two');
    await user.click(screen.getByRole('checkbox', { name: 'Japan (JP)' }));
    expect(screen.getByText('Choose at least two countries to compare.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: /Per-country metrics/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Singapore (SG)' }));
    // Order chosen: United States (kept), then Singapore.
    expect(countriesInTable()).toEqual(['United States', 'Singapore']);
  });

  it('recomputes coverage and gaps when the threshold changes', async () => {
    renderWith();
    expect(cell('Japan', 'coverage')).toBe('100.0 %');
    const user = userEvent.setup();
    const input = screen.getByRole('textbox', { name: /Player threshold/ });
    await user.clear(input);
    await user.type(input, '10');
    await user.tab();
    expect(store.getState().compareThreshold).toBe(10);
    // At 10: Japan lacks a 10 in G (max 7) and H (max 9); the US only in G (max 8); Singapore in G and H.
    expect(['Japan', 'United States', 'Singapore'].map((c) => cell(c, 'coverage'))).toEqual([
      '77.8 %',
      '88.9 %',
      '77.8 %',
    ]);
    expect(['Japan', 'United States', 'Singapore'].map((c) => cell(c, 'gaps'))).toEqual(['2', '1', '2']);
    expect(
      metricsTable().querySelector('tr[data-country="bundled:japan.csv"] td[data-metric="gaps"]')!.textContent,
    ).toContain('(G, H)');
  });

  it('sorts by a metric column, descending first, then ascending', async () => {
    renderWith();
    const user = userEvent.setup();
    const header = () => within(metricsTable()).getByRole('columnheader', { name: /National-agency \(NCSC\) share/ });
    await user.click(within(header()).getByRole('button'));
    expect(header().getAttribute('aria-sort')).toBe('descending');
    expect(countriesInTable()).toEqual(['Singapore', 'United States', 'Japan']);
    await user.click(within(header()).getByRole('button'));
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    expect(countriesInTable()).toEqual(['Japan', 'United States', 'Singapore']);
  });

  it('shows the difference A − B and swaps it', async () => {
    renderWith();
    expect(screen.getByRole('group', { name: 'Difference: Japan − United States' })).toBeTruthy();
    expect(
      screen.getByText(/^Japan is higher in 9 cells, United States in 18; 25 are equal and 38 involve neither/),
    ).toBeTruthy();
    const d = screen.getByRole('img', { name: /^B Real-time analysis, NCSC: / });
    expect(d.getAttribute('aria-label')).toBe(
      'B Real-time analysis, NCSC: Japan 0, United States 9, difference \u22129',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: /Swap A and B/ }));
    expect(screen.getByRole('group', { name: 'Difference: United States − Japan' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^B Real-time analysis, NCSC: / }).getAttribute('aria-label')).toContain(
      'difference +9',
    );
  });

  it('aligns countries with different stakeholders and rows, showing what one lacks as absent', () => {
    const kenya = importCsvText('Service,NCSC,Ministry of ICT\nA,9,NA\nRegional drills,2,\n', { fileName: 'Kenya.csv' })
      .matrices[0]!;
    renderWith([kenya]);
    act(() => store.getState().setCompareIds(['bundled:japan.csv', 'user:Kenya']));
    expect(countriesInTable()).toEqual(['Japan', 'Kenya']);
    // Japan has no Ministry of ICT column, Kenya no PSIRT column and no row B.
    expect(
      screen.getByRole('img', {
        name: 'Japan: A Strategic management of CDC, Ministry of ICT: not in this country’s table',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', { name: 'Kenya: B Real-time analysis, PSIRT: not in this country’s table' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', { name: 'Kenya: A Strategic management of CDC, Ministry of ICT: unknown' }),
    ).toBeTruthy();
    // The custom stakeholder brings the "other" column: Kenya's Ministry of ICT has only an unknown, so 0 %; Japan has none: —.
    expect(cell('Kenya', 'otherShare')).toBe('0.0 %');
    expect(cell('Japan', 'otherShare')).toBe('—');
    const rowsTable = screen.getByRole('table', { name: /lead stakeholder and concentration/ });
    const drills = within(rowsTable).getByRole('rowheader', { name: 'Regional drills' }).closest('tr')!;
    expect(drills.textContent).toContain('not in table');
    const a = within(rowsTable)
      .getByRole('rowheader', { name: /Strategic management/ })
      .closest('tr')!;
    expect(a.textContent).toContain('1 unknown');
  });

  it('switches every word to Japanese', () => {
    renderWith();
    act(() => store.getState().setLang('ja'));
    expect(screen.getByRole('heading', { name: '国の比較' })).toBeTruthy();
    expect(within(metricsTable()).getByRole('columnheader', { name: /国家機関（NCSC）の比率/ })).toBeTruthy();
    // The bundled countries by their Japanese display names, as on slides (#19).
    expect(countriesInTable()).toEqual(['日本', '米国', 'シンガポール']);
    expect(cell('シンガポール', 'ncscShare')).toBe('25.4%');
    expect(screen.getByRole('list', { name: '要約' }).textContent).toContain(
      'シンガポール：3 か国中、国家機関の比率（25.4%）、政府の比率（45.2%）が最も高く、民間の比率（39.1%）が最も低い。',
    );
    expect(
      screen.getByRole('img', {
        name: '日本：A 戦略マネジメント、ナショナルサイバーセキュリティセンター：10点中10点',
      }),
    ).toBeTruthy();
  });

  it('lists each pair with its similarity and the rows that differ most', () => {
    renderWith();
    const pairs = screen.getByRole('table', { name: /Cosine similarity/ });
    expect(
      within(pairs)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Japan – United States', 'Japan – Singapore', 'United States – Singapore']);
    const row = within(pairs).getByRole('rowheader', { name: 'Japan – United States' }).closest('tr')!;
    expect(row.querySelector('td[data-metric="similarity"]')!.textContent).toBe('0.777');
    expect([...row.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'D: Σ|Δ| 26 (most: National SOC 10 vs 0)',
      'I: Σ|Δ| 25 (most: ISAC 10 vs 0)',
      'F: Σ|Δ| 24 (most: National CSIRTs 10 vs 0)',
    ]);
  });
});
