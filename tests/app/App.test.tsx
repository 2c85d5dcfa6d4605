// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadParts } from '../../src/app/lazy-views';
import { App } from '../../src/app/App';
import { dataUrlsFrom, startApp } from '../../src/app/startup';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';

const cell = (row: string, col: string) => screen.getByRole('gridcell', { name: new RegExp(`^${row}.*, ${col}: `) });

async function renderApp(search = '', fetchFn?: typeof fetch) {
  const store = createAppStore();
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await act(() => startApp(store, search, fetchFn));
  return store;
}

describe('App', () => {
  // The views and the toolbar load on demand in the app; here they are loaded before the first render.
  beforeAll(preloadParts);
  it('opens on Japan with the seed scores in the heatmap', async () => {
    await renderApp();
    expect(screen.getByText('Japan — division of X.1060 roles')).toBeTruthy();
    expect(cell('A Strategic management of CDC', 'NCSC').getAttribute('aria-label')).toBe(
      'A Strategic management of CDC, NCSC: 10 of 10',
    );
    expect(cell('E Checking and evaluating', 'Academia').getAttribute('aria-label')).toContain(': 7 of 10');
    expect(cell('H Support of internal fraud response', 'NCSC').getAttribute('aria-label')).toContain(
      'blank = not involved',
    );
    expect(screen.getAllByRole('gridcell')).toHaveLength(90);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();
  });

  it('switches country with the picker', async () => {
    await renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Country/ }));
    await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Singapore (SG)' }));
    expect(screen.getByText('Singapore — division of X.1060 roles')).toBeTruthy();
    expect(cell('B Real-time analysis', 'NCSC').getAttribute('aria-label')).toContain(': 4 of 10');
  });

  it('imports a file through the file input and announces it in role=status', async () => {
    const store = await renderApp();
    const user = userEvent.setup();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(
      input,
      new File(['country,service,stakeholder,score\nKenya,D-2,National CSIRT,9\n'], 'kenya.csv', { type: 'text/csv' }),
    );
    // Even a clean file is shown for review first; nothing changes until "Import".
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('No problems found.')).toBeTruthy();
    expect(store.getState().workspace.matrices).toHaveLength(3);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Kenya — division of X.1060 roles')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Imported 1 country from kenya.csv: Kenya.');
    expect(cell('D-2 Incident handling', 'National CSIRTs').getAttribute('aria-label')).toContain(': 9 of 10');
  });

  it('rejects a bad file in role=alert with its line, and keeps showing what was there', async () => {
    const store = await renderApp();
    const user = userEvent.setup();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(
      input,
      new File(['country,service,stakeholder,score\nKenya,D-2,NCSC,9\nKenya,D-3,NCSC,eleven\n'], 'bad.csv', {
        type: 'text/csv',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/line 3, column 4 \(D, score\)/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not import bad.csv');
    expect(alert.textContent).toContain('line 3, column 4');
    expect(store.getState().workspace.matrices).toHaveLength(3);
    expect(screen.getByText('Japan — division of X.1060 roles')).toBeTruthy();
  });

  it('loads ?data= files at start-up and shows the first', async () => {
    const served: Record<string, string> = { 'data/zambia.csv': 'service,stakeholder,score\nA,NCSC,8\n' };
    const fetchFn = ((url: string) =>
      Promise.resolve(
        url in served ? new Response(served[url]) : new Response('nope', { status: 404, statusText: 'Not Found' }),
      )) as typeof fetch;
    expect(dataUrlsFrom('?data=data/zambia.csv&data=missing.csv&data=')).toEqual(['data/zambia.csv', 'missing.csv']);
    const store = await renderApp('?data=data/zambia.csv&data=missing.csv', fetchFn);
    expect(store.getState().workspace.matrices.map((m) => m.country)).toEqual([
      'Japan',
      'United States',
      'Singapore',
      'zambia',
    ]);
    expect(screen.getByText('zambia — division of X.1060 roles')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Imported 1 country from zambia.csv');
    expect(screen.getByRole('alert').textContent).toContain(
      'could not load missing.csv: the server answered 404 Not Found',
    );
  });
});
