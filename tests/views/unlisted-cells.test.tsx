// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { UnlistedCells } from '../../src/views/import/UnlistedCells';

const sparse = 'country,service,stakeholder,score\nKenya,A,NCSC,7\nKenya,B,PSIRT,2\n';

describe('UnlistedCells (review)', () => {
  it('says how many cells the file does not list and lets the reviewer read them as unknown', async () => {
    const store = createAppStore();
    await store.getState().importFiles([new File([sparse], 'kenya.csv', { type: 'text/csv' })]);
    const pending = () => store.getState().review!.files[0]!;
    const { rerender } = render(
      <StoreProvider store={store}>
        <UnlistedCells file={pending()} />
      </StoreProvider>,
    );
    const button = screen.getByRole('button', { name: /2 cells are not in the file/ });
    expect(button.textContent).toContain('Not involved (blank)');
    const user = userEvent.setup();
    await user.click(button);
    await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Unknown' }));
    expect(pending().unlistedAs).toBe('unknown');
    rerender(
      <StoreProvider store={store}>
        <UnlistedCells file={pending()} />
      </StoreProvider>,
    );
    expect(screen.getByRole('button', { name: /2 cells are not in the file/ }).textContent).toContain('Unknown');
  });

  it('shows nothing when every cell is listed', async () => {
    const store = createAppStore();
    await store.getState().importFiles([new File(['country,service,stakeholder,score\nKenya,A,NCSC,7\n'], 'k.csv')]);
    const { container } = render(
      <StoreProvider store={store}>
        <UnlistedCells file={store.getState().review!.files[0]!} />
      </StoreProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
