import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';

describe('the messages on screen', () => {
  it('close without losing their text, and the next message shows again (the same words included)', () => {
    const store = createAppStore();
    store.getState().announce('Imported 1 country', 'Could not import bad.csv');
    expect(store.getState().messagesDismissed).toBe(false);
    store.getState().dismissMessages();
    expect(store.getState()).toMatchObject({
      status: 'Imported 1 country',
      alert: 'Could not import bad.csv',
      messagesDismissed: true,
    });
    store.getState().announce('Imported 1 country');
    expect(store.getState()).toMatchObject({ status: 'Imported 1 country', alert: '', messagesDismissed: false });
  });
});
