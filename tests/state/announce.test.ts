import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';

describe('the messages on screen', () => {
  it('close one region at a time without losing its text; a new text shows again', () => {
    const store = createAppStore();
    store.getState().announce('Imported 1 country', 'Could not import bad.csv');
    expect(store.getState().dismissed).toEqual({ status: false, alert: false });
    store.getState().dismissMessage('status');
    expect(store.getState()).toMatchObject({
      status: 'Imported 1 country',
      alert: 'Could not import bad.csv',
      dismissed: { status: true, alert: false },
    });
    // A part that reports an error keeps the status as it is: a closed status stays closed.
    store.getState().announce('Imported 1 country', 'The Sankey could not be drawn');
    expect(store.getState().dismissed).toEqual({ status: true, alert: false });
    store.getState().dismissMessage('alert');
    store.getState().announce('Exported 2 countries', 'The Sankey could not be drawn');
    expect(store.getState().dismissed).toEqual({ status: false, alert: true });
    store.getState().announce('Exported 2 countries');
    expect(store.getState()).toMatchObject({ alert: '', dismissed: { status: false, alert: false } });
  });
});
