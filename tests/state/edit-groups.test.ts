import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setCell, setCellNote, setRowNote, updateDetails } from '../../src/domain/edit-ops';
import { findMatrix, addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { clearHistory, createAppStore, redo, undo, type AppStore } from '../../src/state/store';

function storeWith(...extra: string[]) {
  const store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
  for (const name of extra) store.getState().createCountry(name, 'categories');
  clearHistory(store);
  return store;
}

const steps = (store: AppStore) => store.temporal.getState().pastStates.length;
const selected = (store: AppStore) => findMatrix(store.getState().workspace, store.getState().selectedId)!;

/** Types `text` letter by letter into the note of cell (0, 0) of the selected country, as the field does. */
function typeNote(store: AppStore, text: string, from = '') {
  for (let i = 1; i <= text.length; i++) {
    const typed = from + text.slice(0, i);
    store
      .getState()
      .editMatrix(store.getState().selectedId!, (m) => setCellNote(m, 0, 0, typed), { coalesce: 'note:0:0' });
  }
}

describe('typing is one undo step per field', () => {
  it('writes every key to the workspace at once, and undoes "Hello" in one step', () => {
    const store = storeWith('Zambia');
    const seen: string[] = [];
    for (const typed of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      store
        .getState()
        .editMatrix(store.getState().selectedId!, (m) => setCellNote(m, 0, 0, typed), { coalesce: 'note:0:0' });
      seen.push(selected(store).notes!['A\u0000ncsc']!);
    }
    expect(seen).toEqual(['H', 'He', 'Hel', 'Hell', 'Hello']);
    expect(steps(store)).toBe(1);
    undo(store);
    expect(selected(store).notes ?? {}).toEqual({});
    redo(store);
    expect(selected(store).notes).toEqual({ 'A\u0000ncsc': 'Hello' });
  });

  it('starts a new step after the field is left (endEdits)', () => {
    const store = storeWith('Zambia');
    typeNote(store, 'ab');
    store.getState().endEdits();
    typeNote(store, 'c', 'ab');
    expect(steps(store)).toBe(2);
    undo(store);
    expect(selected(store).notes).toEqual({ 'A\u0000ncsc': 'ab' });
  });

  it('starts a new step when anything else is edited in between: another field, a score, an undo', () => {
    const store = storeWith('Zambia');
    const id = store.getState().selectedId!;
    typeNote(store, 'a');
    store.getState().editMatrix(id, (m) => setRowNote(m, 0, 'why'), { coalesce: 'row:0' });
    typeNote(store, 'b', 'a');
    expect(steps(store)).toBe(3);
    store.getState().editMatrix(id, (m) => setCell(m, 0, 0, 5));
    typeNote(store, 'c', 'ab');
    expect(steps(store)).toBe(5);
    undo(store);
    typeNote(store, 'd', 'ab');
    expect(steps(store)).toBe(5);
    undo(store);
    expect(selected(store).notes).toEqual({ 'A\u0000ncsc': 'ab' });
    expect(selected(store).cells[0]![0]).toBe(5);
  });

  it('keeps the same key on two countries apart', () => {
    const store = storeWith('Zambia', 'Malawi');
    const [zambia, malawi] = store
      .getState()
      .workspace.matrices.slice(3)
      .map((m) => m.id);
    store
      .getState()
      .editMatrix(zambia!, (m) => updateDetails(m, { provenance: { source: 'a' } }), { coalesce: 'source' });
    store
      .getState()
      .editMatrix(malawi!, (m) => updateDetails(m, { provenance: { source: 'b' } }), { coalesce: 'source' });
    expect(steps(store)).toBe(2);
  });

  it('types into the copy of a bundled country: one copy, one step, and undo goes back to the original', () => {
    const store = storeWith();
    const japan = store.getState().selectedId!;
    typeNote(store, 'Hello');
    expect(store.getState().workspace.matrices.map((m) => m.country)).toEqual([
      'Japan',
      'United States',
      'Singapore',
      'Japan (edited)',
    ]);
    expect(selected(store).notes?.['A\u0000ncsc']).toBe('Hello');
    expect(store.getState().status).toBe(
      'Japan is a bundled dataset and is never changed: your edits are in a copy, “Japan (edited)”.',
    );
    expect(steps(store)).toBe(1);
    undo(store);
    expect(store.getState().workspace.matrices).toHaveLength(3);
    expect(store.getState().selectedId).toBe(japan);
  });

  it('is no step at all when an edit changes nothing', () => {
    const store = storeWith('Zambia');
    store.getState().editMatrix(store.getState().selectedId!, (m) => m);
    expect(steps(store)).toBe(0);
  });

  it('gives the start of the group to the edit, so that an emptied name can keep the one it had', () => {
    const store = storeWith('Zambia');
    const name = (typed: string) =>
      store
        .getState()
        .editMatrix(
          store.getState().selectedId!,
          (m, start) => updateDetails(m, { country: typed.trim() || start.country }),
          { coalesce: 'name' },
        );
    for (const typed of ['Zambi', 'Zamb', 'Z', '']) name(typed);
    expect(selected(store).country).toBe('Zambia');
    name('L');
    expect(selected(store).country).toBe('L');
    expect(steps(store)).toBe(1);
  });

  it('leaves no step when the group gives back the country it started from', () => {
    const store = storeWith('Zambia');
    store.getState().editMatrix(store.getState().selectedId!, (m) => setCell(m, 0, 0, 1));
    const before = store.getState().workspace;
    typeNote(store, 'ab');
    expect(steps(store)).toBe(2);
    store.getState().editMatrix(store.getState().selectedId!, (_m, start) => start, { coalesce: 'note:0:0' });
    expect(store.getState().workspace).toBe(before);
    expect(steps(store)).toBe(1);
    undo(store);
    expect(selected(store).cells[0]![0]).toBeNull();
  });

  it('keeps a typed name unique without announcing it at every key, and says so once when the field is left', () => {
    const store = storeWith('Zambia');
    const names: string[] = [];
    for (const typed of ['S', 'Si', 'Singapore']) {
      store
        .getState()
        .editMatrix(store.getState().selectedId!, (m) => updateDetails(m, { country: typed }), { coalesce: 'name' });
      names.push(selected(store).country);
    }
    expect(names).toEqual(['S', 'Si', 'Singapore (2)']);
    expect(store.getState().status).toBe('');
    store.getState().endEdits();
    expect(store.getState().status).toBe(
      'Another country is already called “Singapore”: this one is now “Singapore (2)”, so that an export can be imported again.',
    );
    // A group whose last name is free announces nothing.
    store.getState().announce('');
    for (const typed of ['Singapore (2)x', 'Sing'])
      store
        .getState()
        .editMatrix(store.getState().selectedId!, (m) => updateDetails(m, { country: typed }), { coalesce: 'name' });
    store.getState().endEdits();
    expect(store.getState().status).toBe('');
    expect(selected(store).country).toBe('Sing');
  });

  it('makes exactly one step per group, whatever the sequence of keys, leaves and scores (property)', () => {
    type Action = { kind: 'type'; field: number; text: string } | { kind: 'leave' } | { kind: 'score'; value: number };
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.record({
        kind: fc.constant('type' as const),
        field: fc.integer({ min: 0, max: 2 }),
        text: fc.string({ minLength: 1, maxLength: 4 }),
      }),
      fc.constant({ kind: 'leave' as const }),
      fc.record({ kind: fc.constant('score' as const), value: fc.integer({ min: 0, max: 10 }) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const store = storeWith('Zambia');
        const id = store.getState().selectedId!;
        let expected = 0;
        let open: number | undefined;
        let n = 0;
        for (const a of actions) {
          if (a.kind === 'leave') {
            store.getState().endEdits();
            open = undefined;
          } else if (a.kind === 'score') {
            // A fresh value each time, so that the edit always changes something.
            store.getState().editMatrix(id, (m) => setCell(m, 1, 1, n++ % 11));
            expected++;
            open = undefined;
          } else {
            const text = `${a.text}${n++}`;
            store.getState().editMatrix(id, (m) => setRowNote(m, a.field, text), { coalesce: `row:${a.field}` });
            if (open !== a.field) expected++;
            open = a.field;
          }
        }
        return steps(store) === expected;
      }),
    );
  });
});
