import { useSyncExternalStore } from 'react';
import { updateMessages } from '../i18n/update-messages';
import { messagesFor } from '../i18n/use-messages';
import { useAppState } from '../state/store-context';
import { Button } from '../ui/Button';
import type { ServiceWorkerUpdates } from './service-worker-registration';
import './update-banner.css';

/** Says that a new version is ready and reloads onto it when the user asks, never before. */
export function UpdateBanner({ updates }: { /** The service worker's updates (service-worker-registration.ts). */ updates: ServiceWorkerUpdates }) {
  const state = useSyncExternalStore(updates.subscribe, updates.getSnapshot);
  const m = messagesFor(updateMessages, useAppState((s) => s.lang));
  // Drawn only when there is something to say: the app's own role=status region stays the only one otherwise.
  if (state === 'none') return null;
  return (
    <div role="status" className="update-banner">
      <span>{state === 'reloading' ? m.reloading : m.ready}</span>
      <Button variant="primary" isDisabled={state === 'reloading'} onPress={() => void updates.reload()}>
        {m.reload}
      </Button>
    </div>
  );
}
