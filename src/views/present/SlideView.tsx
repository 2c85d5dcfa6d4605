import { useCallback, useMemo } from 'react';
import { describeAligned, describeDiffCell, differenceInput } from '../../charts/compare/compare-inputs';
import { DifferenceHeatmap } from '../../charts/compare/DifferenceHeatmap';
import { MetricBars } from '../../charts/compare/MetricBars';
import { SmallMultiples } from '../../charts/compare/SmallMultiples';
import { Heatmap } from '../../charts/heatmap/Heatmap';
import { heatmapText } from '../../charts/heatmap/heatmap-model';
import type { AlignedScore, DiffCell } from '../../domain/compare';
import type { Lang } from '../../domain/display-options';
import type { RoleMatrix } from '../../domain/matrix';
import { findMatrix, type Workspace } from '../../domain/workspace';
import { compareMessages } from '../../i18n/compare-messages';
import type { CompareSlideSpec, HeatmapSlideSpec, SlideSpec } from '../../state/present-slice';
import {
  slideCompareMatrices,
  slideDifference,
  slideHeatmapInput,
  slideMetricBarsInput,
  slideComparison,
  type SlideComparison,
  type SlideDifference,
} from '../shared/slide-inputs';
import { granularityText } from '../shared/GranularityNote';
import { FittedChart } from './FittedChart';
import { SlideCaption } from './SlideCaption';
import { keyLongColumns, keyRows } from './slide-keys';
import { SankeySlide } from './SankeySlide';
import { comparisonSlideInput, EXPORT_CHART_BOX, type SlidePart } from './slide-parts';
import {
  keyedGridFit,
  slideDifferenceSize,
  slideHeatmapSize,
  slideMetricBarsSize,
  slideSmallMultiplesSize,
} from './slide-sizes';
import { layoutDifference } from '../../charts/compare/difference-layout';
import { layoutHeatmap } from '../../charts/heatmap/heatmap-layout';
import { presentMessages } from '../../i18n/present-messages';

export interface SlideViewProps {
  /** The slide to draw. */
  readonly slide: SlideSpec;
  /** Where the slide's countries are looked up. */
  readonly workspace: Workspace;
  /** The slide's heading, also the chart's accessible name. */
  readonly title: string;
  readonly lang: Lang;
  readonly theme: 'light' | 'dark';
  /** Shown instead of the chart when a country is gone or the kind cannot be drawn. */
  readonly fallback: { readonly missingCountry: string; readonly notDrawable: string };
  /** The part of a slide that continues over several (slideParts) to draw; absent = the whole slide. */
  readonly part?: SlidePart;
}

/** One slide's chart, drawn by the same chart components, from the same inputs, as the views. */
export function SlideView({ slide, workspace, title, lang, theme, fallback, part }: SlideViewProps) {
  if (slide.kind === 'difference') {
    const d = slideDifference(workspace, slide);
    return d ? (
      <DifferenceSlide difference={d} title={title} lang={lang} />
    ) : (
      <p className="presenter-note">{fallback.missingCountry}</p>
    );
  }
  if (slide.kind === 'compare' || slide.kind === 'metrics') {
    const matrices = slideCompareMatrices(workspace, slide);
    if (matrices.length === 0) return <p className="presenter-note">{fallback.missingCountry}</p>;
    const comparison = slideComparison(matrices, slide);
    return slide.kind === 'compare' ? (
      <CompareSlide comparison={comparison} title={title} lang={lang} part={part} />
    ) : (
      <MetricsSlide comparison={comparison} slide={slide} title={title} lang={lang} />
    );
  }
  if (slide.kind !== 'heatmap' && slide.kind !== 'sankey')
    return <p className="presenter-note">{fallback.notDrawable}</p>;
  const matrix = findMatrix(workspace, slide.countryId);
  if (!matrix) return <p className="presenter-note">{fallback.missingCountry}</p>;
  if (slide.kind === 'heatmap')
    return <HeatmapSlide matrix={matrix} slide={slide} title={title} lang={lang} theme={theme} />;
  const other = slide.compareId !== undefined ? findMatrix(workspace, slide.compareId) : undefined;
  return <SankeySlide matrix={matrix} slide={slide} title={title} lang={lang} theme={theme} other={other} />;
}

/** What every one-country chart slide is drawn from. */
export interface ChartSlideProps<S> {
  readonly matrix: RoleMatrix;
  readonly slide: S;
  readonly title: string;
  readonly lang: Lang;
  readonly theme: 'light' | 'dark';
}

// Where no layout runs (jsdom), slides keep these sizes; in a browser they are fitted to the stage.
const HEATMAP_SIZE = { fontSize: 21, columnLabels: 'slanted' } as const;

function HeatmapSlide({ matrix, slide, title, lang, theme }: ChartSlideProps<HeatmapSlideSpec>) {
  const input = useMemo(() => {
    const full = slideHeatmapInput(matrix, slide, lang, theme);
    const { columns, keys } = keyLongColumns(full.columns);
    return keys.length > 0 ? { ...full, columns, captions: [...(full.captions ?? []), keys.join(' · ')] } : full;
  }, [matrix, slide, lang, theme]);
  const text = useMemo(() => heatmapText(lang, 'projector'), [lang]);
  const keyed = useMemo(() => keyRows(input), [input]);
  return (
    <FittedChart className="slide-legended">
      {(box) => {
        const fit =
          box &&
          keyedGridFit(
            input,
            keyed,
            box,
            (data, b) => slideHeatmapSize(data, b, text.blank),
            (data, size) => layoutHeatmap(data, size, { blank: text.blank }),
          );
        return (
          <>
            <div className="slide-pair-row">
              <Heatmap
                data={fit?.keyed ? keyed.input : input}
                title={title}
                text={text}
                size={fit?.size ?? HEATMAP_SIZE}
              />
            </div>
            {fit?.keyed && <p className="slide-row-key">{keyed.key}</p>}
          </>
        );
      }}
    </FittedChart>
  );
}

interface CompareSlideProps {
  readonly comparison: SlideComparison;
  readonly slide: CompareSlideSpec;
  readonly title: string;
  readonly lang: Lang;
}

// Compare charts keep their white card in either theme: their colours are made for a light ground.
const COMPARE_SIZE = { fontSize: 18 };

/** The sentence under a comparison chart saying how its rows were lined up, and the key of any shortened heading. */
function ComparisonCaption({
  comparison,
  lang,
  keys = [],
}: {
  readonly comparison: SlideComparison;
  readonly lang: Lang;
  readonly keys?: readonly string[];
}) {
  const { granularity, rule, shown } = comparison;
  const text = granularityText(compareMessages[lang], granularity, rule, shown);
  return <SlideCaption text={text} keys={keys} />;
}

/** The comparison slide, or one part of it: its countries only, on the whole comparison's rows, columns and scale. */
function CompareSlide({
  comparison,
  title,
  lang,
  part,
}: Omit<CompareSlideProps, 'slide'> & { readonly part?: SlidePart }) {
  const t = compareMessages[lang];
  const whole = useMemo(() => comparisonSlideInput(comparison.shown, lang), [comparison.shown, lang]);
  const panels = part?.panels;
  const data = useMemo(
    () => (panels ? { ...whole.data, panels: panels.map((i) => whole.data.panels[i]!) } : whole.data),
    [whole, panels],
  );
  const keys = part ? [...whole.keys, presentMessages[lang].partNote(part.index + 1, part.count)] : whole.keys;
  const describe = useCallback(
    (panel: string, row: string, column: string, value: AlignedScore) =>
      t.describeCell(panel, row, column, describeAligned(t, value)),
    [t],
  );
  return (
    <>
      <FittedChart>
        {(box) => (
          <SmallMultiples
            data={data}
            title={title}
            describeCell={describe}
            // Unmeasured (the print deck, hidden on screen), a comparison is laid out for a 16:9 slide, which the page scales.
            size={slideSmallMultiplesSize(data, box ?? EXPORT_CHART_BOX)}
          />
        )}
      </FittedChart>
      <ComparisonCaption comparison={comparison} lang={lang} keys={keys} />
    </>
  );
}

/** The difference slide; its title is the slide's heading, which says when the matrices are drawn per category. */
function DifferenceSlide({
  difference,
  title,
  lang,
}: {
  readonly difference: SlideDifference;
  readonly title: string;
  readonly lang: Lang;
}) {
  const t = compareMessages[lang];
  const { a, b, diff } = difference;
  const [nameA, nameB] = [a, b].map((m) => presentMessages[lang].countryName(m.id, m.country)) as [string, string];
  const { data, keys } = useMemo(() => {
    const full = differenceInput(diff, nameA, nameB, lang, t);
    const { columns, keys } = keyLongColumns(full.columns);
    return { data: { ...full, columns }, keys };
  }, [diff, nameA, nameB, lang, t]);
  const keyed = useMemo(() => keyRows(data), [data]);
  const describe = useCallback(
    (row: string, column: string, cell: DiffCell) =>
      t.describeDiff(row, column, describeDiffCell(t, nameA, nameB, cell)),
    [t, nameA, nameB],
  );
  const comparison: SlideComparison = {
    shown: [a, b],
    granularity: difference.perCategory ? 'category' : 'as-is',
    rule: difference.rule,
  };
  return (
    <>
      <FittedChart className="slide-legended">
        {(box) => {
          const fit = box && keyedGridFit(data, keyed, box, slideDifferenceSize, layoutDifference);
          return (
            <>
              <div className="slide-pair-row">
                <DifferenceHeatmap
                  data={fit?.keyed ? keyed.input : data}
                  title={title}
                  describeCell={describe}
                  size={fit?.size ?? COMPARE_SIZE}
                />
              </div>
              {fit?.keyed && <p className="slide-row-key">{keyed.key}</p>}
            </>
          );
        }}
      </FittedChart>
      <ComparisonCaption comparison={comparison} lang={lang} keys={keys} />
    </>
  );
}

function MetricsSlide({ comparison, slide, title, lang }: CompareSlideProps) {
  const t = compareMessages[lang];
  const { shown } = comparison;
  const data = useMemo(() => slideMetricBarsInput(shown, slide, lang, t), [shown, slide, lang, t]);
  return (
    <>
      <FittedChart>
        {(box) => <MetricBars data={data} title={title} size={box ? slideMetricBarsSize(data, box) : COMPARE_SIZE} />}
      </FittedChart>
      <ComparisonCaption comparison={comparison} lang={lang} />
    </>
  );
}
