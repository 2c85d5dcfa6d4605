import { describe, expect, it } from 'vitest';
import { heatmapText } from '../../src/charts/heatmap/heatmap-model';
import { PALETTE_IDS } from '../../src/domain/display-options';
import { compareMessages } from '../../src/i18n/compare-messages';
import { paletteName } from '../../src/i18n/chart-messages';

// The scale, blank and unknown cells and the palettes are one concept each: every chart says them
// the same way in each language, and the words live in one bundle.
describe('chart words', () => {
  it.each([
    ['en', 'Score 0–10 (10 = leads)', 'blank = not involved', 'unknown'],
    ['ja', 'スコア 0〜10（10 = 主担当）', '空欄 = 関与なし', '不明'],
  ] as const)('read the same in the heatmap and the comparison charts in %s', (lang, scale, blank, unknown) => {
    const heatmap = heatmapText(lang);
    const compare = compareMessages[lang];
    expect([heatmap.scaleCaption, compare.scaleCaption]).toEqual([scale, scale]);
    expect([heatmap.blank, compare.blank, compare.blankValue]).toEqual([blank, blank, blank]);
    expect([heatmap.unknown, compare.unknownValue, compare.unknown]).toEqual([unknown, unknown, `? = ${unknown}`]);
  });

  it('name every palette in both languages, the heatmap legend with the chosen one', () => {
    for (const id of PALETTE_IDS) {
      expect(paletteName('en', id)).not.toBe('');
      expect(paletteName('ja', id)).not.toBe(paletteName('en', id));
    }
    expect(paletteName('ja', 'projector')).toBe('プロジェクター（高コントラスト）');
    expect(heatmapText('ja', 'greys').paletteName).toBe('グレースケール（印刷）');
    expect(heatmapText('en').paletteName).toBeUndefined();
  });
});
