import type { Lang } from '../domain/display-options';

/** Messages of one feature: the same keys in every language; a value may be a formatter. */
export type MessageBundle<T> = Record<Lang, T>;

const registry: MessageBundle<Record<string, unknown>>[] = [];

/**
 * Declares a feature's messages. TypeScript makes the Japanese match the English shape; the
 * registry lets a test check that no message is empty or left untranslated.
 */
export function defineMessages<T extends Record<string, string | ((...args: never[]) => string)>>(
  bundle: MessageBundle<T>,
): MessageBundle<T> {
  registry.push(bundle);
  return bundle;
}

/** Every bundle declared so far (for the completeness test). */
export function registeredBundles(): readonly MessageBundle<Record<string, unknown>>[] {
  return registry;
}
