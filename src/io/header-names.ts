import { foldName, matchStakeholderType } from '../domain/stakeholders';

/** The X.1060 id a row label names (one definition, shared with the editor's checks). */
export { x1060IdOfLabel } from '../domain/taxonomy-x1060';

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

/**
 * How a stakeholder header is read: a standard type id, or 'custom' / 'ignored'. The user's remap
 * wins over the name match.
 */
export function readHeader(name: string, remap: HeaderRemap | undefined): string {
  const chosen = remap?.[remapKey(name)];
  if (chosen) return chosen;
  return matchStakeholderType(name)?.id ?? 'custom';
}
