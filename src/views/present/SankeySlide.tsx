import { useMemo } from 'react';
import { matrixToSankeyInput } from '../../charts/sankey/matrix-sankey';
import { Sankey } from '../../charts/sankey/Sankey';
import { SankeyPairLegend } from '../../charts/sankey/SankeyPairLegend';
import type { SankeyInput, SankeyOptions } from '../../charts/sankey/sankey-types';
import type { SankeyText } from '../../charts/sankey/sankey-describe';
import type { RoleMatrix } from '../../domain/matrix';
import { presentMessages } from '../../i18n/present-messages';
import { sankeyMessages } from '../../i18n/sankey-messages';
import type { SankeySlideSpec } from '../../state/present-slice';
import { slideSankeyMatrix, slideSankeyOptions, tooManyRowsForSlide } from '../shared/slide-inputs';
import type { SlideBox } from '../shared/slide-fit';
import { FittedChart } from './FittedChart';
import { SlideCaption } from './SlideCaption';
import { keyLongStakeholders, keyRowIds } from './slide-keys';
import { sankeyPairNotes } from './slide-notes';
import { slideSankeyPair, slideSankeySolo } from './slide-sizes';
import type { ChartSlideProps } from './SlideView';

// Where no layout runs (jsdom), slides keep this size; in a browser they are fitted to the stage.
const SANKEY_SIZE = { width: 1500, fontSize: 21, plotHeight: 560, maxLabelWidth: 440 };
/** The gap between the two charts of a side-by-side Sankey slide, in CSS px (presenter.css). */
const PAIR_GAP = 16;

/** A Sankey slide: one country, or two side by side on one scale over their one legend. */
export function SankeySlide({
  matrix,
  slide,
  title,
  lang,
  theme,
  other,
}: ChartSlideProps<SankeySlideSpec> & {
  /** The second country drawn beside the first, on the same scale. */
  readonly other?: RoleMatrix;
}) {
  const tp = presentMessages[lang];
  const text = sankeyMessages[lang];
  // 64 service rows drew 6 px labels even at 1080p: such a matrix is shown per category, and the caption says so.
  // A name too long for the room (ナショナルサイバーセキュリティセンター) is NCSC, as grid slides head it, keyed below.
  const first = useMemo(
    () => keyLongStakeholders(matrixToSankeyInput(slideSankeyMatrix(matrix), lang)),
    [matrix, lang],
  );
  const second = useMemo(
    () => other && keyLongStakeholders(matrixToSankeyInput(slideSankeyMatrix(other), lang)),
    [other, lang],
  );
  const [input, otherInput] = [first.input, second?.input];
  const keys = [...new Set([...first.keys, ...(second?.keys ?? [])])];
  const options = useMemo(() => slideSankeyOptions(slide), [slide]);
  const rolled = [matrix, other].some((m) => m !== undefined && tooManyRowsForSlide(m));
  // Side by side, what a link's width means is said once, under both, not in each chart.
  const widths = options.normalise ? text.noteNormalised : text.noteRaw;
  const captions = [...(rolled ? [tp.sankeyRolledUp] : []), ...(other ? [widths, tp.sankeySameScale] : [])];
  const pairText = useMemo(() => ({ ...text, noteRaw: '', noteNormalised: '' }), [text]);
  // Kept from render to render: the pair's keyed inputs, and the charts' last layouts, are found by identity.
  const inputs = useMemo(() => otherInput && ([input, otherInput] as const), [input, otherInput]);
  const pair = other && inputs && { inputs, countries: [matrix, other] as const };
  // Each chart of a pair draws no notes: what they drew and left out is said once, for both, in the caption.
  const notes = useMemo(() => {
    if (!other || !inputs) return [];
    const names = [tp.countryName(matrix.id, matrix.country), tp.countryName(other.id, other.country)] as const;
    return sankeyPairNotes(inputs, names, options, text, tp.sankeyPairDrawn);
  }, [matrix, other, inputs, options, text, tp]);
  return (
    <>
      {pair ? (
        <FittedChart className="slide-legended slide-pair">
          {(box) => <SankeyPair {...pair} options={options} text={pairText} lang={lang} theme={theme} box={box} />}
        </FittedChart>
      ) : (
        <FittedChart className="slide-legended">
          {(box) => <SankeySolo input={input} options={options} text={text} title={title} theme={theme} box={box} />}
        </FittedChart>
      )}
      <SlideCaption text={captions.join(' ')} notes={notes} keys={keys} />
    </>
  );
}

/** One country's Sankey over its legend (the scale bar and the sector groups), as a pair's. */
function SankeySolo({
  input,
  options,
  text,
  title,
  theme,
  box,
}: {
  readonly input: SankeyInput;
  readonly options: SankeyOptions;
  readonly text: SankeyText;
  readonly title: string;
  readonly theme: 'light' | 'dark';
  readonly box: SlideBox | undefined;
}) {
  const fitted = box && slideSankeySolo(input, options, text, box);
  return (
    <>
      <div className="slide-pair-row">
        <Sankey
          input={input}
          options={options}
          title={title}
          size={fitted?.size ?? SANKEY_SIZE}
          text={text}
          theme={theme}
        />
      </div>
      {fitted && <SankeyPairLegend layout={fitted.legend} theme={theme} />}
    </>
  );
}

/** Two countries' Sankeys side by side, each titled with its country, and their one legend under both. */
function SankeyPair({
  inputs,
  countries,
  options,
  text,
  lang,
  theme,
  box,
}: {
  readonly inputs: readonly [SankeyInput, SankeyInput];
  readonly countries: readonly [RoleMatrix, RoleMatrix];
  readonly options: SankeyOptions;
  readonly text: SankeyText;
  readonly lang: ChartSlideProps<unknown>['lang'];
  readonly theme: 'light' | 'dark';
  readonly box: SlideBox | undefined;
}) {
  const names = countries.map((m) => presentMessages[lang].countryName(m.id, m.country)) as [string, string];
  const keyed = useMemo(() => keyRowIds(inputs), [inputs]);
  const fitted = box && slideSankeyPair(inputs, options, text, box, PAIR_GAP, names, keyed);
  const drawn = fitted?.keyed ? keyed.inputs : inputs;
  return (
    <>
      <div className="slide-pair-row">
        {drawn.map((input, i) => (
          <Sankey
            key={i}
            input={input}
            options={options}
            title={names[i]!}
            size={fitted?.sizes[i] ?? SANKEY_SIZE}
            text={text}
            theme={theme}
          />
        ))}
      </div>
      {fitted && <SankeyPairLegend layout={fitted.legend} theme={theme} />}
      {fitted?.keyed && <p className="slide-row-key">{keyed.key}</p>}
    </>
  );
}
