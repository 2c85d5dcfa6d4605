// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadParts } from '../../src/app/lazy-views';
import { App } from '../../src/app/App';
import { startApp } from '../../src/app/startup';
import type { RoleMatrix } from '../../src/domain/matrix';
import { createAppStore, type AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';

// A view that throws while drawing shows what failed in its own panel; the toolbar and other tabs keep working.

async function renderApp() {
  const store = createAppStore();
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await act(() => startApp(store, ''));
  return store;
}

/** Puts into the store, past every check, Japan with the row note (an object where text belongs). */
function injectHostileCountry(store: AppStore) {
  const japan = store.getState().workspace.matrices[0]!;
  const evil = {
    ...japan,
    id: 'user:Evil',
    country: 'Evil',
    bundled: undefined,
    rowNotes: { A: { evil: 1 } },
  } as unknown as RoleMatrix;
  act(() =>
    store.setState({
      workspace: { matrices: [...store.getState().workspace.matrices, evil] },
      selectedId: 'user:Evil',
    }),
  );
}

const hoverFirstCell = () => fireEvent.pointerOver(screen.getAllByRole('gridcell')[0]!);
const panel = () => screen.getByRole('tabpanel');

describe('view error boundary', () => {
  // The views and the toolbar load on demand in the app; here they are loaded before the first render.
  beforeAll(preloadParts);
  // React reports each caught error on the console; the test checks what the page shows instead.
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('shows what failed in the view, keeps the toolbar and the other tabs, and Reset re-mounts the view with default options', async () => {
    const store = await renderApp();
    const user = userEvent.setup();
    injectHostileCountry(store);
    await screen.findByText('Evil — division of X.1060 roles');
    act(() => store.getState().setHeatmap({ marginal: 'none', threshold: 4 }));

    // Hovering a cell draws its tooltip with the row note: React refuses the object (error #31).
    act(() => {
      hoverFirstCell();
    });
    const failure = within(panel()).getByRole('region', { name: 'The Heatmap view could not be drawn' });
    expect(failure.textContent).toContain('What failed:');
    expect(failure.textContent).toMatch(/Objects are not valid as a React child \(found: object with keys \{evil\}\)/);
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The Heatmap view could not be drawn: Error: Objects are not valid as a React child/,
    );
    expect(screen.queryAllByRole('gridcell')).toHaveLength(0);

    // The rest of the app still works: the toolbar and another tab.
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Sankey' }));
    expect(within(panel()).queryByRole('region', { name: /could not be drawn/ })).toBeNull();
    expect(within(panel()).getAllByText(/Evil/).length).toBeGreaterThan(0);
    // (Each tab has its own boundary: the heatmap's error does not follow the switch.)
    await user.click(screen.getByRole('tab', { name: 'Edit' }));
    expect(within(panel()).queryByRole('region', { name: /could not be drawn/ })).toBeNull();
    expect(within(panel()).getAllByRole('gridcell').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('tab', { name: 'Heatmap' }));
    expect(within(panel()).getAllByRole('gridcell').length).toBeGreaterThan(0);

    // Fail again, then reset: the options go back to their defaults and the view is drawn anew.
    act(() => {
      hoverFirstCell();
    });
    const resetButton = within(panel()).getByRole('button', { name: 'Reset this view' });
    await user.click(resetButton);
    expect(store.getState().heatmap.marginal).toBe('total');
    expect(store.getState().heatmap.threshold).toBe(0);
    expect(store.getState().resets.heatmap).toBe(1);
    expect(within(panel()).queryByRole('region', { name: /could not be drawn/ })).toBeNull();
    expect(within(panel()).getAllByRole('gridcell').length).toBeGreaterThan(0);
    // The data are never reset: the bad country is still there, to be exported.
    expect(store.getState().workspace.matrices.map((m) => m.country)).toContain('Evil');
  }, 30_000);

  it('exports the whole workspace as JSON from the failed view', async () => {
    const store = await renderApp();
    const user = userEvent.setup();
    injectHostileCountry(store);
    await screen.findByText('Evil — division of X.1060 roles');
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    act(() => {
      hoverFirstCell();
    });
    await user.click(within(panel()).getByRole('button', { name: 'Export workspace (JSON)' }));
    expect(create).toHaveBeenCalledTimes(1);
    const json = JSON.parse(await blobs[0]!.text()) as { matrices: { country: string; rowNotes?: unknown }[] };
    expect(json.matrices.map((m) => m.country)).toEqual([...store.getState().workspace.matrices.map((m) => m.country)]);
    expect(json.matrices.at(-1)!.rowNotes).toEqual({ A: { evil: 1 } });
    expect(screen.getByRole('status').textContent).toBe(
      `Exported ${json.matrices.length} countries as a JSON workspace (x1060-workspace.json).`,
    );
  }, 30_000);

  it('draws the view again when another country is chosen, and says it all in Japanese', async () => {
    const store = await renderApp();
    injectHostileCountry(store);
    act(() => store.getState().setLang('ja'));
    act(() => {
      hoverFirstCell();
    });
    const failure = within(panel()).getByRole('region', { name: 'ヒートマップを表示できませんでした' });
    expect(within(failure).getByRole('button', { name: 'ワークスペースを書き出す（JSON）' })).toBeTruthy();
    expect(within(failure).getByRole('button', { name: 'この表示をリセット' })).toBeTruthy();
    expect(failure.textContent).toContain('失敗した内容：');
    act(() => store.getState().select(store.getState().workspace.matrices[0]!.id));
    await waitFor(() => expect(within(panel()).getAllByRole('gridcell').length).toBeGreaterThan(0));
  }, 30_000);

  it('in the presenter, a slide that cannot be drawn leaves the keys and the other slides working; Reset stops presenting', async () => {
    const store = await renderApp();
    const japan = store.getState().workspace.matrices[0]!;
    // A stakeholder whose name is an object: every chart of this country throws while drawing.
    const broken = {
      ...japan,
      id: 'user:Broken',
      country: 'Broken',
      bundled: undefined,
      stakeholders: japan.stakeholders.map((s, i) => (i === 0 ? { ...s, typeId: undefined, name: { evil: 1 } } : s)),
    } as unknown as RoleMatrix;
    act(() => {
      store.setState({ workspace: { matrices: [...store.getState().workspace.matrices, broken] } });
      const s = store.getState();
      s.addSlide({ kind: 'heatmap', countryId: 'user:Broken', palette: 'ylgnbu', options: s.heatmap });
      s.addSlide({ kind: 'heatmap', countryId: japan.id, palette: 'ylgnbu', options: s.heatmap });
      s.setPresenting(true);
    });
    const slide = () => screen.getByRole('region', { name: /^Slide \d of 2/ });
    expect(within(slide()).getByRole('region', { name: 'The presenter could not be drawn' })).toBeTruthy();
    expect(screen.getByText('Slide 1 of 2')).toBeTruthy();
    act(() => {
      fireEvent.keyDown(window, { key: 'ArrowRight' });
    });
    expect(screen.getByText('Slide 2 of 2')).toBeTruthy();
    expect(within(slide()).queryByRole('region', { name: /could not be drawn/ })).toBeNull();
    expect(within(slide()).getAllByText(/NCSC/).length).toBeGreaterThan(0);
    act(() => {
      fireEvent.keyDown(window, { key: 'ArrowLeft' });
    });
    await userEvent.setup().click(within(slide()).getByRole('button', { name: 'Reset this view' }));
    expect(store.getState().presenting).toBe(false);
    expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeTruthy();
  }, 30_000);

  it('a review that cannot be drawn says so in place; Reset cancels it and the app goes on', async () => {
    const store = await renderApp();
    const japan = store.getState().workspace.matrices[0]!;
    // A read result past every check: a warning whose code is an object.
    const result = {
      fileName: 'x.json',
      format: 'json',
      matrices: [{ ...japan, country: 'X' }],
      problems: [{ severity: 'warning', code: { evil: 1 }, params: {} }],
    };
    act(() =>
      store.setState({
        review: { files: [{ key: 'k', name: 'x.json', remap: {}, result }], choices: {}, pasted: false } as never,
      }),
    );
    const failure = await screen.findByRole('region', { name: 'The import review could not be drawn' });
    expect(screen.getByText('Japan — division of X.1060 roles')).toBeTruthy();
    await userEvent.setup().click(within(failure).getByRole('button', { name: 'Reset this view' }));
    expect(store.getState().review).toBeNull();
    expect(screen.queryByRole('region', { name: /could not be drawn/ })).toBeNull();
    expect(store.getState().workspace.matrices).toHaveLength(3);
  }, 30_000);
});
