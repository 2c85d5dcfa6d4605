import { memo, useCallback, useMemo, useRef, type ReactNode } from 'react';
import { SmallMultiples } from '../../charts/compare/SmallMultiples';
import type { AlignedMatrices, AlignedScore } from '../../domain/compare';
import { compareMessages } from '../../i18n/compare-messages';
import { useAppState } from '../../state/store-context';
import { ChartExportBar } from '../ChartExportBar';
import { FigureSourceNote } from '../FigureSourceNote';
import { useMessages } from '../use-messages';
import { describeAligned, smallMultiplesInput } from '../../charts/compare/compare-inputs';
import { ScrollBox } from '../../ui/ScrollBox';

/**
 * The compared countries' heatmaps side by side, aligned, on one scale. Memoised: the cells do not
 * depend on the player threshold. Many countries are drawn windowed (only the cells in view) and
 * exported whole.
 */
export const SideBySideSection = memo(function SideBySideSection({
  aligned,
  note,
  rowsNote,
}: {
  readonly aligned: AlignedMatrices;
  readonly note?: ReactNode;
  /** How the rows are lined up, in words, for the exports. */
  readonly rowsNote?: string;
}) {
  const t = useMessages(compareMessages);
  const lang = useAppState((s) => s.lang);
  const palette = useAppState((s) => s.palette);
  const svgRef = useRef<SVGSVGElement>(null);
  const data = useMemo(() => smallMultiplesInput(aligned, lang, palette, t), [aligned, lang, palette, t]);
  const describe = useCallback(
    (panel: string, row: string, column: string, value: AlignedScore) =>
      t.describeCell(panel, row, column, describeAligned(t, value)),
    [t],
  );
  const names = aligned.countries.map((c) => c.matrix.country);
  const title = t.sideBySideTitle(names.length);
  const figure = useMemo(
    () => ({
      kind: 'side-by-side' as const,
      countries: aligned.countries.map((c) => c.matrix),
      ...(rowsNote ? { notes: [rowsNote] } : {}),
    }),
    [aligned, rowsNote],
  );
  return (
    <section className="compare-section" aria-labelledby="compare-side-by-side">
      <h3 id="compare-side-by-side">{t.sideBySide}</h3>
      <div className="compare-diff-actions">
        <ChartExportBar
          svgRef={svgRef}
          fileStem={`compare-${names.join('-')}`}
          wholeChart={() => <SmallMultiples data={data} title={title} describeCell={describe} />}
          figure={figure}
        />
      </div>
      <ScrollBox className="chart-scroll" label={title}>
        <SmallMultiples data={data} title={title} describeCell={describe} svgRef={svgRef} windowed />
      </ScrollBox>
      <FigureSourceNote figure={figure} />
      {note}
    </section>
  );
});
