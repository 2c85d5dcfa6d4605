// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { EditorView } from '../../src/views/editor/EditorView';

// jsdom does not lay out, so it has no scrollIntoView; the grid calls it on every move.
if (!('scrollIntoView' in Element.prototype))
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, configurable: true });

describe("the editor's note on a bundled country", () => {
  it('names the country in the display language (日本, not Japan)', { timeout: 30_000 }, () => {
    const store = createAppStore();
    store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
    store.getState().setLang('ja');
    render(
      <StoreProvider store={store}>
        <EditorView />
      </StoreProvider>,
    );
    expect(screen.getByText(/同梱データです/).textContent).toMatch(/^日本は同梱データです。/);
  });
});
