import { useMemo, useRef, type ReactNode } from 'react';
import { MetricBars } from '../../charts/compare/MetricBars';
import type { CountryMetricId } from '../../domain/metrics/metric-values';
import { compareMessages } from '../../i18n/compare-messages';
import { useAppState } from '../../state/store-context';
import { ChartExportBar } from '../ChartExportBar';
import { useMessages } from '../use-messages';
import { metricBarsInput, type CountryEntry } from '../../charts/compare/compare-inputs';
import { ScrollBox } from '../../ui/ScrollBox';

/** One small bar chart per metric, one bar per country, as an exportable SVG. */
export function MetricChartsSection({
  entries,
  metrics,
  note,
}: {
  readonly entries: readonly CountryEntry[];
  readonly metrics: readonly CountryMetricId[];
  /** How the rows are lined up, stated under the chart. */
  readonly note?: ReactNode;
}) {
  const t = useMessages(compareMessages);
  const lang = useAppState((s) => s.lang);
  const threshold = useAppState((s) => s.compareThreshold);
  const svgRef = useRef<SVGSVGElement>(null);
  const data = useMemo(() => metricBarsInput(entries, metrics, lang, t), [entries, metrics, lang, t]);
  return (
    <section className="compare-section" aria-labelledby="compare-charts">
      <h3 id="compare-charts">{t.charts}</h3>
      <ChartExportBar svgRef={svgRef} fileStem="compare-metrics" />
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
      {note}
    </section>
  );
}
