import { defineMessages } from './define-messages';

/**
 * How a score is said wherever one is shown or announced (heatmap cells and tooltips, Sankey flows,
 * comparison cells): one wording per language, which the other bundles point to.
 */
export const scoreMessages = defineMessages({
  en: {
    /** "9 of 10". */
    outOf10: (score: string) => `${score} of 10`,
  },
  ja: {
    outOf10: (score: string) => `10点中${score}点`,
  },
});
