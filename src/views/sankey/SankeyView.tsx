import { useDeferredValue, useMemo, useRef, type RefObject } from 'react';
import { matrixToSankeyInput } from '../../charts/sankey/matrix-sankey';
import { SANKEY_THEMES } from '../../charts/sankey/sankey-colors';
import type { SankeyInput, SankeyOptions, SankeySize } from '../../charts/sankey/sankey-types';
import { Sankey } from '../../charts/sankey/Sankey';
import { findMatrix } from '../../domain/workspace';
import { sankeyMessages } from '../../i18n/sankey-messages';
import { useAppState } from '../../state/store-context';
import { ChartExportBar } from '../ChartExportBar';
import { FigureSourceNote } from '../FigureSourceNote';
import { OptionsLayout } from '../shared/OptionsLayout';
import { ScrollBox } from '../../ui/ScrollBox';
import { chromeMessages } from '../../i18n/chrome-messages';
import { useCountryName } from '../use-country-name';
import { useMessages } from '../use-messages';
import { placeSideBySide } from './side-by-side';
import { pairSankeySizes } from '../shared/sankey-pair';
import { SankeyControls } from './SankeyControls';
import { SankeyTable } from './SankeyTable';
import './sankey-view.css';

/** The words the Sankey's layout reads (the Sankey bundle in the display language). */
type SankeyWordsSource = Parameters<typeof pairSankeySizes>[2];

const SINGLE_WIDTH = 1100;
const PAIR_WIDTH = 660;

/** The selected country's Sankey diagram, optionally beside a second country on the same scale. */
export function SankeyView() {
  const t = useMessages(sankeyMessages);
  const countryName = useCountryName();
  const tc = useMessages(chromeMessages);
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const matrix = useAppState((s) => findMatrix(s.workspace, s.selectedId));
  // As on the heatmap (#15): a country's chart is drawn in its commit first, its options (react-aria's pickers)
  // in a render of their own that React may interrupt, a frame later; until then their panel keeps its place.
  const optionsFor = useDeferredValue(matrix, null);
  const other = useAppState((s) =>
    s.sankeyCompareId === s.selectedId ? undefined : findMatrix(s.workspace, s.sankeyCompareId),
  );
  const showTable = useAppState((s) => s.sankeyShowTable);
  const options = useSankeyOptions();
  const input = useMemo(() => matrix && matrixToSankeyInput(matrix, lang), [matrix, lang]);
  const otherInput = useMemo(() => other && matrixToSankeyInput(other, lang), [other, lang]);
  const sizes = useMemo(() => pairSizes(input, otherInput, options, t), [input, otherInput, options, t]);
  const first = useRef<SVGSVGElement>(null);
  const second = useRef<SVGSVGElement>(null);
  const exportRef = useExportRef(first, second, otherInput !== undefined, theme);
  const figure = useMemo(
    () => ({ kind: 'sankey' as const, countries: [matrix, other].filter((m) => m !== undefined) }),
    [matrix, other],
  );

  if (!matrix || !input) return <p className="empty-state">{t.noCountry}</p>;
  const title = other ? t.compareTitle(countryName(matrix), countryName(other)) : t.viewTitle(countryName(matrix));
  const stem = other ? `${matrix.country}-vs-${other.country}-sankey` : `${matrix.country}-sankey`;
  // The selected country's pane, and the other country's beside it when one is chosen.
  const panes = [
    { input, country: countryName(matrix), size: sizes[0] },
    ...(other && otherInput ? [{ input: otherInput, country: countryName(other), size: sizes[1] }] : []),
  ];
  return (
    <section className="view sankey-view" aria-label={title}>
      <OptionsLayout
        controls={optionsFor ? <SankeyControls /> : <div className="lazy-part controls" aria-busy="true" />}
        actions={!showTable && <ChartExportBar svgRef={exportRef} fileStem={stem} figure={figure} />}
      >
        {showTable ? (
          panes.map((p, i) => <SankeyTable key={i} input={p.input} options={options} country={p.country} />)
        ) : (
          <>
            <ScrollBox className={other ? 'sankey-pair' : 'sankey-single'} label={tc.chartRegion(title)}>
              {panes.map((p, i) => (
                <Sankey
                  key={i}
                  input={p.input}
                  options={options}
                  title={t.chartTitle(p.country)}
                  size={p.size}
                  text={t}
                  theme={theme}
                  svgRef={i === 0 ? first : second}
                />
              ))}
            </ScrollBox>
            <FigureSourceNote figure={figure} />
            {other && sizes[0].pxPerUnit !== undefined && (
              <p className="sankey-scale-note">{t.scaleNote(sizes[0].pxPerUnit.toFixed(2))}</p>
            )}
          </>
        )}
      </OptionsLayout>
    </section>
  );
}

/** The Sankey's semantic choices, as the store holds them. */
function useSankeyOptions(): SankeyOptions {
  const direction = useAppState((s) => s.sankeyDirection);
  const order = useAppState((s) => s.sankeyOrder);
  const minScore = useAppState((s) => s.sankeyMinScore);
  const normalise = useAppState((s) => s.sankeyNormalise);
  const colorBy = useAppState((s) => s.sankeyColorBy);
  const showSectors = useAppState((s) => s.sankeyShowSectors);
  return useMemo(
    (): SankeyOptions => ({ direction, order, minScore, normalise, colorBy, showSectors }),
    [direction, order, minScore, normalise, colorBy, showSectors],
  );
}

/**
 * The two charts' sizes. Side by side, both take the scale that fits the bigger one (same px per
 * unit) and equal widths: the page then scales both alike, so equal px per unit stays equal on screen.
 */
function pairSizes(
  input: SankeyInput | undefined,
  otherInput: SankeyInput | undefined,
  options: SankeyOptions,
  t: SankeyWordsSource,
): [SankeySize, SankeySize] {
  if (!input || !otherInput) return [{ width: SINGLE_WIDTH }, { width: SINGLE_WIDTH }];
  // Side by side, both charts take the scale that fits the bigger one: same px per unit.
  return pairSankeySizes([input, otherInput], options, t, { width: PAIR_WIDTH });
}

/** What Export saves: the one chart, or both placed side by side on the theme's background. */
function useExportRef(
  first: RefObject<SVGSVGElement | null>,
  second: RefObject<SVGSVGElement | null>,
  pair: boolean,
  theme: keyof typeof SANKEY_THEMES,
): RefObject<SVGSVGElement | null> {
  return useMemo(
    (): RefObject<SVGSVGElement | null> => ({
      get current() {
        if (!pair) return first.current;
        return first.current && second.current
          ? placeSideBySide([first.current, second.current], SANKEY_THEMES[theme].background)
          : null;
      },
    }),
    [first, second, pair, theme],
  );
}
