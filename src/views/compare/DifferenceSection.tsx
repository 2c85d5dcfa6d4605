import { memo, useCallback, useMemo, useRef } from 'react';
import { DifferenceHeatmap } from '../../charts/compare/DifferenceHeatmap';
import { diffMatrices, resolveDiffPair, type DiffCell, type MatrixDifference } from '../../domain/compare';
import type { RoleMatrix } from '../../domain/matrix';
import { compareMessages } from '../../i18n/compare-messages';
import { useAppState } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { ChartExportBar } from '../ChartExportBar';
import { FigureSourceNote } from '../FigureSourceNote';
import { useCountryName } from '../use-country-name';
import { useMessages } from '../use-messages';
import { describeDiffCell, differenceInput } from '../../charts/compare/compare-inputs';
import type { CompareText } from '../../charts/compare/format-metric';
import { ScrollBox } from '../../ui/ScrollBox';
import { presentMessages } from '../../i18n/present-messages';
import { AddToDeckButton } from '../shared/AddToDeckButton';
import { pairForCompare } from '../../domain/compare-align';
import { GranularityNote, granularityText } from '../shared/GranularityNote';

/** A − B as a diverging heatmap, for any two loaded matrices (two countries, or "to be" and "as is"). */
/** The sentence counting where A is higher, B is higher, both equal … */
function countsText(t: CompareText, a: string, b: string, c: MatrixDifference['counts']): string {
  return t.differenceCounts(a, b, c.aHigher, c.bHigher, c.equal, c.neither, c.unknown, c.absent);
}

/** Memoised like the side-by-side view: the threshold does not change the difference. */
export const DifferenceSection = memo(function DifferenceSection({
  matrices,
  compared,
}: {
  readonly matrices: readonly RoleMatrix[];
  readonly compared: readonly string[];
}) {
  const t = useMessages(compareMessages);
  const countryName = useCountryName();
  const tp = useMessages(presentMessages);
  const lang = useAppState((s) => s.lang);
  const setPair = useAppState((s) => s.setDiffPair);
  const svgRef = useRef<SVGSVGElement>(null);
  const { a, b, pair, diff, rule } = useDifference(matrices, compared);
  const [nameA, nameB] = [a ? countryName(a) : '', b ? countryName(b) : ''];
  const data = useMemo(
    () => (diff && a && b ? differenceInput(diff, nameA, nameB, lang, t) : undefined),
    [diff, a, b, nameA, nameB, lang, t],
  );
  const describe = useCallback(
    (row: string, column: string, cell: DiffCell) =>
      t.describeDiff(row, column, describeDiffCell(t, nameA, nameB, cell)),
    [t, nameA, nameB],
  );
  const rowsNote = pair ? granularityText(t, pair.granularity, rule, [pair.a, pair.b]) : undefined;
  const figure = useMemo(
    () => ({
      kind: 'difference' as const,
      countries: a && b ? [a, b] : [],
      ...(rowsNote ? { notes: [rowsNote] } : {}),
    }),
    [a, b, rowsNote],
  );
  const options = matrices.map((m) => ({ id: m.id, label: countryName(m) }));
  return (
    <section className="compare-section" aria-labelledby="compare-difference">
      <h3 id="compare-difference">{t.difference}</h3>
      <div className="compare-diff-controls">
        <Select
          label={t.differenceA}
          options={options}
          value={a?.id}
          onChange={(id) => setPair(id, b?.id ?? null)}
          className="diff-a"
        />
        <Button onPress={() => setPair(b?.id ?? null, a?.id ?? null)}>⇄ {t.swap}</Button>
        <Select
          label={t.differenceB}
          options={options}
          value={b?.id}
          onChange={(id) => setPair(a?.id ?? null, id)}
          className="diff-b"
        />
      </div>
      <p className="compare-help">{t.versionsHint}</p>
      {!diff || !data || !a || !b ? (
        <p className="empty-state">{t.sameCountry}</p>
      ) : (
        <>
          <p className="compare-diff-counts">{countsText(t, nameA, nameB, diff.counts)}</p>
          <div className="compare-diff-actions">
            <ChartExportBar svgRef={svgRef} fileStem={`difference-${a.country}-minus-${b.country}`} figure={figure} />
            <AddToDeckButton view="difference" label={tp.addDifference} />
          </div>
          <ScrollBox className="chart-scroll" label={t.differenceTitle(nameA, nameB)}>
            <DifferenceHeatmap
              data={data}
              title={t.differenceTitle(nameA, nameB)}
              describeCell={describe}
              svgRef={svgRef}
            />
          </ScrollBox>
          <FigureSourceNote figure={figure} />
          {pair && <GranularityNote t={t} granularity={pair.granularity} rule={rule} shown={[pair.a, pair.b]} />}
        </>
      )}
    </section>
  );
});

/**
 * The pair of the difference (the stored choice, else the first two compared) and A − B as drawn:
 * rolled up per category when Compare's Rows say so (a 64-service country beside a per-category one).
 */
function useDifference(matrices: readonly RoleMatrix[], compared: readonly string[]) {
  const diffA = useAppState((s) => s.diffA);
  const diffB = useAppState((s) => s.diffB);
  const setting = useAppState((s) => s.compareGranularity);
  const rule = useAppState((s) => s.compareRollup);
  const [a, b] = resolveDiffPair(matrices, compared, diffA, diffB);
  const pair = useMemo(
    () => (a && b && a !== b ? pairForCompare(a, b, setting, rule) : undefined),
    [a, b, setting, rule],
  );
  const diff = useMemo(() => (pair ? diffMatrices(pair.a, pair.b) : undefined), [pair]);
  return { a, b, pair, diff, rule };
}
