import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/charts/text-measure';
import {
  belowRowKey,
  differenceCellEms,
  keyedGridFit,
  PAIR_LEGEND_GAP,
  slideDifferenceSize,
  slideHeatmapSize,
  slideSankeyPair,
  type KeyedFit,
} from '../../src/views/present/slide-sizes';
import { keyLongColumns, keyRowIds, keyRows } from '../../src/views/present/slide-keys';
import { layoutSankey } from '../../src/charts/sankey/sankey-layout';
import { sankeyWords } from '../../src/charts/sankey/sankey-describe';
import type { SankeyInput } from '../../src/charts/sankey/sankey-types';
import { layoutHeatmap } from '../../src/charts/heatmap/heatmap-layout';
import { heatmapText } from '../../src/charts/heatmap/heatmap-model';
import { layoutDifference } from '../../src/charts/compare/difference-layout';
import { differenceInput } from '../../src/charts/compare/compare-inputs';
import { compareMessages } from '../../src/i18n/compare-messages';
import { slideDifference, slideHeatmapInput } from '../../src/views/shared/slide-inputs';
import { fitScale, type SlideBox } from '../../src/views/shared/slide-fit';
import type { Lang } from '../../src/domain/display-options';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { matrixToSankeyInput } from '../../src/charts/sankey/matrix-sankey';
import { sankeyMessages } from '../../src/i18n/sankey-messages';
import { DEFAULT_SANKEY_OPTIONS } from '../../src/domain/display-options';
import { HEATMAP_DEFAULTS } from '../../src/state/heatmap-slice';

describe('differenceCellEms', () => {
  it('gives "+10" (bold, 1.1 em) room in its cell: at least 0.35 em each side, not the 2.4 em it filled', () => {
    const numberEms = estimateTextWidth('+10', 1.1, true);
    expect(differenceCellEms()).toBeGreaterThanOrEqual(numberEms + 0.7 - 1e-9);
    expect(differenceCellEms()).toBeGreaterThan(2.4 + 0.4);
  });
});

describe('slideSankeyPair', () => {
  const ws = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
  const [jp, sg] = ['Japan', 'Singapore'].map((c) =>
    matrixToSankeyInput(
      ws.matrices.find((m) => m.country === c)!,
      'en',
    ),
  );
  const inputs = [jp!, sg!] as const;
  const text = { ...sankeyMessages.en, noteRaw: '', noteNormalised: '' };
  const options = DEFAULT_SANKEY_OPTIONS;
  const pair = (box: { width: number; height: number; screenHeight: number }) =>
    slideSankeyPair(inputs, options, text, box, 16, ['Japan', 'Singapore'], keyRowIds(inputs));

  it('names rows by id, with their key, where whole names would draw the pair under the room’s minimum', () => {
    // The stage of a 1280 × 720 slide: whole category names wrapped in half its width (0.82 of 18 px).
    expect(pair({ width: 1229, height: 540, screenHeight: 720 }).keyed).toBe(true);
    // A 1920 × 1080 screen has room for every whole name.
    expect(pair({ width: 1843, height: 850, screenHeight: 1080 }).keyed).toBe(false);
  });
});

describe('a side-by-side Sankey slide without its charts’ notes', () => {
  const ws = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
  const inputs = ['Japan', 'Singapore'].map((c) =>
    matrixToSankeyInput(
      ws.matrices.find((m) => m.country === c)!,
      'en',
    ),
  ) as unknown as readonly [SankeyInput, SankeyInput];
  const text = { ...sankeyMessages.en, noteRaw: '', noteNormalised: '' };
  const options = DEFAULT_SANKEY_OPTIONS;

  it('draws the pair at the room’s size on a 1280 × 720 stage whose caption takes two lines', () => {
    // The stage measured in Chromium (1229 × 522 with one caption line), less the line of the notes.
    const box = { width: 1229, height: 499, screenHeight: 720 };
    const keyed = keyRowIds(inputs);
    const fit = slideSankeyPair(inputs, options, text, box, 16, ['Japan', 'Singapore'], keyed);
    expect(fit.keyed).toBe(true);
    const drawn = fit.keyed ? keyed.inputs : inputs;
    const rest = belowRowKey(keyed.key, box);
    const half = { width: Math.floor((box.width - 16) / 2), height: rest.height - fit.legend.height - PAIR_LEGEND_GAP };
    for (const [i, input] of drawn.entries()) {
      const layout = layoutSankey(input, options, fit.sizes[i]!, sankeyWords(text, 'Japan', input, options));
      expect(layout.notes.lines).toEqual([]);
      // Was 0.935: each chart's two-line note took the height its labels needed.
      expect(fitScale(layout, half)).toBeGreaterThanOrEqual(0.999);
    }
  });
});

describe('keyedGridFit', () => {
  const ws = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
  const japan = ws.matrices.find((m) => m.country === 'Japan')!;
  const heatmap = (lang: Lang) => {
    const full = slideHeatmapInput(
      japan,
      { kind: 'heatmap', countryId: japan.id, palette: 'projector', options: HEATMAP_DEFAULTS },
      lang,
      'light',
    );
    const input = { ...full, columns: keyLongColumns(full.columns).columns };
    const blank = heatmapText(lang, 'projector').blank;
    return (box: SlideBox) =>
      scaled(
        keyedGridFit(
          input,
          keyRows(input),
          box,
          (i, b) => slideHeatmapSize(i, b, blank),
          (i, s) => layoutHeatmap(i, s, { blank }),
        ),
        input,
        box,
        (i, s) => layoutHeatmap(i, s, { blank }),
      );
  };
  const difference = (lang: Lang) => {
    const d = slideDifference(ws, {
      kind: 'difference',
      countryIds: ['bundled:japan.csv', 'bundled:united-states.csv'],
      options: { compareThreshold: 5, diffA: 'bundled:japan.csv', diffB: 'bundled:united-states.csv' },
    })!;
    const full = differenceInput(d.diff, 'Japan', 'United States', lang, compareMessages[lang]);
    const input = { ...full, columns: keyLongColumns(full.columns).columns };
    return (box: SlideBox) =>
      scaled(
        keyedGridFit(input, keyRows(input), box, slideDifferenceSize, layoutDifference),
        input,
        box,
        layoutDifference,
      );
  };

  // Stages measured in Chromium (slides-fit e2e): 1440 × 1080 and 1280 × 720 screens, and 1920 × 1080.
  it('names a 4:3 heatmap’s rows by id, with their key, where whole names drew it at 0.94', () => {
    expect(heatmap('en')({ width: 1382, height: 877, screenHeight: 1080 })).toEqual({ keyed: true, atSize: true });
    // Whole names reach the room's size: kept.
    expect(heatmap('ja')({ width: 1382, height: 877, screenHeight: 1080 })).toEqual({ keyed: false, atSize: true });
    expect(heatmap('en')({ width: 1843, height: 889, screenHeight: 1080 })).toEqual({ keyed: false, atSize: true });
    expect(heatmap('en')({ width: 1229, height: 563, screenHeight: 720 })).toEqual({ keyed: false, atSize: true });
  });

  it('names a difference’s rows by id where whole names drew it at 0.87 (4:3) and 0.96 (16:9, 720 lines)', () => {
    expect(difference('en')({ width: 1382, height: 813, screenHeight: 1080 })).toEqual({ keyed: true, atSize: true });
    expect(difference('en')({ width: 1229, height: 515, screenHeight: 720 })).toEqual({ keyed: true, atSize: true });
    expect(difference('ja')({ width: 1229, height: 513, screenHeight: 720 })).toEqual({ keyed: true, atSize: true });
    expect(difference('en')({ width: 1843, height: 824, screenHeight: 1080 })).toEqual({ keyed: false, atSize: true });
  });
});

/** Whether the fit keyed its rows, and whether its chart is drawn at its own size (type at the room's minimum). */
function scaled<I extends { readonly rows: readonly { readonly id?: string; readonly name: string }[] }, S>(
  fit: KeyedFit<S>,
  input: I,
  box: SlideBox,
  measure: (input: I, size: S) => { width: number; height: number },
) {
  const keyed = keyRows(input);
  const [drawn, room] = fit.keyed ? [keyed.input, belowRowKey(keyed.key, box)] : [input, box];
  return { keyed: fit.keyed, atSize: fitScale(measure(drawn, fit.size), room) >= 0.999 };
}
