import { foldName, matchStakeholderType } from '../domain/stakeholders';
import { parseX1060Id, X1060_CATEGORIES, X1060_SERVICES } from '../domain/taxonomy-x1060';

/** What the user chose for a header: a standard type id, 'custom' or 'ignored'. */
export type HeaderRemap = Readonly<Record<string, string>>;

/** The key a remap is stored under: the folded header name. */
export function remapKey(name: string): string {
  return foldName(name);
}

// Row labels and headers that hold sums of the others: skipped, with a warning.
const TOTALS = new Set(['total', 'totals', 'sum', 'grandtotal', '合計', '計', '総計', '小計', '合算'].map(foldName));

/** Whether a row label or header names a totals row or column ("Total", "Sum", "合計", "計"). */
export function isTotalsName(name: string): boolean {
  return TOTALS.has(foldName(name));
}

const byName = new Map<string, string>();
for (const e of [...X1060_CATEGORIES, ...X1060_SERVICES]) {
  byName.set(foldName(e.nameEn), e.id);
  byName.set(foldName(e.nameJa), e.id);
}

/** The X.1060 id a row label names: by its leading id ("D-2 …"), else by its full English or Japanese name. */
export function x1060IdOfLabel(label: string): string | null {
  return parseX1060Id(label) ?? byName.get(foldName(label)) ?? null;
}

/**
 * How a stakeholder header is read: a standard type id, or 'custom' / 'ignored'. The user's remap
 * wins over the name match.
 */
export function readHeader(name: string, remap: HeaderRemap | undefined): string {
  const chosen = remap?.[remapKey(name)];
  if (chosen) return chosen;
  return matchStakeholderType(name)?.id ?? 'custom';
}
