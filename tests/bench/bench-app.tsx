// Mounting the real App for benchmarks, and the baseline every suite compares against.
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { App } from '../../src/app/App';
import type { RoleMatrix } from '../../src/domain/matrix';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { createAppStore, type AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';

let root: Root | null = null;

/** Mounts the whole app synchronously on these matrices, after `setup` prepares the store. */
export function mountWith(matrices: readonly RoleMatrix[], setup?: (store: AppStore) => void): AppStore {
  root?.unmount();
  const store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, matrices).workspace);
  setup?.(store);
  root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root!.render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    ),
  );
  return store;
}

/** Renders a bare element synchronously in place of the app. */
export function renderBare(node: ReactNode): void {
  root?.unmount();
  root = createRoot(document.getElementById('root')!);
  flushSync(() => root!.render(node));
}

/** Baseline: a bare React table of numbers with as many cells as the chart. */
export function BareTable({ rows, cols }: { rows: number; cols: number }) {
  return (
    <table>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            {Array.from({ length: cols }, (_, c) => (
              <td key={c}>{(r + c) % 11}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
