import { rowName, stakeholderName, type RoleMatrix } from '../../domain/matrix';
import { SECTOR_GROUPS, SECTOR_NAMES } from '../../domain/stakeholders';
import { categoryOf, X1060_CATEGORIES } from '../../domain/taxonomy-x1060';
import type { SankeyInput } from './sankey-types';

// One input per matrix content and language, so that a chart drawn again finds its last layout
// (sankey-drawing.ts compares inputs by identity). Keyed by the cells: an edit makes new ones.
const inputs = new WeakMap<RoleMatrix['cells'], { m: RoleMatrix; lang: string; input: SankeyInput }[]>();

/** The Sankey input for a country's matrix, with names in a language (the same object for the same content). */
export function matrixToSankeyInput(m: RoleMatrix, lang: 'en' | 'ja'): SankeyInput {
  const seen = inputs.get(m.cells) ?? [];
  const hit = seen.find((e) => e.lang === lang && e.m.rows === m.rows && e.m.stakeholders === m.stakeholders);
  if (hit) return hit.input;
  const input = buildInput(m, lang);
  inputs.set(m.cells, [{ m, lang, input }, ...seen].slice(0, 2));
  return input;
}

function buildInput(m: RoleMatrix, lang: 'en' | 'ja'): SankeyInput {
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
