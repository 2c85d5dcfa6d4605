import { scoreMessages } from '../../i18n/score-messages';

/** Words the heatmap draws, so the caller can translate them. */
export interface HeatmapText {
  readonly scaleCaption: string;
  readonly blank: string;
  readonly unknown: string;
  /** The palette's name in the display language; the layout's English name otherwise. */
  readonly paletteName?: string;
  /** "9 of 10". */
  readonly outOf10: (score: string) => string;
  /** Accessible description of one cell, e.g. "D-2 Incident handling, National CSIRTs: 9 of 10". */
  readonly describeCell: (row: string, column: string, value: string) => string;
}

export const HEATMAP_TEXT_EN: HeatmapText = {
  scaleCaption: 'Score 0–10 (10 = leads)',
  blank: 'blank = not involved',
  unknown: 'unknown',
  outOf10: scoreMessages.en.outOf10,
  describeCell: (row, column, value) => `${row}, ${column}: ${value}`,
};

export const HEATMAP_TEXT_JA: HeatmapText = {
  scaleCaption: 'スコア 0〜10（10 = 主担当）',
  blank: '空欄 = 関与なし',
  unknown: '不明',
  outOf10: scoreMessages.ja.outOf10,
  describeCell: (row, column, value) => `${row}、${column}：${value}`,
};
