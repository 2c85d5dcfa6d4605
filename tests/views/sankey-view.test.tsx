// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { sankeyMessages } from '../../src/i18n/sankey-messages';
import { createAppStore, type AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { SankeyView } from '../../src/views/sankey/SankeyView';

let store: AppStore;
const matrices = loadBundledMatrices();
const idOf = (country: string) => matrices.find((m) => m.country === country)!.id;

beforeEach(() => {
  store = createAppStore();
  store.getState().loadWorkspace({ matrices });
  render(
    <StoreProvider store={store}>
      <SankeyView />
    </StoreProvider>,
  );
});

const charts = () => [...document.querySelectorAll<SVGSVGElement>('svg.sankey')];
const headings = (svg: Element) => [...svg.querySelectorAll('.sankey-headings text')].map((t) => t.textContent);
const choose = async (label: RegExp, option: string) => {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: label }));
  await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
};

describe('SankeyView', () => {
  it("draws the selected country's Sankey with its flows, and one export menu", async () => {
    expect(screen.getByRole('group', { name: 'Japan — who carries which X.1060 services' })).toBeTruthy();
    expect(charts()).toHaveLength(1);
    expect(charts()[0]!.querySelectorAll('path.sankey-link')).toHaveLength(39);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export chart' }));
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'Export SVG',
      'PNG 1×',
      'PNG 2×',
      'PNG 4×',
      'Copy image',
    ]);
  });

  it('applies every option from the controls, through the store', async () => {
    await choose(/Direction/, 'Stakeholders → services');
    expect(store.getState().sankeyDirection).toBe('reverse');
    expect(headings(charts()[0]!)).toEqual(['Stakeholders', 'X.1060 categories']);
    await choose(/Link width/, 'Each service = 100 %');
    expect(charts()[0]!.querySelector('[data-id="r:H"]')!.getAttribute('data-value')).toBe('100');
    await choose(/Link colour/, 'By sector group');
    expect(charts()[0]!.querySelector('[data-id="l:H|le-justice"]')!.getAttribute('stroke')).toBe('#d55e00');
    await choose(/Node order/, 'By flow, largest first');
    expect(store.getState().sankeyOrder).toBe('flow');
    await userEvent.setup().click(screen.getByText('Add a column of sector groups'));
    expect(headings(charts()[0]!)).toEqual(['Sector groups', 'Stakeholders', 'X.1060 categories']);
    act(() => store.getState().setSankeyMinScore(8));
    expect(charts()[0]!.querySelector('.sankey-notes')!.textContent).toContain(
      'scored below 8 hidden by the minimum-score filter',
    );
    for (const l of charts()[0]!.querySelectorAll('path.sankey-link[data-id^="l:"][data-raw]')) {
      if (/\|(government|private|academia|law-enforcement)$/.test(l.getAttribute('data-id')!)) continue;
      expect(Number(l.getAttribute('data-raw'))).toBeGreaterThanOrEqual(8);
    }
  });

  it('clamps the minimum score to 0–10', () => {
    act(() => store.getState().setSankeyMinScore(14));
    expect(store.getState().sankeyMinScore).toBe(10);
    act(() => store.getState().setSankeyMinScore(Number.NaN));
    expect(store.getState().sankeyMinScore).toBe(0);
  });

  it('compares two countries side by side at the same px per unit and width', async () => {
    await choose(/Compare with/, 'Singapore');
    expect(charts()).toHaveLength(2);
    const [a, b] = charts();
    expect(a!.getAttribute('data-px-per-unit')).toBe(b!.getAttribute('data-px-per-unit'));
    expect(a!.viewBox.baseVal.width).toBe(b!.viewBox.baseVal.width);
    const k = Number(a!.getAttribute('data-px-per-unit'));
    // Japan's biggest stakeholder total (45) and Singapore's NCSC (63) drawn on one scale
    expect(Number(a!.querySelector('[data-id="s:private-soc"] rect')!.getAttribute('height'))).toBeCloseTo(45 * k, 3);
    expect(Number(b!.querySelector('[data-id="s:ncsc"] rect')!.getAttribute('height'))).toBeCloseTo(63 * k, 3);
    expect(screen.getByText(/Both diagrams use the same scale/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Japan and Singapore side by side, on the same scale' })).toBeTruthy();
  });

  it('never compares a country with itself', () => {
    act(() => store.getState().setSankeyCompareId(idOf('Japan')));
    expect(charts()).toHaveLength(1);
  });

  it('shows the flows as a table instead of the diagram', async () => {
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show as table' }));
    expect(charts()).toHaveLength(0);
    const table = screen.getByRole('table', { name: 'Japan: flows of the Sankey diagram' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(40);
    const a = rows.find((r) => r.textContent?.startsWith('A Strategic management of CDCNCSC'));
    expect([...a!.querySelectorAll('th,td')].map((c) => c.textContent)).toEqual([
      'A Strategic management of CDC',
      'NCSC',
      '10',
      '50 %',
      '10',
    ]);
  });

  it('speaks Japanese everywhere when the language is Japanese', () => {
    act(() => store.getState().setLang('ja'));
    expect(screen.getByRole('group', { name: '日本 — X.1060の各サービスを誰が担うか' })).toBeTruthy();
    const ja = sankeyMessages.ja;
    for (const label of [
      ja.direction,
      ja.order,
      ja.minScore,
      ja.weighting,
      ja.colorBy,
      ja.compareWith,
      ja.showSectors,
      ja.showTable,
    ])
      expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    expect(document.querySelector('.sankey-notes')!.textContent).toContain('39 本のフローを描画');
    expect(headings(charts()[0]!)).toEqual(['X.1060 カテゴリ', '関係者']);
  });
});
