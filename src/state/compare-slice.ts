import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** Options of the comparison view (owned by the comparison feature). */
export interface CompareSlice {
  comparePlaceholder?: never;
}

export const compareSlice: StateCreator<AppState, [], [], CompareSlice> = () => ({});
