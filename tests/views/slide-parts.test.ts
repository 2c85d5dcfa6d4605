import { describe, expect, it } from 'vitest';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { presentMessages } from '../../src/i18n/present-messages';
import type { CompareSlideSpec, SlideSpec } from '../../src/state/present-slice';
import {
  deckPages,
  EXPORT_CHART_BOX,
  pageIndexOf,
  pageWords,
  presenterChartBox,
  slideParts,
  splitEvenly,
  stepPage,
} from '../../src/views/present/slide-parts';

const workspace = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
const compare = (countryIds: readonly string[]): CompareSlideSpec => ({
  kind: 'compare',
  countryIds,
  options: { compareThreshold: 0, diffA: null, diffB: null },
});
const three = compare(['bundled:japan.csv', 'bundled:united-states.csv', 'bundled:singapore.csv']);
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1280, height: 960 },
  { width: 1440, height: 1080 },
];

describe('splitEvenly', () => {
  it('splits n countries into runs as even as possible, in order, the longer first', () => {
    expect(splitEvenly(3, 1)).toEqual([[0, 1, 2]]);
    expect(splitEvenly(3, 2)).toEqual([[0, 1], [2]]);
    expect(splitEvenly(3, 3)).toEqual([[0], [1], [2]]);
    expect(splitEvenly(5, 2)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(splitEvenly(4, 3)).toEqual([[0, 1], [2], [3]]);
    // Never more runs than countries, never none.
    expect(splitEvenly(2, 5)).toEqual([[0], [1]]);
    expect(splitEvenly(2, 0)).toEqual([[0, 1]]);
  });
});

describe('slide parts', () => {
  it('continues a comparison of three countries on two or more parts at every screen, in both languages', () => {
    for (const lang of ['en', 'ja'] as const)
      for (const screen of SCREENS) {
        const parts = slideParts(three, workspace, lang, presenterChartBox(screen));
        expect(parts.length, `${lang} ${screen.width}×${screen.height}`).toBeGreaterThanOrEqual(2);
        // Every country once, in the slide's order; each part knows its place.
        expect(parts.flatMap((p) => p.panels)).toEqual([0, 1, 2]);
        expect(parts.map((p) => [p.index, p.count])).toEqual(parts.map((_, i) => [i, parts.length]));
      }
    expect(slideParts(three, workspace, 'en', EXPORT_CHART_BOX).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves every other kind of slide, and a comparison of one country, whole', () => {
    const heatmap = { kind: 'heatmap', countryId: 'bundled:japan.csv' } as SlideSpec;
    expect(slideParts(heatmap, workspace, 'en', EXPORT_CHART_BOX)).toEqual([]);
    expect(slideParts({ ...three, kind: 'metrics' }, workspace, 'en', EXPORT_CHART_BOX)).toEqual([]);
    expect(slideParts(compare(['bundled:japan.csv']), workspace, 'en', EXPORT_CHART_BOX)).toEqual([]);
  });

  it('keeps a comparison whole on a screen large enough for it', () => {
    const huge = { width: 4000, height: 720 * 2.5, screenHeight: 720 };
    expect(slideParts(three, workspace, 'en', huge)).toEqual([]);
  });

  it('estimates the chart area of a 1280 × 720 presenter slide a little under the measured 1228 × 556', () => {
    const box = presenterChartBox({ width: 1280, height: 720 });
    expect(box.width).toBe(1228);
    expect(box.height).toBeGreaterThan(480);
    expect(box.height).toBeLessThanOrEqual(556);
    expect(box.screenHeight).toBe(720);
  });
});

describe('deck pages', () => {
  const slides = ['a', 'b', 'c'];
  const pages = deckPages(slides, (s) =>
    s === 'b'
      ? [
          { index: 0, count: 2, panels: [0, 1] },
          { index: 1, count: 2, panels: [2] },
        ]
      : [],
  );

  it('walks a slide once, and a slide with parts once per part', () => {
    expect(pages.map((p) => `${p.slide}${p.part ? p.part.index + 1 : ''}`)).toEqual(['a', 'b1', 'b2', 'c']);
    expect(pageIndexOf(pages, 1, 1)).toBe(2);
    expect(pageIndexOf(pages, 2, 0)).toBe(3);
    // A part past the slide's last (the screen grew: fewer parts) is its last.
    expect(pageIndexOf(pages, 1, 5)).toBe(2);
  });

  it('steps page by page and stops at either end', () => {
    expect(stepPage(1, 4, 'next')).toBe(2);
    expect(stepPage(2, 4, 'previous')).toBe(1);
    expect(stepPage(3, 4, 'next')).toBe(3);
    expect(stepPage(0, 4, 'previous')).toBe(0);
    expect([stepPage(2, 4, 'first'), stepPage(1, 4, 'last')]).toEqual([0, 3]);
  });

  it('names a part in the counter and the heading', () => {
    expect(pageWords(presentMessages.en, pages[2], 3, 'Comparison: A, B, C')).toEqual({
      counter: 'Slide 2 of 3 (2/2)',
      title: 'Comparison: A, B, C (2/2)',
    });
    expect(pageWords(presentMessages.ja, pages[1], 3, '比較')).toEqual({
      counter: 'スライド 2 / 3（1/2）',
      title: '比較（1/2）',
    });
    expect(pageWords(presentMessages.en, pages[0], 3, 'Japan').counter).toBe('Slide 1 of 3');
  });
});
