import { schemeObservable10, schemeTableau10 } from 'd3-scale-chromatic';
import type { SectorGroup } from '../../domain/stakeholders';
import { CATEGORY_IDS } from '../../domain/taxonomy-x1060';
import { CHART_THEMES, type ChartTheme } from '../chart-theme';

// Categorical palettes for flows. Sector colours are Okabe–Ito (distinct under the common colour
// vision deficiencies) because sector is the comparison readers care most about; categories and
// stakeholders take two different ten-colour schemes so that neither reads as a sector.

/** Colour of each sector group. */
export const SECTOR_COLORS: Readonly<Record<SectorGroup, string>> = {
  government: '#0072b2',
  'law-enforcement': '#d55e00',
  private: '#e69f00',
  academia: '#009e73',
  other: '#7f7f7f',
};

/** Colour of each X.1060 category (A–I). */
export const CATEGORY_COLORS: Readonly<Record<string, string>> = Object.fromEntries(
  CATEGORY_IDS.map((id, i) => [id, schemeTableau10[i]!]),
);

/** Colour of rows outside X.1060: the charts' neutral grey. */
export const CUSTOM_ROW_COLOR = CHART_THEMES.light.outline;

/** Colour of the i-th stakeholder when stakeholders are the flows' sources. */
export function stakeholderColor(i: number): string {
  return schemeObservable10[i % schemeObservable10.length]!;
}

/** Page, text and rule colours of a theme, written into the SVG so that exports look the same. */
export const SANKEY_THEMES = { light: sankeyTheme(CHART_THEMES.light), dark: sankeyTheme(CHART_THEMES.dark) } as const;

function sankeyTheme(t: ChartTheme) {
  return { background: t.background, foreground: t.ink, muted: t.mutedText, rule: t.rule } as const;
}
