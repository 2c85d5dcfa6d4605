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

/** Renders a bare element again in the same root (an update, not a mount). */
export function rerenderBare(node: ReactNode): void {
  flushSync(() => root!.render(node));
}

/** Baseline of a re-colouring: a bare React SVG grid of rects and numbers, filled from one of two palettes. */
export function BareGrid({ rows, cols, dark }: { rows: number; cols: number; dark: boolean }) {
  return (
    <svg width={cols * 20} height={rows * 12}>
      {Array.from({ length: rows }, (_, r) => (
        <g key={r}>
          {Array.from({ length: cols }, (_, c) => {
            const v = (r + c) % 11;
            return (
              <g key={c}>
                <rect
                  x={c * 20}
                  y={r * 12}
                  width={19}
                  height={11}
                  fill={`hsl(${dark ? 20 : 200} 60% ${95 - v * 6}%)`}
                />
                <text x={c * 20 + 10} y={r * 12 + 9} fill={v > 5 ? '#fff' : '#000'} fontSize={8}>
                  {v}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
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
