import { useMemo, useRef, type RefObject } from 'react';
import { matrixToSankeyInput } from '../../charts/sankey/matrix-sankey';
import { SANKEY_THEMES } from '../../charts/sankey/sankey-colors';
import type { SankeyOptions, SankeySize } from '../../charts/sankey/sankey-types';
import { Sankey } from '../../charts/sankey/Sankey';
import { findMatrix } from '../../domain/workspace';
import { sankeyMessages } from '../../i18n/sankey-messages';
import { useAppState } from '../../state/store-context';
import { ChartExportBar } from '../ChartExportBar';
import { useMessages } from '../use-messages';
import { placeSideBySide } from './side-by-side';
import { pairSankeySizes } from '../shared/sankey-pair';
import { SankeyControls } from './SankeyControls';
import { SankeyTable } from './SankeyTable';
import './sankey-view.css';

const SINGLE_WIDTH = 1100;
const PAIR_WIDTH = 660;

/** The selected country's Sankey diagram, optionally beside a second country on the same scale. */
export function SankeyView() {
  const t = useMessages(sankeyMessages);
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const matrix = useAppState((s) => findMatrix(s.workspace, s.selectedId));
  const other = useAppState((s) =>
    s.sankeyCompareId === s.selectedId ? undefined : findMatrix(s.workspace, s.sankeyCompareId),
  );
  const showTable = useAppState((s) => s.sankeyShowTable);
  const direction = useAppState((s) => s.sankeyDirection);
  const order = useAppState((s) => s.sankeyOrder);
  const minScore = useAppState((s) => s.sankeyMinScore);
  const normalise = useAppState((s) => s.sankeyNormalise);
  const colorBy = useAppState((s) => s.sankeyColorBy);
  const showSectors = useAppState((s) => s.sankeyShowSectors);
  const options = useMemo(
    (): SankeyOptions => ({ direction, order, minScore, normalise, colorBy, showSectors }),
    [direction, order, minScore, normalise, colorBy, showSectors],
  );
  const input = useMemo(() => matrix && matrixToSankeyInput(matrix, lang), [matrix, lang]);
  const otherInput = useMemo(() => other && matrixToSankeyInput(other, lang), [other, lang]);
  // Side by side, both charts take the scale that fits the bigger one: same px per unit.
  const sizes = useMemo((): [SankeySize, SankeySize] => {
    if (!input || !otherInput) return [{ width: SINGLE_WIDTH }, { width: SINGLE_WIDTH }];
    return pairSankeySizes([input, otherInput], options, t, { width: PAIR_WIDTH });
  }, [input, otherInput, options, t]);
  const first = useRef<SVGSVGElement>(null);
  const second = useRef<SVGSVGElement>(null);
  const exportRef = useMemo(
    (): RefObject<SVGSVGElement | null> => ({
      get current() {
        if (!otherInput) return first.current;
        return first.current && second.current
          ? placeSideBySide([first.current, second.current], SANKEY_THEMES[theme].background)
          : null;
      },
    }),
    [otherInput, theme],
  );

  if (!matrix || !input) return <p className="empty-state">{t.noCountry}</p>;
  const title = other ? t.compareTitle(matrix.country, other.country) : t.viewTitle(matrix.country);
  const stem = other ? `${matrix.country}-vs-${other.country}-sankey` : `${matrix.country}-sankey`;
  return (
    <section className="view sankey-view" aria-label={title}>
      <SankeyControls />
      {showTable ? (
        <>
          <SankeyTable input={input} options={options} country={matrix.country} />
          {other && otherInput && <SankeyTable input={otherInput} options={options} country={other.country} />}
        </>
      ) : (
        <>
          <ChartExportBar svgRef={exportRef} fileStem={stem} />
          <div className={other ? 'sankey-pair' : 'sankey-single'}>
            <Sankey
              input={input}
              options={options}
              title={t.chartTitle(matrix.country)}
              size={sizes[0]}
              text={t}
              theme={theme}
              svgRef={first}
            />
            {other && otherInput && (
              <Sankey
                input={otherInput}
                options={options}
                title={t.chartTitle(other.country)}
                size={sizes[1]}
                text={t}
                theme={theme}
                svgRef={second}
              />
            )}
          </div>
          {other && sizes[0].pxPerUnit !== undefined && (
            <p className="sankey-scale-note">{t.scaleNote(sizes[0].pxPerUnit.toFixed(2))}</p>
          )}
        </>
      )}
    </section>
  );
}
