import { buildHeatmapModel } from '../../charts/heatmap/heatmap-model';
import type { HeatmapInput } from '../../charts/heatmap/heatmap-layout';
import type { SankeyOptions } from '../../charts/sankey/sankey-types';
import type { Lang } from '../../domain/display-options';
import type { RoleMatrix } from '../../domain/matrix';
import type { HeatmapSlideSpec, SankeySlideSpec } from '../../state/present-slice';

/**
 * The heatmap input of a slide, built as HeatmapView builds its own but with the projector palette:
 * slides are for the back of a room, whatever palette the desk view uses.
 */
export function slideHeatmapInput(matrix: RoleMatrix, slide: HeatmapSlideSpec, lang: Lang, theme: 'light' | 'dark'): HeatmapInput {
  const opts = slide.options;
  const model = buildHeatmapModel(matrix, opts, lang);
  return {
    rows: model.rows.map((r) => ({ key: r.key, ...(r.id ? { id: r.id } : {}), name: r.name, depth: r.depth, expandable: false, expanded: r.expanded })),
    columns: model.columns,
    values: model.rows.map((r) => r.values),
    palette: 'projector',
    colorMode: opts.colorMode,
    brackets: opts.brackets,
    threshold: opts.threshold,
    rowMarginals: model.rowMarginals,
    columnMarginals: model.columnMarginals,
    theme,
    captions: [],
  };
}

/** The Sankey options of a slide, from the state's names to the chart's. */
export function slideSankeyOptions(slide: SankeySlideSpec): SankeyOptions {
  const o = slide.options;
  return { direction: o.sankeyDirection, order: o.sankeyOrder, minScore: o.sankeyMinScore, normalise: o.sankeyNormalise, colorBy: o.sankeyColorBy, showSectors: o.sankeyShowSectors };
}
