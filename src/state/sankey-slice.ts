import type { StateCreator } from 'zustand';
import type { AppState } from './store';

// The same unions as src/charts/sankey/sankey-types.ts (state may not import charts); the view
// passes these straight to the chart, so TypeScript keeps the two in step.

/** 'forward' = services → stakeholders, 'reverse' = stakeholders → services. */
export type SankeyDirectionId = 'forward' | 'reverse';
/** X.1060 order, or by flow (largest first). */
export type SankeyOrderId = 'x1060' | 'flow';
/** Link colour by source node or by the stakeholder's sector group. */
export type SankeyColorById = 'source' | 'sector';

/** Options of the Sankey view (owned by the Sankey feature). */
export interface SankeySlice {
  sankeyDirection: SankeyDirectionId;
  sankeyOrder: SankeyOrderId;
  /** 0–10: cells scoring below it are hidden (and counted); 0 shows every score above 0. */
  sankeyMinScore: number;
  /** Scale each service's row to 100 % so every service weighs the same. */
  sankeyNormalise: boolean;
  sankeyColorBy: SankeyColorById;
  /** Add a column of sector groups. */
  sankeyShowSectors: boolean;
  /** Id of the second country drawn side by side on the same scale; undefined = none. */
  sankeyCompareId: string | undefined;
  /** Show the flows as a table instead of the diagram. */
  sankeyShowTable: boolean;
  setSankeyDirection: (direction: SankeyDirectionId) => void;
  setSankeyOrder: (order: SankeyOrderId) => void;
  setSankeyMinScore: (min: number) => void;
  setSankeyNormalise: (normalise: boolean) => void;
  setSankeyColorBy: (colorBy: SankeyColorById) => void;
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
  sankeyDirection: 'forward',
  sankeyOrder: 'x1060',
  sankeyMinScore: 0,
  sankeyNormalise: false,
  sankeyColorBy: 'source',
  sankeyShowSectors: false,
  sankeyCompareId: undefined,
  sankeyShowTable: false,
} as const satisfies Partial<SankeySlice>;

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
