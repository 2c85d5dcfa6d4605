// @vitest-environment jsdom
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { SankeyView } from '../../src/views/sankey/SankeyView';

// A country's Sankey is drawn in its own commit; the options (react-aria's pickers: a share of that commit's work)
// follow in a render of their own, as on the heatmap, so that the chart is not kept waiting for them.
describe('SankeyView first commit', () => {
  it('draws the chart, its options panel holding its place until the next render', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const store = createAppStore();
    store.getState().loadWorkspace({ matrices: loadBundledMatrices() });
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    flushSync(() =>
      root.render(
        <StoreProvider store={store}>
          <SankeyView />
        </StoreProvider>,
      ),
    );
    expect(host.querySelectorAll('svg.sankey path.sankey-link').length).toBeGreaterThan(0);
    expect(host.querySelector('.lazy-part.controls[aria-busy="true"]')).not.toBeNull();
    expect(host.querySelector('[role="group"].controls')).toBeNull();
    for (let i = 0; i < 100 && !host.querySelector('[role="group"].controls'); i++)
      await new Promise((ok) => setTimeout(ok, 20));
    expect(host.querySelector('[role="group"].controls')).not.toBeNull();
    expect(host.querySelector('.lazy-part.controls')).toBeNull();
    root.unmount();
  });
});
