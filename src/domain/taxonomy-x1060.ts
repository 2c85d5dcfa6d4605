import {
  CATEGORY_IDS,
  X1060_CATEGORIES,
  X1060_SERVICES,
  type CategoryId,
  type X1060Category,
  type X1060Service,
} from './x1060-data';
import { foldName } from './stakeholders';

export { CATEGORY_IDS, X1060_CATEGORIES, X1060_SERVICES };
export type { CategoryId, X1060Category, X1060Service };

/** A category or a service of X.1060. */
export type X1060Entry = X1060Category | X1060Service;

const byId = new Map<string, X1060Entry>();
for (const c of X1060_CATEGORIES) byId.set(c.id, c);
for (const s of X1060_SERVICES) byId.set(s.id, s);

/** The order of an id in the standard (A, A-1 … A-13, B, …); unknown ids sort last. */
const orderOf = new Map<string, number>();
{
  let i = 0;
  for (const c of X1060_CATEGORIES) {
    orderOf.set(c.id, i++);
    for (const s of X1060_SERVICES) if (s.category === c.id) orderOf.set(s.id, i++);
  }
}

/** The category or service with this id ("D", "D-2"), or undefined. */
export function getX1060Entry(id: string): X1060Entry | undefined {
  return byId.get(id);
}

/** Whether an entry is a category (A–I) rather than a service. */
export function isCategory(entry: X1060Entry): entry is X1060Category {
  return !('category' in entry);
}

/** The category an id belongs to: "D-2" → "D", "D" → "D". */
export function categoryOf(id: string): CategoryId | undefined {
  const e = byId.get(id);
  if (!e) return undefined;
  return isCategory(e) ? e.id : e.category;
}

/** Position of an id in X.1060 order, for sorting; ids outside X.1060 get Infinity. */
export function x1060Order(id: string | undefined): number {
  return id === undefined ? Infinity : (orderOf.get(id) ?? Infinity);
}

/** The services of one category, in X.1060 order. */
export function servicesOf(category: CategoryId): X1060Service[] {
  return X1060_SERVICES.filter((s) => s.category === category);
}

// "D", "D)", "D.", "D:", "D-2", "D-2.", "d-2)", "D – 2", "Ｄ－２" (NFKC folds full-width forms).
// A bare upper-case letter may also be followed by a space ("F 脅威情報…", as in table 4), but a
// lower-case one may not, so that "a national agency" is not read as category A.
const ID_PATTERN =
  /^(?:([A-Ia-i])\s*[-‐‑–—−]\s*(\d{1,2})(?![\d])(?:\s*[.)\]:：、,;]|\s|$)|([A-Ia-i])\s*(?:[.)\]:：、,;]|$)|([A-I])\s)/u;

/**
 * The X.1060 id a row label begins with, or null.
 * "A) strategic management of CDC; A-1. Risk management" → "A"; "D-2. Incident handling" → "D-2".
 * An id that is not in X.1060 (e.g. "D-9") gives null: the row is then a custom row.
 */
export function parseX1060Id(label: string): string | null {
  const text = label.normalize('NFKC').trim();
  const m = ID_PATTERN.exec(text);
  if (!m) return null;
  const id = m[1] !== undefined ? `${m[1].toUpperCase()}-${Number(m[2])}` : (m[3] ?? m[4] ?? '').toUpperCase();
  return byId.has(id) ? id : null;
}

/** The display name of an id in a language ("en" or "ja"). */
export function x1060Name(id: string, lang: 'en' | 'ja'): string | undefined {
  const e = byId.get(id);
  if (!e) return undefined;
  return lang === 'ja' ? e.nameJa : e.nameEn;
}

const idByName = new Map<string, string>();
for (const e of [...X1060_CATEGORIES, ...X1060_SERVICES]) {
  idByName.set(foldName(e.nameEn), e.id);
  idByName.set(foldName(e.nameJa), e.id);
}

/**
 * The X.1060 id a row label stands for, as the CSV importer reads it: by its leading id ("D-2 …"),
 * else by its full English or Japanese name ("Audit" → "E-9"). The editor refuses labels this would misread.
 */
export function x1060IdOfLabel(label: string): string | null {
  return parseX1060Id(label) ?? idByName.get(foldName(label)) ?? null;
}
