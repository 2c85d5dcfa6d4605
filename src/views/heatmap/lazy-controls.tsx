// The heatmap's controls and export buttons come in a chunk of their own (with react-aria's pickers),
// right after the chart: the chart itself is drawn from the first script, before them.
import { lazyPart } from '../../ui/lazy-part';

/** HeatmapControls, loaded on first draw. */
export const HeatmapControls = lazyPart(
  () => import('./HeatmapControls').then((m) => m.HeatmapControls),
  'controls',
  'HeatmapControls',
);

/** ChartExportBar, loaded on first draw. */
export const ChartExportBar = lazyPart(
  () => import('../ChartExportBar').then((m) => m.ChartExportBar),
  'export-bar',
  'ChartExportBar',
);

/** The figure's source note under the chart, loaded on first draw (its words are not in the first script). */
export const FigureSourceNote = lazyPart(
  () => import('../FigureSourceNote').then((m) => m.FigureSourceNote),
  'figure-note',
  'FigureSourceNote',
);
