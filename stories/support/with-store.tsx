import type { ReactNode } from 'react';
import type { Decorator } from '@storybook/react-vite';
import type { AppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';

/** The story's own store, made fresh by the story's loader (`loaders: [() => ({ store })]`). */
export function storeOf(loaded: Record<string, unknown>): AppStore {
  const store = loaded['store'];
  if (typeof store !== 'function' || !('getState' in store))
    throw new Error('the story has no store: is the loader missing?');
  return store as AppStore;
}

/** Wraps a story in a StoreProvider holding the loader's store, with optional extras after the story. */
export function withStore(extra?: ReactNode): Decorator {
  const StoreDecorator: Decorator = (Story, { loaded }) => (
    <StoreProvider store={storeOf(loaded)}>
      <Story />
      {extra}
    </StoreProvider>
  );
  return StoreDecorator;
}
