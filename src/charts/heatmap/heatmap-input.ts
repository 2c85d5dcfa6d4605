import type { PaletteId } from '../color-scales';
import type { HeatmapInput } from './heatmap-types';
import type { HeatmapModel } from './heatmap-model';

/** How to draw a heatmap model: colours, captions, and whether its category rows can be toggled. */
export interface HeatmapDrawOptions {
  readonly palette: PaletteId;
  readonly theme: 'light' | 'dark';
  /** Caption lines under the legend. */
  readonly captions: readonly string[];
  readonly colorMode: 'continuous' | 'brackets';
  readonly brackets: readonly number[];
  readonly threshold: number;
  /** Caption that explains "12+" and "?" in the margins; added only when a margin has unknown cells. */
  readonly unknownMarginCaption?: string;
  /** False for charts nobody can click (slides): categories are then drawn without expand markers. */
  readonly interactive?: boolean;
}

/** The heatmap's input from its model: the one place the view and the slides turn a model into a chart. */
export function heatmapInputFromModel(model: HeatmapModel, o: HeatmapDrawOptions): HeatmapInput {
  const interactive = o.interactive ?? true;
  const unknownMargins = [...model.rowMarginals, ...model.columnMarginals].some((m) => m.unknown > 0);
  return {
    rows: model.rows.map((r) => ({
      key: r.key,
      ...(r.id ? { id: r.id } : {}),
      name: r.name,
      depth: r.depth,
      expandable: interactive && r.expandable,
      expanded: r.expanded,
      sourceIndex: r.sourceIndex,
    })),
    columns: model.columns,
    values: model.rows.map((r) => r.values),
    palette: o.palette,
    colorMode: o.colorMode,
    brackets: o.brackets,
    threshold: o.threshold,
    rowMarginals: model.rowMarginals,
    columnMarginals: model.columnMarginals,
    theme: o.theme,
    captions: unknownMargins && o.unknownMarginCaption ? [...o.captions, o.unknownMarginCaption] : o.captions,
  };
}
