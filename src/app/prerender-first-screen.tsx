// Loaded by scripts/vite-plugin-prerender.ts in Node at build time, never by the app: renders the first
// screen (the heatmap of the first bundled country, in English) to HTML for index.html's #root.
import { prerenderToNodeStream } from 'react-dom/static';
import { AppRoot, createFirstStore } from './AppRoot';
import type { ServiceWorkerUpdates } from './service-worker-registration';
import { readyFlag } from './startup-shell';

// What the build's plugin writes around the screen (it imports no app code itself).
export { FIRST_SCREEN_CHECK, PRERENDERED_ATTR } from './first-screen';

const NO_UPDATES: ServiceWorkerUpdates = {
  subscribe: () => () => {},
  getSnapshot: () => 'none',
  reload: () => Promise.resolve(),
};

/**
 * The first screen's HTML, with every part loaded on demand already drawn (the toolbar, the heatmap's
 * controls): React waits for them, and hydrates each once its chunk has come in the browser.
 */
export async function renderFirstScreen(): Promise<string> {
  const store = createFirstStore('en');
  const { prelude } = await prerenderToNodeStream(
    <AppRoot store={store} ready={readyFlag(true)} onDrawn={() => {}} updates={NO_UPDATES} />,
    // Every boundary inline, in order: none outlined to be completed by a script (CSP allows none).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}
