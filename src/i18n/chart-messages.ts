import type { PaletteId } from '../domain/display-options';
import { defineMessages } from './define-messages';
import { scoreMessages } from './score-messages';

/**
 * The words every chart draws the same way (heatmap, small multiples, difference heatmap, slides):
 * the scale's caption, how blank and unknown cells are named, and the palettes' names.
 */
export const chartMessages = defineMessages({
  en: {
    scaleCaption: 'Score 0–10 (10 = leads)',
    /** A blank cell in a legend. */
    blankLegend: 'blank = not involved',
    /** An unknown score, said of one cell ("D-2, NCSC: unknown"); legends draw "? = unknown". */
    unknown: 'unknown',
    outOf10: scoreMessages.en.outOf10,
    /** Accessible description of one cell, e.g. "D-2 Incident handling, National CSIRTs: 9 of 10". */
    describeCell: (row: string, column: string, value: string) => `${row}, ${column}: ${value}`,
    paletteYlgnbu: 'Yellow–green–blue (colour-blind safe)',
    paletteViridis: 'Viridis (colour-blind safe)',
    paletteProjector: 'Projector (high contrast)',
    paletteGreys: 'Greyscale (print)',
  },
  ja: {
    scaleCaption: 'スコア 0〜10（10 = 主担当）',
    blankLegend: '空欄 = 関与なし',
    unknown: '不明',
    outOf10: scoreMessages.ja.outOf10,
    describeCell: (row: string, column: string, value: string) => `${row}、${column}：${value}`,
    paletteYlgnbu: '黄–緑–青（色覚多様性に配慮）',
    paletteViridis: 'Viridis（色覚多様性に配慮）',
    paletteProjector: 'プロジェクター（高コントラスト）',
    paletteGreys: 'グレースケール（印刷）',
  },
});

type ChartWords = (typeof chartMessages)['en'];
const PALETTE_KEY = {
  ylgnbu: 'paletteYlgnbu',
  viridis: 'paletteViridis',
  projector: 'paletteProjector',
  greys: 'paletteGreys',
} as const satisfies Record<PaletteId, keyof ChartWords>;

/** A palette's name in a language. */
export function paletteName(lang: keyof typeof chartMessages, id: PaletteId): string {
  return chartMessages[lang][PALETTE_KEY[id]];
}
