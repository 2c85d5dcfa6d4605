import { useMemo, useRef, type ReactNode } from 'react';
import { MetricBars } from '../../charts/compare/MetricBars';
import type { CountryMetricId } from '../../domain/metrics/metric-values';
import { compareMessages } from '../../i18n/compare-messages';
import { useAppState } from '../../state/store-context';
import { ChartExportBar } from '../ChartExportBar';
import { FigureSourceNote } from '../FigureSourceNote';
import { useMessages } from '../use-messages';
import { metricBarsInput, type CountryEntry } from '../../charts/compare/compare-inputs';
import { ScrollBox } from '../../ui/ScrollBox';
import { presentMessages } from '../../i18n/present-messages';
import { AddToDeckButton } from '../shared/AddToDeckButton';

/** One small bar chart per metric, one bar per country, as an exportable SVG. */
export function MetricChartsSection({
  entries,
  metrics,
  note,
  rowsNote,
}: {
  readonly entries: readonly CountryEntry[];
  readonly metrics: readonly CountryMetricId[];
  /** How the rows are lined up, stated under the chart. */
  readonly note?: ReactNode;
  /** The same in words, for the exports. */
  readonly rowsNote?: string;
}) {
  const t = useMessages(compareMessages);
  const tp = useMessages(presentMessages);
  const lang = useAppState((s) => s.lang);
  const threshold = useAppState((s) => s.compareThreshold);
  const svgRef = useRef<SVGSVGElement>(null);
  const figure = useMemo(
    () => ({
      kind: 'metrics' as const,
      countries: entries.map((e) => e.matrix),
      ...(rowsNote ? { notes: [rowsNote] } : {}),
    }),
    [entries, rowsNote],
  );
  const data = useMemo(() => metricBarsInput(entries, metrics, lang, t), [entries, metrics, lang, t]);
  return (
    <section className="compare-section" aria-labelledby="compare-charts">
      <h3 id="compare-charts">{t.charts}</h3>
      <div className="compare-diff-actions">
        <ChartExportBar svgRef={svgRef} fileStem="compare-metrics" figure={figure} />
        <AddToDeckButton view="metrics" label={tp.addMetrics} />
      </div>
      <ScrollBox
        className="chart-scroll"
        label={t.chartsTitle(t.number(threshold, Number.isInteger(threshold) ? 0 : 1))}
      >
        <MetricBars
          data={data}
          title={t.chartsTitle(t.number(threshold, Number.isInteger(threshold) ? 0 : 1))}
          svgRef={svgRef}
        />
      </ScrollBox>
      <FigureSourceNote figure={figure} />
      {note}
    </section>
  );
}
