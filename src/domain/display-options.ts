// Vocabulary of display choices shared by the store, the charts and the URL: ids only, no colours.

export const PALETTE_IDS = ['ylgnbu', 'viridis', 'projector', 'greys'] as const;
/** A colour scheme for scores. */
export type PaletteId = (typeof PALETTE_IDS)[number];

/** The display language of names and labels. */
export type Lang = 'en' | 'ja';

import type { RollupRule } from './rollup';

/** How rows are ordered: as in the file, in X.1060 order, by total, or by one stakeholder's score. */
export type RowSort = 'original' | 'x1060' | 'total' | `stakeholder:${string}`;
/** How columns are ordered: as in the file, by total, or grouped by sector. */
export type ColumnSort = 'original' | 'total' | 'sector';
/** What the marginal bars show. */
export type MarginalKind = 'total' | 'max' | 'none';

/** The user's choices for one heatmap. */
export interface HeatmapViewOptions {
  /** 'category' rolls service rows up into their 9 categories; 'as-is' shows the rows as scored. */
  readonly granularity: 'as-is' | 'category';
  readonly rollup: RollupRule;
  /** Categories shown expanded (their services below them) when rolled up. */
  readonly expanded: readonly string[];
  readonly rowSort: RowSort;
  readonly columnSort: ColumnSort;
  readonly hiddenRows: readonly string[];
  readonly hiddenColumns: readonly string[];
  readonly marginal: MarginalKind;
}

export const DEFAULT_HEATMAP_OPTIONS: HeatmapViewOptions = {
  granularity: 'as-is',
  rollup: 'max',
  expanded: [],
  rowSort: 'original',
  columnSort: 'original',
  hiddenRows: [],
  hiddenColumns: [],
  marginal: 'total',
};

/** 'forward' draws services → stakeholders (→ sectors); 'reverse' the mirror image. */
export type SankeyDirection = 'forward' | 'reverse';
/** Nodes in X.1060 (and column) order, or by drawn flow, largest first. */
export type SankeyOrder = 'x1060' | 'flow';
/** Links take their source node's colour, or their stakeholder's sector colour. */
export type SankeyColorBy = 'source' | 'sector';

/** The Sankey's options (the user's choices). */
export interface SankeyOptions {
  readonly direction: SankeyDirection;
  readonly order: SankeyOrder;
  /** Cells scoring below this (0–10) are not drawn; they are counted. 0 draws every positive score. */
  readonly minScore: number;
  /** Scale each row's drawn cells to sum to 100, so every service weighs the same. */
  readonly normalise: boolean;
  readonly colorBy: SankeyColorBy;
  /** Add a third column of sector groups after the stakeholders (before them when reversed). */
  readonly showSectors: boolean;
}

export const DEFAULT_SANKEY_OPTIONS: SankeyOptions = {
  direction: 'forward',
  order: 'x1060',
  minScore: 0,
  normalise: false,
  colorBy: 'source',
  showSectors: false,
};
