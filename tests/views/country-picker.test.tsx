// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, setCell } from '../../src/domain/edit-ops';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { CountryPicker } from '../../src/views/CountryPicker';

/** The picker on the bundled countries plus Zambia (selected), counting its renders. */
function renderPicker() {
  const store = createAppStore();
  const { workspace, added } = addMatrices(EMPTY_WORKSPACE, [
    ...loadBundledMatrices(),
    createFromTemplate('Zambia', 'categories'),
  ]);
  const zambia = added.at(-1)!.id;
  store.getState().loadWorkspace(workspace, zambia);
  let renders = 0;
  render(
    <StoreProvider store={store}>
      <Profiler id="picker" onRender={() => void renders++}>
        <CountryPicker />
      </Profiler>
    </StoreProvider>,
  );
  return { store, zambia, renders: () => renders };
}

describe('the country picker', () => {
  it('is not rendered again when a score changes, only when a name does', () => {
    const { store, zambia, renders } = renderPicker();
    const first = renders();
    act(() => void store.getState().editMatrix(zambia, (m) => setCell(m, 0, 0, 7)));
    act(() => void store.getState().editMatrix(zambia, (m) => setCell(m, 1, 2, 3)));
    expect(renders()).toBe(first);
    act(() => void store.getState().editMatrix(zambia, (m) => ({ ...m, country: 'Zambia 2026' })));
    expect(renders()).toBeGreaterThan(first);
    expect(screen.getByRole('button', { name: /Zambia 2026/ })).toBeTruthy();
  });

  it('builds its list when reached: focused, it has every country and the arrow keys and typing choose', () => {
    const { store, zambia } = renderPicker();
    const options = () => document.querySelectorAll('select option:not([value=""])').length;
    // Closed and not reached: only the chosen country (react-aria's hidden native select mirrors the list).
    expect(options()).toBe(1);
    const trigger = screen.getByRole('button', { name: /Zambia/ });
    act(() => trigger.focus());
    expect(options()).toBe(4);
    fireEvent.keyDown(trigger, { key: 'ArrowLeft' });
    fireEvent.keyUp(trigger, { key: 'ArrowLeft' });
    expect(store.getState().selectedId).not.toBe(zambia);
    fireEvent.keyDown(trigger, { key: 'Z' });
    fireEvent.keyUp(trigger, { key: 'Z' });
    expect(store.getState().selectedId).toBe(zambia);
    act(() => trigger.blur());
    expect(options()).toBe(1);
  });

  it('lists the bundled countries by their Japanese display names in Japanese, as slides name them (#19)', () => {
    const { store } = renderPicker();
    act(() => void store.getState().setLang('ja'));
    act(() => void store.getState().select('bundled:japan.csv'));
    expect(screen.getByRole('button', { name: /日本 \(JP\)/ })).toBeTruthy();
    act(() => void store.getState().setLang('en'));
    expect(screen.getByRole('button', { name: /Japan \(JP\)/ })).toBeTruthy();
  });
});
