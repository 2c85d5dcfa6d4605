import { useMemo } from 'react';
import { appMessages } from '../../i18n/app-messages';
import { compareMessages } from '../../i18n/compare-messages';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import { CompareControls } from './CompareControls';
import { shownMetrics, summaryLine } from '../../charts/compare/compare-inputs';
import { DefinitionsSection } from './DefinitionsSection';
import { GranularityNote, granularityText } from '../shared/GranularityNote';
import { DifferenceSection } from './DifferenceSection';
import { MetricChartsSection } from './MetricChartsSection';
import { MetricsTableSection } from './MetricsTableSection';
import { PairsSection } from './PairsSection';
import { RowMetricsSection } from './RowMetricsSection';
import { SideBySideSection } from './SideBySideSection';
import { useCompareData } from './use-compare-data';
import './compare.css';
import './compare-print.css';

/** Compares countries: side-by-side heatmaps, metrics with summaries, a difference view, definitions. */
export function CompareView() {
  const t = useMessages(compareMessages);
  const tApp = useMessages(appMessages);
  const lang = useAppState((s) => s.lang);
  const { matrices, ids, shown, granularity, rule, aligned, entries, facts } = useCompareData();
  const metrics = useMemo(() => shownMetrics(entries), [entries]);
  const summaries = useMemo(
    () =>
      new Map(entries.map((e) => [e.matrix.id, summaryLine(facts.get(e.matrix.id) ?? [], entries.length, lang, t)])),
    [entries, facts, lang, t],
  );
  // One element for every section: memoised so the memoised charts are not drawn again for it.
  const note = useMemo(
    () => <GranularityNote t={t} granularity={granularity} rule={rule} shown={shown} />,
    [t, granularity, rule, shown],
  );
  // The same words in the charts' exports, which leave the page without it.
  const rowsNote = useMemo(() => granularityText(t, granularity, rule, shown), [t, granularity, rule, shown]);
  if (matrices.length === 0) return <p className="empty-state">{tApp.noCountry}</p>;
  return (
    <section className="view compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title" className="compare-title">
        {t.heading}
      </h2>
      <p className="compare-help">{t.intro}</p>
      <CompareControls matrices={matrices} ids={ids} />
      {entries.length < 2 ? (
        <p className="empty-state">{t.chooseTwo}</p>
      ) : (
        <>
          <SideBySideSection aligned={aligned} note={note} rowsNote={rowsNote} />
          <MetricsTableSection
            entries={entries}
            metrics={metrics}
            summaries={summaries}
            note={note}
            rows={{ granularity, rule }}
          />
          <MetricChartsSection entries={entries} metrics={metrics} note={note} rowsNote={rowsNote} />
          <RowMetricsSection aligned={aligned} entries={entries} note={note} />
          <PairsSection entries={entries} note={note} />
        </>
      )}
      {matrices.length >= 2 && <DifferenceSection matrices={matrices} compared={ids} />}
      <DefinitionsSection />
    </section>
  );
}
