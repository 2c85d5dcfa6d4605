// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
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
});
