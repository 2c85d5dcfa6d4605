import { useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { Heatmap } from '../../charts/heatmap/Heatmap';
import { buildHeatmapModel, heatmapInputFromModel, heatmapText } from '../../charts/heatmap/heatmap-model';
import { findMatrix } from '../../domain/workspace';
import { appMessages } from '../../i18n/app-messages';
import { heatmapMessages } from '../../i18n/heatmap-messages';
import { useAppState } from '../../state/store-context';
import { useCountryName } from '../use-country-name';
import { useMessages } from '../use-messages';
import { OptionsLayout } from '../shared/OptionsLayout';
import { ScrollBox } from '../../ui/ScrollBox';
import { useMediaQuery } from '../../ui/use-media-query';
import { chromeMessages } from '../../i18n/chrome-messages';
import { CellTooltip } from './CellTooltip';
import { ChartExportBar, FigureSourceNote, HeatmapControls } from './lazy-controls';
import { HeatmapTable } from './HeatmapTable';
import { Provenance } from './Provenance';

/** Screens where the chart keeps a readable size and scrolls sideways inside its region (phones). */
const NARROW_QUERY = '(max-width: 759px)';
/** Screens too narrow for the projector's sizes, which would be shrunk to unreadable type (tablets, phones). */
const COMPACT_QUERY = '(max-width: 1099px)';
/** Compact sizes: smaller type and row labels than a projector's, slanted headings, cells of one fingertip (44 px). */
const COMPACT_SIZE = {
  fontSize: 12,
  cellWidth: 44,
  cellHeight: 44,
  maxRowLabelWidth: 110,
  columnLabels: 'slanted',
} as const;

/** The selected country's heatmap, its controls, and its provenance. */
export function HeatmapView() {
  const matrix = useAppState((s) => findMatrix(s.workspace, s.selectedId));
  // The options follow the chart in a render of their own that React may interrupt: a country imported or
  // chosen is drawn in its commit first, its options (react-aria's pickers, a fifth of that commit's work in an
  // empty app, #15) a frame later; until then their panel keeps its place (a busy placeholder or the last ones).
  const optionsFor = useDeferredValue(matrix, undefined);
  const lang = useAppState((s) => s.lang);
  const palette = useAppState((s) => s.palette);
  const theme = useAppState((s) => s.theme);
  const opts = useAppState((s) => s.heatmap);
  const toggleExpanded = useAppState((s) => s.toggleExpanded);
  const t = useMessages(heatmapMessages);
  const countryName = useCountryName();
  const tApp = useMessages(appMessages);
  const tc = useMessages(chromeMessages);
  const svgRef = useRef<SVGSVGElement>(null);
  // A tablet draws the chart compact; a phone also keeps it at that size, scrolling sideways, rather than shrunk.
  const compact = useMediaQuery(COMPACT_QUERY, false);
  const narrow = useMediaQuery(NARROW_QUERY, false);

  const model = useMemo(() => (matrix ? buildHeatmapModel(matrix, opts, lang) : undefined), [matrix, opts, lang]);
  const captionKey = [
    model?.rollup ? t.rolledUpBy(model.rollup === 'max' ? t.rollupMax.toLowerCase() : t.rollupMean.toLowerCase()) : '',
    opts.threshold > 0 ? t.fadedBelow(opts.threshold) : '',
    model && model.hiddenRowCount + model.hiddenColumnCount > 0
      ? t.hiddenSummary(model.hiddenRowCount, model.hiddenColumnCount)
      : '',
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
  const figure = useMemo(() => ({ kind: 'heatmap' as const, countries: matrix ? [matrix] : [] }), [matrix]);

  if (!matrix || !model || !input) return <p className="empty-state">{tApp.noCountry}</p>;
  const title = t.chartTitle(countryName(matrix));
  return (
    <section className="view" aria-label={title}>
      <OptionsLayout
        controls={
          optionsFor ? <HeatmapControls matrix={optionsFor} /> : <div className="lazy-part controls" aria-busy="true" />
        }
        actions={
          !opts.showTable && <ChartExportBar svgRef={svgRef} fileStem={`${matrix.country}-heatmap`} figure={figure} />
        }
      >
        {opts.showTable ? (
          <HeatmapTable model={model} country={countryName(matrix)} />
        ) : (
          <ScrollBox className="chart-scroll" label={tc.chartRegion(title)}>
            <Heatmap
              data={input}
              title={title}
              text={text}
              tooltip={tooltip}
              onToggleRow={toggleExpanded}
              svgRef={svgRef}
              {...(compact ? { size: COMPACT_SIZE, stickyRowLabels: narrow } : {})}
            />
          </ScrollBox>
        )}
        {!opts.showTable && <FigureSourceNote figure={figure} />}
      </OptionsLayout>
      <Provenance matrix={matrix} />
    </section>
  );
}
