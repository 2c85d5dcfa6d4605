import { useSyncExternalStore } from 'react';
import { updateMessages } from '../i18n/update-messages';
import { messagesFor } from '../i18n/use-messages';
import { useAppState } from '../state/store-context';
import type { ServiceWorkerUpdates, UpdateState } from './service-worker-registration';
import './update-banner.css';

/** Before hydration there is no worker yet: the prerendered page has no banner. */
const noUpdate = (): UpdateState => 'none';

/** Says that a new version is ready and reloads onto it when the user asks, never before. */
export function UpdateBanner({
  updates,
}: {
  /** The service worker's updates (service-worker-registration.ts). */ updates: ServiceWorkerUpdates;
}) {
  const state = useSyncExternalStore(updates.subscribe, updates.getSnapshot, noUpdate);
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const m = messagesFor(updateMessages, lang);
  // Drawn only when there is something to say: the app's own role=status region stays the only one otherwise.
  if (state === 'none') return null;
  return (
    // Outside .app: it carries the language and theme itself.
    <div role="status" className="update-banner" lang={lang} data-theme={theme}>
      <span>{state === 'reloading' ? m.reloading : m.ready}</span>
      {/* A plain button: the banner must not wait for react-aria, which comes after the first screen. */}
      <button
        type="button"
        className="btn btn-primary"
        disabled={state === 'reloading'}
        onClick={() => void updates.reload()}
      >
        {m.reload}
      </button>
    </div>
  );
}
