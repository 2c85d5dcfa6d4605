import { heatmapGeometry, layoutHeatmap, type HeatmapGeometry, type HeatmapLayoutText } from './heatmap-layout';
import type { HeatmapFrame, HeatmapInput, HeatmapMarginal, HeatmapSize } from './heatmap-types';

// A palette, theme, colour mode, threshold or score change leaves every label, band and marginal bar where it
// was: a chart keeps the geometry of its last layout and, while rows, columns, marginals and sizes are the same,
// only colours the cells again. Text measurement (wrapping every label, fitting every column) is then skipped,
// and the frame keeps the same label and bar objects, so what draws them can skip its render.

/** A heatmap layout that reuses its last geometry when only colours, scores or captions changed. */
export interface HeatmapLayoutCache {
  layout(input: HeatmapInput, size: HeatmapSize | undefined, text: HeatmapLayoutText): HeatmapFrame;
}

/** A cache for one chart: it remembers one geometry, the last. */
export function createHeatmapLayoutCache(): HeatmapLayoutCache {
  let last: { input: HeatmapInput; size: HeatmapSize; geometry: HeatmapGeometry } | undefined;
  return {
    layout(input, size = {}, text) {
      if (!last || !samePlaces(last.input, input) || !sameSize(last.size, size))
        last = { input, size, geometry: heatmapGeometry(input, size) };
      return layoutHeatmap(input, size, text, last.geometry);
    },
  };
}

/** Whether two inputs place the same rows, columns and marginal bars (all that the geometry reads). */
export function samePlaces(a: HeatmapInput, b: HeatmapInput): boolean {
  if (a === b) return true;
  if (a.rows.length !== b.rows.length || a.columns.length !== b.columns.length) return false;
  for (let i = 0; i < a.rows.length; i++) {
    const p = a.rows[i]!;
    const q = b.rows[i]!;
    if (
      p.key !== q.key ||
      p.name !== q.name ||
      p.idOnly !== q.idOnly ||
      p.id !== q.id ||
      p.depth !== q.depth ||
      p.expandable !== q.expandable ||
      p.expanded !== q.expanded ||
      p.sourceIndex !== q.sourceIndex
    )
      return false;
  }
  for (let i = 0; i < a.columns.length; i++)
    if (a.columns[i]!.key !== b.columns[i]!.key || a.columns[i]!.name !== b.columns[i]!.name) return false;
  return sameMarginals(a.rowMarginals, b.rowMarginals) && sameMarginals(a.columnMarginals, b.columnMarginals);
}

function sameMarginals(a: readonly HeatmapMarginal[] | undefined, b: readonly HeatmapMarginal[] | undefined) {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((m, i) => m.value === b[i]!.value && m.unknown === b[i]!.unknown);
}

function sameSize(a: HeatmapSize, b: HeatmapSize): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof HeatmapSize>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}
