// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ServiceWorkerUpdates, UpdateState } from '../../src/app/service-worker-registration';
import { UpdateBanner } from '../../src/app/UpdateBanner';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';

/** Updates whose state the test sets. */
function fakeUpdates() {
  let state: UpdateState = 'none';
  const listeners = new Set<() => void>();
  const updates: ServiceWorkerUpdates = {
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getSnapshot: () => state,
    reload: vi.fn(() => Promise.resolve()),
  };
  const set = (next: UpdateState) => {
    state = next;
    act(() => listeners.forEach((l) => l()));
  };
  return { updates, set };
}

function renderBanner(lang: 'en' | 'ja' = 'en') {
  const store = createAppStore();
  store.getState().setLang(lang);
  const fake = fakeUpdates();
  render(
    <StoreProvider store={store}>
      <UpdateBanner updates={fake.updates} />
    </StoreProvider>,
  );
  return fake;
}

describe('UpdateBanner', () => {
  it('draws nothing until a new version is ready, then a status with Reload to update', async () => {
    const { updates, set } = renderBanner();
    expect(screen.queryByRole('status')).toBeNull();
    set('ready');
    expect(screen.getByRole('status').textContent).toBe('A new version is ready.Reload to update');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(updates.reload).toHaveBeenCalledOnce();
    set('reloading');
    expect(screen.getByRole('status').textContent).toContain('Saving your work and reloading…');
    expect(screen.getByRole('button', { name: 'Reload to update' }).hasAttribute('disabled')).toBe(true);
  });

  it('speaks Japanese', () => {
    const { set } = renderBanner('ja');
    set('ready');
    expect(screen.getByRole('status').textContent).toBe('新しいバージョンの準備ができました。再読み込みして更新');
  });
});
