import { describe, expect, it } from 'vitest';
import { createFromTemplate, setCell } from '../../src/domain/edit-ops';
import { describeWorkspaceChange } from '../../src/domain/workspace-diff';
import { createAppStore, redo, undo } from '../../src/state/store';

describe('what an undo step changed', () => {
  const k = { ...createFromTemplate('Kenya', 'categories'), id: 'user:Kenya' };
  it('names one cell with its values, several cells by count, and countries added or removed', () => {
    const k2 = setCell(k, 3, 0, 9);
    expect(describeWorkspaceChange({ matrices: [k] }, { matrices: [k2] })).toEqual({
      kind: 'cell',
      country: 'Kenya',
      row: 'D',
      stakeholder: 'NCSC',
      from: null,
      to: 9,
    });
    expect(describeWorkspaceChange({ matrices: [k] }, { matrices: [setCell(k2, 4, 1, 1)] })).toEqual({
      kind: 'cells',
      country: 'Kenya',
      n: 2,
    });
    expect(describeWorkspaceChange({ matrices: [] }, { matrices: [k] })).toEqual({ kind: 'added', country: 'Kenya' });
    expect(describeWorkspaceChange({ matrices: [k] }, { matrices: [] })).toEqual({ kind: 'removed', country: 'Kenya' });
    expect(describeWorkspaceChange({ matrices: [k] }, { matrices: [k] })).toEqual({ kind: 'none' });
  });

  it('undo and redo say what they did, and nothing when there is nothing to do', () => {
    const store = createAppStore();
    expect(undo(store)).toBeUndefined();
    const id = store.getState().createCountry('Zambia', 'categories');
    store.getState().editMatrix(id, (m) => setCell(m, 3, 0, 9));
    expect(undo(store)).toEqual({ kind: 'cell', country: 'Zambia', row: 'D', stakeholder: 'NCSC', from: 9, to: null });
    expect(redo(store)).toMatchObject({ kind: 'cell', from: null, to: 9 });
    expect(redo(store)).toBeUndefined();
  });
});
