import type { Score } from '../../domain/matrix';
import type { SectorGroup } from '../../domain/stakeholders';

// The vocabulary of the Sankey's options. src/state/sankey-slice.ts declares the same unions (state
// may not import charts); the view passing one to the other is what keeps them in step.

/** 'forward' draws services → stakeholders (→ sectors); 'reverse' the mirror image. */
export type SankeyDirection = 'forward' | 'reverse';
/** Nodes in X.1060 (and column) order, or by drawn flow, largest first. */
export type SankeyOrder = 'x1060' | 'flow';
/** Links take their source node's colour, or their stakeholder's sector colour. */
export type SankeyColorBy = 'source' | 'sector';

/** A row (X.1060 category, service or custom row) as the Sankey shows it. */
export interface SankeyRowInput {
  readonly key: string;
  /** X.1060 id ("D", "D-2"); absent for custom rows. */
  readonly id?: string;
  readonly name: string;
  /** X.1060 category id (A–I) for colour; absent for custom rows. */
  readonly category?: string;
}

/** A stakeholder (column of the matrix) as the Sankey shows it. */
export interface SankeyStakeholderInput {
  readonly key: string;
  readonly name: string;
  readonly sector: SectorGroup;
}

/** What to draw: rows × stakeholders of 0–10 scores, with names already in the display language. */
export interface SankeyInput {
  readonly rows: readonly SankeyRowInput[];
  readonly stakeholders: readonly SankeyStakeholderInput[];
  /** values[row][stakeholder]; blank (null) and 0 draw nothing, 'unknown' draws nothing and is counted. */
  readonly values: readonly (readonly Score[])[];
  readonly sectorNames: Readonly<Record<SectorGroup, string>>;
  /** Category id → name, for the legend. */
  readonly categoryNames: Readonly<Record<string, string>>;
}

/** The user's choices. */
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

/** Sizes in px. */
export interface SankeySize {
  /** Width of the whole figure (viewBox). */
  readonly width?: number;
  /** Height the flows should fill when pxPerUnit is not given. */
  readonly plotHeight?: number;
  /** px of link width per unit of flow (score point, or % when normalised); fixes the scale across charts. */
  readonly pxPerUnit?: number;
  readonly fontSize?: number;
  /** Widest a node label may wrap to. */
  readonly maxLabelWidth?: number;
}

/** What was drawn and what was not, for the notes under the chart. */
export interface SankeySummary {
  /** Cells drawn as links (score ≥ minScore and > 0). */
  readonly drawn: number;
  /** Cells blank or 0: not involved. */
  readonly notInvolved: number;
  /** Cells scored above 0 but below the minimum score. */
  readonly belowMin: number;
  /** Unknown cells: never drawn, never counted as 0. */
  readonly unknown: number;
  /** "row name → stakeholder name" of each unknown cell, in matrix order. */
  readonly unknownCells: readonly string[];
  /** Sum of the drawn flow in drawing units. */
  readonly total: number;
}

/** Words the layout must measure; the caller translates them. */
export interface SankeyWords {
  readonly title: string;
  /** Column headings, left to right as drawn. */
  readonly columnHeadings: readonly string[];
  readonly legendHeadings: { readonly category: string; readonly stakeholder: string; readonly sector: string };
  /** Legend name of rows outside X.1060. */
  readonly customRows: string;
  /** Caption of the scale bar, e.g. "10 score points". */
  readonly scaleBar: string;
  /** Lines under the legend (what widths mean, what was not drawn); wrapped to the width. */
  readonly notes: (summary: SankeySummary) => readonly string[];
  /** A node's total as printed beside it. */
  readonly formatTotal: (value: number) => string;
}
