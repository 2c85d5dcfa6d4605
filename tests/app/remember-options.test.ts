import { describe, expect, it } from 'vitest';
import { rememberOptionsPanel } from '../../src/app/remember-options';
import { createAppStore } from '../../src/state/store';

/** A Storage of one Map. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('rememberOptionsPanel', () => {
  it('starts open, and keeps what the user chose for the next visit', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    rememberOptionsPanel(store, () => storage);
    expect(store.getState().optionsOpen).toBe(true);
    store.getState().setOptionsOpen(false);
    expect(storage.getItem('x1060.optionsOpen')).toBe('closed');
    const next = createAppStore();
    rememberOptionsPanel(next, () => storage);
    expect(next.getState().optionsOpen).toBe(false);
  });

  it('ignores what it did not write, and works on when storage is blocked', () => {
    const store = createAppStore();
    rememberOptionsPanel(store, () => memoryStorage({ 'x1060.optionsOpen': 'maybe' }));
    expect(store.getState().optionsOpen).toBe(true);
    const blocked = createAppStore();
    rememberOptionsPanel(blocked, () => {
      throw new Error('SecurityError');
    });
    blocked.getState().setOptionsOpen(false);
    expect(blocked.getState().optionsOpen).toBe(false);
  });
});
