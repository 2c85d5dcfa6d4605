// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncUrlState } from '../../src/app/url-state';
import { updateDetails } from '../../src/domain/edit-ops';
import { createAppStore, type AppStore } from '../../src/state/store';

let store: AppStore;
let stop: () => void;
const country = () => new URLSearchParams(window.location.search).get('country');

beforeEach(() => {
  window.history.replaceState(null, '', '/app/?view=editor');
  store = createAppStore();
  stop = syncUrlState(store);
});
afterEach(() => stop());

describe('the address follows a renamed country (#17)', () => {
  it('names the country by its name now, in place (no new history entry per key typed)', () => {
    const id = store.getState().createCountry('New country', 'categories');
    expect(country()).toBe('user:New country');
    const before = window.history.length;
    for (const name of ['K', 'Ke', 'Kenya'])
      store.getState().editMatrix(id, (m) => updateDetails(m, { country: name }));
    expect(country()).toBe('user:Kenya');
    expect(window.history.length).toBe(before);
    expect(store.getState().workspace.matrices.find((m) => m.id === id)?.country).toBe('Kenya');
  });

  it('opens the renamed country from its new address', () => {
    const id = store.getState().createCountry('New country', 'categories');
    store.getState().editMatrix(id, (m) => updateDetails(m, { country: 'Kenya' }));
    store.getState().createCountry('Other', 'categories');
    expect(store.getState().selectedId).not.toBe(id);
    window.history.replaceState(null, '', '/app/?view=editor&country=user%3AKenya');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selectedId).toBe(id);
  });
});
