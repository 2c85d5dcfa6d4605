import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** Options of the Sankey view (owned by the Sankey feature). */
export interface SankeySlice {
  sankeyPlaceholder?: never;
}

export const sankeySlice: StateCreator<AppState, [], [], SankeySlice> = () => ({});
