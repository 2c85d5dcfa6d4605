import { rowName, stakeholderName, type RoleMatrix } from '../../domain/matrix';
import { SECTOR_GROUPS, SECTOR_NAMES } from '../../domain/stakeholders';
import { categoryOf, X1060_CATEGORIES } from '../../domain/taxonomy-x1060';
import type { SankeyInput } from './sankey-types';

/** The Sankey input for a country's matrix, with names in a language. */
export function matrixToSankeyInput(m: RoleMatrix, lang: 'en' | 'ja'): SankeyInput {
  return {
    rows: m.rows.map((r) => {
      const category = r.x1060Id ? categoryOf(r.x1060Id) : undefined;
      return {
        key: r.key,
        name: rowName(r, lang),
        ...(r.x1060Id ? { id: r.x1060Id } : {}),
        ...(category ? { category } : {}),
      };
    }),
    stakeholders: m.stakeholders.map((s) => ({ key: s.key, name: stakeholderName(s, lang), sector: s.sector })),
    values: m.cells,
    sectorNames: Object.fromEntries(SECTOR_GROUPS.map((g) => [g, SECTOR_NAMES[g][lang]])) as SankeyInput['sectorNames'],
    categoryNames: Object.fromEntries(X1060_CATEGORIES.map((c) => [c.id, lang === 'ja' ? c.nameJa : c.nameEn])),
  };
}
