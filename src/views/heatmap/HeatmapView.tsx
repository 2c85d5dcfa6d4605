import { useCallback, useMemo, useRef } from 'react';
import { Heatmap } from '../../charts/heatmap/Heatmap';
import { buildHeatmapModel, heatmapInputFromModel, heatmapText } from '../../charts/heatmap/heatmap-model';
import { findMatrix } from '../../domain/workspace';
import { appMessages } from '../../i18n/app-messages';
import { heatmapMessages } from '../../i18n/heatmap-messages';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import { ChartExportBar } from '../ChartExportBar';
import { CellTooltip } from './CellTooltip';
import { HeatmapControls } from './HeatmapControls';
import { HeatmapTable } from './HeatmapTable';
import { Provenance } from './Provenance';

/** The selected country's heatmap, its controls, and its provenance. */
export function HeatmapView() {
  const matrix = useAppState((s) => findMatrix(s.workspace, s.selectedId));
  const lang = useAppState((s) => s.lang);
  const palette = useAppState((s) => s.palette);
  const theme = useAppState((s) => s.theme);
  const opts = useAppState((s) => s.heatmap);
  const toggleExpanded = useAppState((s) => s.toggleExpanded);
  const t = useMessages(heatmapMessages);
  const tApp = useMessages(appMessages);
  const svgRef = useRef<SVGSVGElement>(null);

  const model = useMemo(() => (matrix ? buildHeatmapModel(matrix, opts, lang) : undefined), [matrix, opts, lang]);
  const captionKey = [
    model?.rollup ? t.rolledUpBy(model.rollup === 'max' ? t.rollupMax.toLowerCase() : t.rollupMean.toLowerCase()) : '',
    opts.threshold > 0 ? t.fadedBelow(opts.threshold) : '',
    model && model.hiddenRowCount + model.hiddenColumnCount > 0
      ? t.hiddenSummary(model.hiddenRowCount, model.hiddenColumnCount)
      : '',
    matrix?.provenance.source ? t.sourceCaption(matrix.provenance.source) : '',
  ].join('\n');
  const captions = useMemo(() => captionKey.split('\n').filter(Boolean), [captionKey]);
  const input = useMemo(
    () =>
      model &&
      heatmapInputFromModel(model, {
        palette,
        theme,
        captions,
        colorMode: opts.colorMode,
        brackets: opts.brackets,
        threshold: opts.threshold,
        unknownMarginCaption: t.marginUnknownCaption,
      }),
    [model, palette, opts.colorMode, opts.brackets, opts.threshold, theme, captions, t.marginUnknownCaption],
  );
  const tooltip = useCallback(
    (row: number, col: number) => (model ? <CellTooltip model={model} row={row} col={col} /> : null),
    [model],
  );
  const text = useMemo(() => heatmapText(lang, palette), [lang, palette]);

  if (!matrix || !model || !input) return <p className="empty-state">{tApp.noCountry}</p>;
  const title = t.chartTitle(matrix.country);
  return (
    <section className="view" aria-label={title}>
      <HeatmapControls matrix={matrix} />
      {opts.showTable ? (
        <HeatmapTable model={model} country={matrix.country} />
      ) : (
        <>
          <ChartExportBar svgRef={svgRef} fileStem={`${matrix.country}-heatmap`} />
          <div className="chart-scroll">
            <Heatmap
              data={input}
              title={title}
              text={text}
              tooltip={tooltip}
              onToggleRow={toggleExpanded}
              svgRef={svgRef}
            />
          </div>
        </>
      )}
      <Provenance matrix={matrix} />
    </section>
  );
}
