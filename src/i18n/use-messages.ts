import type { Lang } from '../domain/display-options';
import type { MessageBundle } from './define-messages';

/** Picks a bundle's messages for a language. */
export function messagesFor<T>(bundle: MessageBundle<T>, lang: Lang): T {
  return bundle[lang];
}
