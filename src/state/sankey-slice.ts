import type { StateCreator } from 'zustand';
import {
  DEFAULT_SANKEY_OPTIONS,
  type SankeyColorBy,
  type SankeyDirection,
  type SankeyOrder,
} from '../domain/display-options';
import type { AppState } from './store';

/** Options of the Sankey view (owned by the Sankey feature). */
export interface SankeySlice {
  sankeyDirection: SankeyDirection;
  sankeyOrder: SankeyOrder;
  /** 0–10: cells scoring below it are hidden (and counted); 0 shows every score above 0. */
  sankeyMinScore: number;
  /** Scale each service's row to 100 % so every service weighs the same. */
  sankeyNormalise: boolean;
  sankeyColorBy: SankeyColorBy;
  /** Add a column of sector groups. */
  sankeyShowSectors: boolean;
  /** Id of the second country drawn side by side on the same scale; undefined = none. */
  sankeyCompareId: string | undefined;
  /** Show the flows as a table instead of the diagram. */
  sankeyShowTable: boolean;
  setSankeyDirection: (direction: SankeyDirection) => void;
  setSankeyOrder: (order: SankeyOrder) => void;
  setSankeyMinScore: (min: number) => void;
  setSankeyNormalise: (normalise: boolean) => void;
  setSankeyColorBy: (colorBy: SankeyColorBy) => void;
  setSankeyShowSectors: (show: boolean) => void;
  setSankeyCompareId: (id: string | undefined) => void;
  setSankeyShowTable: (show: boolean) => void;
}

/** A minimum score within 0–10; anything else (NaN, typed text) falls back to the nearest bound. */
export function clampMinScore(min: number): number {
  return Number.isFinite(min) ? Math.min(10, Math.max(0, min)) : 0;
}

/** The Sankey options a new store starts with (and links leave out). */
export const SANKEY_DEFAULTS = {
  sankeyDirection: DEFAULT_SANKEY_OPTIONS.direction,
  sankeyOrder: DEFAULT_SANKEY_OPTIONS.order,
  sankeyMinScore: DEFAULT_SANKEY_OPTIONS.minScore,
  sankeyNormalise: DEFAULT_SANKEY_OPTIONS.normalise,
  sankeyColorBy: DEFAULT_SANKEY_OPTIONS.colorBy,
  sankeyShowSectors: DEFAULT_SANKEY_OPTIONS.showSectors,
  sankeyCompareId: undefined,
  sankeyShowTable: false,
} satisfies Partial<SankeySlice>;

export const sankeySlice: StateCreator<AppState, [], [], SankeySlice> = (set) => ({
  ...SANKEY_DEFAULTS,
  setSankeyDirection: (sankeyDirection) => set({ sankeyDirection }),
  setSankeyOrder: (sankeyOrder) => set({ sankeyOrder }),
  setSankeyMinScore: (min) => set({ sankeyMinScore: clampMinScore(min) }),
  setSankeyNormalise: (sankeyNormalise) => set({ sankeyNormalise }),
  setSankeyColorBy: (sankeyColorBy) => set({ sankeyColorBy }),
  setSankeyShowSectors: (sankeyShowSectors) => set({ sankeyShowSectors }),
  setSankeyCompareId: (sankeyCompareId) => set({ sankeyCompareId }),
  setSankeyShowTable: (sankeyShowTable) => set({ sankeyShowTable }),
});
