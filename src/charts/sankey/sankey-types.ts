import type { Score } from '../../domain/matrix';
import type { SectorGroup } from '../../domain/stakeholders';

// The Sankey's options are the view's choices: src/domain/display-options.ts declares them once, for
// the store and the chart alike.
export type { SankeyColorBy, SankeyDirection, SankeyOptions, SankeyOrder } from '../../domain/display-options';
export { DEFAULT_SANKEY_OPTIONS } from '../../domain/display-options';

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
  /** Laid out with no band for the title (a slide, whose heading names the chart): the title stays in the SVG as its accessible name. */
  readonly untitled?: boolean;
  /** false: no legend under the chart (two charts on a slide share one: layoutPairLegend); the notes stay. */
  readonly legend?: boolean;
  /** false: no notes under the chart (a side-by-side slide says them once, for both, in its caption). */
  readonly notes?: boolean;
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
