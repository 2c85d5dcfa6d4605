import type { Score } from '../../domain/matrix';
import type { CellBox, ChartColumnInput, TitleFrame } from '../chart-theme';
import type { PaletteId } from '../color-scales';
import type { RampFrame } from '../ramp-legend';

/** A row as the heatmap shows it. */
export interface HeatmapRowInput {
  readonly key: string;
  /** Short id drawn in bold before the name ("D-2"); absent for custom rows. */
  readonly id?: string;
  readonly name: string;
  /** Drawn by its id alone (a slide that keys its rows under the chart); the name stays its accessible name. */
  readonly idOnly?: boolean;
  /** 1 for a service shown under its expanded category. */
  readonly depth?: 0 | 1;
  /** Whether the row can expand (a rolled-up category), and whether it is expanded. */
  readonly expandable?: boolean;
  readonly expanded?: boolean;
  /** The row's place in the unsorted data: the DOM keeps rows in this order (see Heatmap). */
  readonly sourceIndex?: number;
}

/** A column as the heatmap shows it. */
export type HeatmapColumnInput = ChartColumnInput;

/** What to draw: rows × columns of scores, and how to colour them. */
export interface HeatmapInput {
  readonly rows: readonly HeatmapRowInput[];
  readonly columns: readonly HeatmapColumnInput[];
  /** values[row][column]. */
  readonly values: readonly (readonly Score[])[];
  readonly palette: PaletteId;
  /** Continuous ramp (default) or score brackets. */
  readonly colorMode?: 'continuous' | 'brackets';
  /** Lower bounds of the brackets after 0, e.g. [1, 4, 7, 10]. */
  readonly brackets?: readonly number[];
  /** Scored cells below this are faded (0 = none). */
  readonly threshold?: number;
  /** Marginal bars: per row and per column values, and what they are. */
  readonly rowMarginals?: readonly HeatmapMarginal[];
  readonly columnMarginals?: readonly HeatmapMarginal[];
  readonly theme?: 'light' | 'dark';
  /** Lines drawn under the legend (roll-up rule, threshold, source), wrapped to the chart's width. */
  readonly captions?: readonly string[];
}

/** A row's or column's total or maximum over its known cells; unknown cells are counted, never read as 0. */
export interface HeatmapMarginal {
  /** null when no cell is known. */
  readonly value: number | null;
  /** How many cells were unknown and left out. */
  readonly unknown: number;
}

/** Sizes in px; the defaults are chosen to be legible when projected. */
export interface HeatmapSize {
  readonly cellWidth?: number;
  readonly cellHeight?: number;
  readonly fontSize?: number;
  readonly maxRowLabelWidth?: number;
  /**
   * 'slanted': each column heading on one line at −45° over columns only as wide as their numbers
   * (slides, where wrapped headings made the chart too wide to fill the screen); default 'wrapped'.
   */
  readonly columnLabels?: 'wrapped' | 'slanted';
  /** Laid out with no band for the title (a slide, whose heading names the chart): the title stays in the SVG as its accessible name. */
  readonly untitled?: boolean;
  /** Marginal numbers, legend and captions as a share of fontSize: 0.85–0.9 unless given (a slide's 1: no text under the room's minimum). */
  readonly smallScale?: number;
  /** Room a row band keeps round its name's lines, px: 10 unless given (a slide's less, so nine rows fit 720 lines). */
  readonly rowPad?: number;
  /** The legend starts at the chart's left edge, under the row names, not under the grid (a slide: it made a 4:3 chart wider). */
  readonly legendAtStart?: boolean;
}

/** One drawn cell. */
export interface HeatmapCell extends CellBox {
  readonly row: number;
  readonly col: number;
  /** 'blank' = not involved (no number), 'unknown' = hatched. */
  readonly kind: 'score' | 'blank' | 'unknown';
  readonly score: Score;
  readonly fill: string;
  readonly textColor: string;
  /** The number printed in the cell ("" for blank, "?" for unknown). */
  readonly text: string;
  /** Below the threshold: drawn faded. */
  readonly faded: boolean;
}

/** A wrapped label and where its first line's baseline sits. */
export interface HeatmapLabel {
  readonly key: string;
  readonly id?: string;
  readonly lines: readonly string[];
  readonly full: string;
  readonly x: number;
  readonly y: number;
  /** Row labels: the band's top and height, for focus rings and hit areas. */
  readonly top: number;
  readonly height: number;
  readonly depth: 0 | 1;
  readonly expandable: boolean;
  readonly expanded: boolean;
  /** Row labels: the row's place in the unsorted data. */
  readonly sourceIndex: number;
  /** Row labels: x of the bold id (services are indented under their category). */
  readonly idX: number;
}

/** A marginal bar: a row's or column's total or maximum. */
export interface MarginalBar extends CellBox {
  readonly value: number | null;
  readonly unknown: number;
  /** "12", "12+" (some cells unknown, so at least 12) or "?" (no known cell). */
  readonly text: string;
  /** Where the value label goes. */
  readonly textX: number;
  readonly textY: number;
}

/** Everything needed to draw the heatmap: no further computation in the component. */
export interface HeatmapFrame {
  /** The whole SVG, title band included. */
  readonly width: number;
  readonly height: number;
  /** The title line; the body below it is drawn translated down by title.height. */
  readonly title: TitleFrame;
  readonly fontSize: number;
  readonly lineHeight: number;
  /** Printed scores are larger than labels; marginal values and captions smaller. */
  readonly cellFontSize: number;
  readonly smallFontSize: number;
  readonly cells: HeatmapCell[];
  readonly rowLabels: HeatmapLabel[];
  readonly columnLabels: HeatmapLabel[];
  /** 0 for level, wrapped column headings; −45 for slanted ones (each at its x, y, rotated about it). */
  readonly columnLabelAngle: 0 | -45;
  /** x of the expand marker (▸/▾) of an expandable row, and the width of a row header's hit area. */
  readonly markerX: number;
  readonly rowHeaderWidth: number;
  readonly gridX: number;
  readonly gridY: number;
  readonly gridWidth: number;
  readonly gridHeight: number;
  readonly rowBars: MarginalBar[];
  readonly columnBars: MarginalBar[];
  readonly legend: HeatmapLegend;
  /** Page and text colours of the theme, written into the SVG so exports look the same. */
  readonly background: string;
  readonly foreground: string;
  /** Caption lines, already wrapped, with their baselines. */
  readonly captions: { text: string; x: number; y: number }[];
}

/** A colour ramp with ticks (continuous) or swatches (brackets), plus blank and unknown keys. */
export interface HeatmapLegend extends RampFrame {
  readonly mode: 'continuous' | 'brackets';
  readonly fontSize: number;
  /** Bracket mode: one swatch per bracket, its label centred under it. */
  readonly swatches: { x: number; width: number; color: string; label: string; labelX: number }[];
  readonly paletteName: string;
  /** The keys for blank and unknown cells: a 22 px swatch, its words after it. */
  readonly blankKey: HeatmapKey;
  readonly unknownKey: HeatmapKey;
}

/** A key of the legend: its swatch and where its words go. */
export interface HeatmapKey extends CellBox {
  readonly fill: string;
  readonly textX: number;
  readonly textY: number;
}

/** Words the heatmap draws, so the caller can translate them (heatmapText gives them in a language). */
export interface HeatmapText {
  readonly scaleCaption: string;
  readonly blank: string;
  readonly unknown: string;
  /** The palette's name in the display language; the layout's English name otherwise. */
  readonly paletteName?: string;
  /** "9 of 10". */
  readonly outOf10: (score: string) => string;
  /** Accessible description of one cell, e.g. "D-2 Incident handling, National CSIRTs: 9 of 10". */
  readonly describeCell: (row: string, column: string, value: string) => string;
}
