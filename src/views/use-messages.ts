import type { MessageBundle } from '../i18n/define-messages';
import { messagesFor } from '../i18n/use-messages';
import { useAppState } from '../state/store-context';

/** A feature's messages in the language chosen in the store. */
export function useMessages<T>(bundle: MessageBundle<T>): T {
  const lang = useAppState((s) => s.lang);
  return messagesFor(bundle, lang);
}
