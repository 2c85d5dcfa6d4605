// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addRow, createFromTemplate } from '../../src/domain/edit-ops';
import type { RoleMatrix } from '../../src/domain/matrix';
import { addMatrices, EMPTY_WORKSPACE, findMatrix } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { clearHistory, createAppStore, undo, type AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { EditorView } from '../../src/views/editor/EditorView';

let store: AppStore;

// jsdom does not lay out, so it has no scrollIntoView; the grid calls it on every move.
if (!('scrollIntoView' in Element.prototype))
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, configurable: true });

/** Renders the editor on the bundled countries plus `own`, with the last of `own` (or Japan) selected. */
function renderEditor(...own: RoleMatrix[]) {
  store = createAppStore();
  const { workspace, added } = addMatrices(EMPTY_WORKSPACE, [...loadBundledMatrices(), ...own]);
  store.getState().loadWorkspace(workspace, own.length ? added.at(-1)!.id : undefined);
  clearHistory(store);
  render(
    <StoreProvider store={store}>
      <EditorView />
    </StoreProvider>,
  );
}
const selected = () => findMatrix(store.getState().workspace, store.getState().selectedId)!;
const steps = () => store.temporal.getState().pastStates.length;
const zambia = () => createFromTemplate('Zambia', 'categories');
const textbox = (name: string | RegExp) =>
  screen.getByRole<HTMLInputElement | HTMLTextAreaElement>('textbox', { name });

// Each key re-renders the editor in jsdom: generous timeouts, so that a slow machine does not fail them.
describe('text saved as it is typed', { timeout: 60_000 }, () => {
  it('writes each details field to the workspace before it is left, one undo step per field', async () => {
    renderEditor(zambia());
    const typed = {
      Name: 'Lusaka',
      'ISO code': 'zm',
      Source: 'Ministry, 2026',
      Date: '2026-12-02',
      Notes: 'First draft',
    };
    const stored = (): Record<keyof typeof typed, string | undefined> => {
      const m = selected();
      return {
        Name: m.country,
        'ISO code': m.countryCode ?? '',
        Source: m.provenance.source,
        Date: m.provenance.date,
        Notes: m.provenance.notes,
      };
    };
    for (const [label, text] of Object.entries(typed) as [keyof typeof typed, string][]) {
      const field = textbox(label);
      await userEvent.click(field);
      await userEvent.clear(field);
      await userEvent.type(field, text);
      // Still in the field: nothing has been left, yet the workspace holds every key.
      expect(document.activeElement).toBe(field);
      expect(stored()[label]).toBe(label === 'ISO code' ? 'ZM' : text);
      expect(field.value).toBe(text);
    }
    await userEvent.tab();
    expect(steps()).toBe(5);
    expect(textbox('ISO code').value).toBe('ZM');
    undo(store);
    undo(store);
    expect(stored()).toEqual({ Name: 'Lusaka', 'ISO code': 'ZM', Source: 'Ministry, 2026', Date: '', Notes: '' });
  });

  it('writes the cell note and the row rationale as typed, keeping the spaces typed while in the field', async () => {
    renderEditor(zambia());
    const note = textbox(/^Note for A/);
    await userEvent.type(note, 'leads ');
    expect(selected().notes).toEqual({ 'A\u0000ncsc': 'leads' });
    // The stored note is trimmed, as the CSV reader reads it; the space typed stays, to type on.
    expect(note.value).toBe('leads ');
    await userEvent.type(note, 'it');
    expect(selected().notes).toEqual({ 'A\u0000ncsc': 'leads it' });
    const rationale = textbox(/^Rationale and sources for A/);
    await userEvent.type(rationale, 'Act 2020, s. 4');
    expect(document.activeElement).toBe(rationale);
    expect(selected().rowNotes).toEqual({ A: 'Act 2020, s. 4' });
    expect(steps()).toBe(2);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(selected().rowNotes ?? {}).toEqual({});
    expect(rationale.value).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(note.value).toBe('');
    expect(selected().notes ?? {}).toEqual({});
  });

  it('goes on typing into the copy when a bundled country is typed into: same field, focus kept, one copy', async () => {
    renderEditor();
    const japan = selected().id;
    const note = textbox(/^Note for A/);
    await userEvent.type(note, 'Hello');
    expect(document.activeElement).toBe(note);
    expect(store.getState().workspace.matrices.map((m) => m.country)).toEqual([
      'Japan',
      'United States',
      'Singapore',
      'Japan (edited)',
    ]);
    expect(selected().country).toBe('Japan (edited)');
    expect(selected().notes?.['A\u0000ncsc']).toBe('Hello');
    expect(note.value).toBe('Hello');
    expect(store.getState().status).toBe(
      'Japan is a bundled dataset and is never changed: your edits are in a copy, “Japan (edited)”.',
    );
    const source = textbox('Source');
    await userEvent.type(source, ' 2');
    expect(document.activeElement).toBe(source);
    expect(selected().provenance.source).toBe(`${findMatrix(store.getState().workspace, japan)!.provenance.source} 2`);
    expect(steps()).toBe(2);
  });

  it('keeps the bundled original and its copy apart: undo of the first typing goes back to the original', async () => {
    renderEditor();
    const japan = selected().id;
    await userEvent.type(textbox('Date'), 'x');
    expect(store.getState().workspace.matrices).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().workspace.matrices).toHaveLength(3);
    expect(store.getState().selectedId).toBe(japan);
    expect(textbox('Date').value).toBe(findMatrix(store.getState().workspace, japan)!.provenance.date);
  });

  it('never writes an empty name: the country keeps the one it had, and the field says so', async () => {
    renderEditor(zambia());
    const name = textbox('Name');
    await userEvent.clear(name);
    expect(selected().country).toBe('Zambia');
    expect(name.value).toBe('');
    expect(screen.getByText('A country needs a name: while this field is empty, it keeps “Zambia”.')).toBeTruthy();
    await userEvent.type(name, 'Lu');
    expect(selected().country).toBe('Lu');
    await userEvent.clear(name);
    expect(selected().country).toBe('Zambia');
    await userEvent.tab();
    expect(name.value).toBe('Zambia');
    expect(screen.queryByText(/A country needs a name/)).toBeNull();
  });

  it('types a name that is taken without renaming what is typed; says what it is saved as, and announces it once when left', async () => {
    renderEditor(zambia());
    const name = textbox('Name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Singapore');
    expect(name.value).toBe('Singapore');
    expect(selected().country).toBe('Singapore (2)');
    expect(
      screen.getByText(
        'Another country is already called “Singapore”: this one is saved as “Singapore (2)”, so that an export can be imported again.',
      ),
    ).toBeTruthy();
    expect(name.getAttribute('aria-describedby')).toBeTruthy();
    expect(store.getState().status).toBe('');
    await userEvent.type(name, 'n');
    expect(selected().country).toBe('Singaporen');
    await userEvent.type(name, '{Backspace}{Enter}');
    expect(name.value).toBe('Singapore (2)');
    expect(store.getState().status).toBe(
      'Another country is already called “Singapore”: this one is now “Singapore (2)”, so that an export can be imported again.',
    );
    expect(steps()).toBe(1);
  });

  it('writes nothing while an input method composes, and the composed text when it ends', () => {
    renderEditor(zambia());
    const note = textbox(/^Note for A/);
    act(() => note.focus());
    fireEvent.compositionStart(note);
    fireEvent.input(note, { target: { value: 'にほん' }, isComposing: true });
    expect(note.value).toBe('にほん');
    expect(selected().notes ?? {}).toEqual({});
    fireEvent.input(note, { target: { value: '日本' }, isComposing: true });
    expect(selected().notes ?? {}).toEqual({});
    fireEvent.compositionEnd(note, { data: '日本' });
    expect(selected().notes).toEqual({ 'A\u0000ncsc': '日本' });
    expect(note.value).toBe('日本');
    // Enter that confirms a composition does not end the field's undo step.
    const source = textbox('Source');
    act(() => source.focus());
    fireEvent.input(source, { target: { value: '内閣' } });
    fireEvent.keyDown(source, { key: 'Enter', isComposing: true });
    fireEvent.input(source, { target: { value: '内閣府' } });
    expect(selected().provenance.source).toBe('内閣府');
    expect(steps()).toBe(2);
  });

  it('renames a custom row as typed; a refused label is said beside the field, kept out, and alerted when left', async () => {
    renderEditor(addRow(zambia(), 'Cloud oversight', 0));
    const rename = textbox('Cloud oversight');
    await userEvent.type(rename, ' team');
    expect(selected().rows[0]!.label).toBe('Cloud oversight team');
    expect(document.activeElement).toBe(rename);
    // The field is not renamed under the keys typed in it; it is once it is left.
    expect(textbox('Cloud oversight')).toBe(rename);
    await userEvent.clear(rename);
    expect(selected().rows[0]!.label).toBe('Cloud oversight');
    expect(
      screen.getByText('A row needs a label: while this field is empty, it keeps “Cloud oversight”.'),
    ).toBeTruthy();
    await userEvent.type(rename, 'Audit');
    expect(rename.value).toBe('Audit');
    expect(selected().rows[0]!.label).toBe('Cloud oversight');
    expect(rename.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText(
        /would be read as X\.1060 row E-9 .* Until a label is accepted, the row keeps “Cloud oversight”\./,
      ),
    ).toBeTruthy();
    expect(store.getState().alert).toBe('');
    await userEvent.tab();
    expect(store.getState().alert).toBe(
      '"Audit" would be read as X.1060 row E-9 when the CSV is imported again: add E-9 from the list instead, or choose another label.',
    );
    expect(rename.value).toBe('Cloud oversight');
    await userEvent.type(rename, '!');
    await userEvent.tab();
    expect(textbox('Cloud oversight!')).toBe(rename);
    undo(store);
    // Typed and taken back: no undo step is left.
    expect(steps()).toBe(0);
  });
});
