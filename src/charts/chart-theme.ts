// The one place for what every chart shares: colours, the font stack, the cell box and the title
// band. Exported SVG files stand alone, so these are literal values written into the markup (no CSS
// variables, no currentColor); the app's stylesheet mirrors them as --chart-* custom properties.

/** Colours of a chart theme. */
export interface ChartTheme {
  /** Page behind the chart. */
  readonly background: string;
  /** Titles, labels and ticks. */
  readonly ink: string;
  /** Secondary text (bar labels). */
  readonly mutedText: string;
  /** Outlines of ramps and swatches, the hatch of unknown cells, marginal bars. */
  readonly outline: string;
  /** Rules between parts (the Sankey's column rules). */
  readonly rule: string;
  /** A blank cell: not involved. */
  readonly blankFill: string;
  /** Under the hatch of an unknown cell (the same in both themes, so "?" stays dark on it). */
  readonly unknownFill: string;
}

/** The light and dark chart themes. */
export const CHART_THEMES = {
  light: {
    background: '#ffffff',
    ink: '#111827',
    mutedText: '#4b5563',
    outline: '#6b7280',
    rule: '#9ca3af',
    blankFill: '#f3f4f6',
    unknownFill: '#e5e7eb',
  },
  dark: {
    background: '#111827',
    ink: '#f9fafb',
    mutedText: '#d1d5db',
    outline: '#6b7280',
    rule: '#6b7280',
    blankFill: '#1f2937',
    unknownFill: '#e5e7eb',
  },
} as const satisfies Record<'light' | 'dark', ChartTheme>;

/** The focus ring drawn into the SVG (the app's --focus); the same in both themes. */
export const CHART_FOCUS = '#f59e0b';

/** A chart theme's name. */
export type ChartThemeName = keyof typeof CHART_THEMES;

/** The light theme's tokens, for the charts that have no dark form (the comparisons). */
export const LIGHT = CHART_THEMES.light;

/** System fonts with Japanese fallbacks, as the app's stylesheet lists them: nothing to fetch. */
export const CHART_FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Noto Sans JP', 'Yu Gothic', Meiryo, sans-serif";

/** A column (a stakeholder) as the grid charts show it. */
export interface ChartColumnInput {
  readonly key: string;
  readonly name: string;
}

/** Where a cell, bar or swatch is drawn, in px. */
export interface CellBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The chart's title line and the band it takes above the chart's body. */
export interface TitleFrame {
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
  /** The body is drawn this far down. */
  readonly height: number;
}

/** The title band every chart puts above its body: 34 px, the baseline at 24, 1.35 times the body's font. */
export function placeTitle(fontSize: number): TitleFrame {
  return { x: 12, y: 24, fontSize: fontSize * 1.35, height: 34 };
}
