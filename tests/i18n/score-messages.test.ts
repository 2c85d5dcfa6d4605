import { describe, expect, it } from 'vitest';
import { heatmapText } from '../../src/charts/heatmap/heatmap-model';
import { compareMessages } from '../../src/i18n/compare-messages';
import { heatmapMessages } from '../../src/i18n/heatmap-messages';
import { sankeyMessages } from '../../src/i18n/sankey-messages';

// "9 of 10" is one concept: every chart and view says it the same way in each language.
describe('a score out of 10', () => {
  it.each([
    ['en', '9 of 10', heatmapText('en')],
    ['ja', '10点中9点', heatmapText('ja')],
  ] as const)('reads the same everywhere in %s', (lang, said, heatmapText) => {
    expect(heatmapText.outOf10('9')).toBe(said);
    expect(heatmapMessages[lang].tipScore('9')).toBe(said);
    expect(compareMessages[lang].scoreOf('9')).toBe(said);
    expect(sankeyMessages[lang].score('9')).toBe(said);
  });
});
