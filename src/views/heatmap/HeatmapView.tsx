import { useMemo } from 'react';
import { Heatmap } from '../../charts/heatmap/Heatmap';
import { matrixToHeatmapInput } from '../../charts/heatmap/matrix-heatmap';
import { countCells, granularityOf } from '../../domain/matrix';
import { findMatrix } from '../../domain/workspace';
import { useAppState } from '../../state/store-context';

const GRANULARITY: Record<ReturnType<typeof granularityOf>, string> = {
  category: '9 X.1060 categories',
  service: 'X.1060 services',
  mixed: 'X.1060 categories and services',
  custom: 'custom rows',
};

/** The selected country's heatmap with its provenance. */
export function HeatmapView() {
  const matrix = useAppState((s) => findMatrix(s.workspace, s.selectedId));
  const lang = useAppState((s) => s.lang);
  const palette = useAppState((s) => s.palette);
  const input = useMemo(() => (matrix ? matrixToHeatmapInput(matrix, lang, palette) : undefined), [matrix, lang, palette]);
  if (!matrix || !input) {
    return <p className="empty-state">No country loaded yet. Import a CSV file, or drop one onto this page.</p>;
  }
  const counts = countCells(matrix);
  const p = matrix.provenance;
  return (
    <section className="view" aria-labelledby="view-title">
      <h2 id="view-title" className="visually-hidden">
        {matrix.country}: division of X.1060 roles
      </h2>
      <div className="chart-scroll">
        <Heatmap data={input} title={`${matrix.country} — division of X.1060 roles`} />
      </div>
      <dl className="provenance">
        <dt>Rows</dt>
        <dd>
          {matrix.rows.length} ({GRANULARITY[granularityOf(matrix)]}) × {matrix.stakeholders.length} stakeholders; {counts.scored} scored cells, {counts.blank} not involved, {counts.unknown} unknown
        </dd>
        {p.source && (
          <>
            <dt>Source</dt>
            <dd>{p.source}</dd>
          </>
        )}
        {p.date && (
          <>
            <dt>Date</dt>
            <dd>{p.date}</dd>
          </>
        )}
        {p.notes && (
          <>
            <dt>Notes</dt>
            <dd>{p.notes}</dd>
          </>
        )}
        {p.caveat && (
          <>
            <dt>Caveat</dt>
            <dd>{p.caveat}</dd>
          </>
        )}
        {!p.source && p.file && (
          <>
            <dt>File</dt>
            <dd>{p.file}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
