// Long names on a slide: a column heading is read from the back of the room only if it is short, so a
// name too long to slant legibly is shown by its standard short form, and the slide keys it. Pure.
import { STANDARD_STAKEHOLDERS } from '../../domain/stakeholders';
import { textWidthEm } from '../../charts/text-measure';

/** Headings wider than this (in ems) are shown short when they have a short form. */
export const LONG_HEADING_EMS = 12;

/** The columns as a slide heads them, and one key line ("NCSC = ナショナル…") per shortened name. */
export function keyLongColumns<C extends { readonly name: string }>(
  columns: readonly C[],
): { readonly columns: readonly C[]; readonly keys: readonly string[] } {
  const keys: string[] = [];
  const shown = columns.map((c) => {
    const short = shortName(c.name);
    if (!short) return c;
    keys.push(`${short} = ${c.name}`);
    return { ...c, name: short };
  });
  return { columns: keys.length > 0 ? shown : columns, keys };
}

/** A standard stakeholder's short English name (NCSC) for its long Japanese one, when the long one is too long. */
function shortName(name: string): string | undefined {
  if (textWidthEm(name) <= LONG_HEADING_EMS) return undefined;
  const s = STANDARD_STAKEHOLDERS.find((k) => k.nameJa === name || k.nameEn === name);
  return s && textWidthEm(s.nameEn) < LONG_HEADING_EMS ? s.nameEn : undefined;
}

/** A Sankey's stakeholders as a slide names them (NCSC, as grid slides head it) and the key of each shortened name. */
export function keyLongStakeholders<I extends { readonly stakeholders: readonly { readonly name: string }[] }>(
  input: I,
): { readonly input: I; readonly keys: readonly string[] } {
  const { columns, keys } = keyLongColumns(input.stakeholders);
  return { input: keys.length > 0 ? { ...input, stakeholders: columns } : input, keys };
}

/** Inputs whose rows have an X.1060 id and a name (a Sankey's, a heatmap's, a difference's). */
type Rowed = { readonly rows: readonly { readonly id?: string; readonly name: string }[] };

/**
 * Two Sankeys side by side with their X.1060 rows named by id alone ("A"), and the key of those names ("A Strategic
 * management of CDC · B …", each id once): in half a 720-line slide every category name wrapped into two or three
 * lines and the pair was drawn at 0.82 of the room's minimum. Rows with no id keep their names.
 */
export function keyRowIds<I extends Rowed>(
  inputs: readonly [I, I],
): { readonly inputs: readonly [I, I]; readonly key: string } {
  const { inputs: shown, key } = keyRowsOf(inputs);
  return { inputs: [shown[0]!, shown[1]!], key };
}

/**
 * One grid chart (heatmap, difference) with its X.1060 rows named by id alone and the key of those names: on a
 * 4:3 screen whole one-line names beside ten slanted headings made the chart wider than the slide (heatmap 0.94,
 * difference 0.87 of the room's minimum at 1440 × 1080), where its spare height takes the key.
 */
export function keyRows<I extends { readonly rows: readonly GridRow[] }>(
  input: I,
): { readonly input: I; readonly key: string } {
  const { key } = keyRowsOf([input]);
  // Drawn by id, each row keeps its whole name as the accessible name of its header and cells.
  return { input: { ...input, rows: input.rows.map((r) => (r.id ? { ...r, idOnly: true } : r)) }, key };
}

/** A grid chart's row (heatmap, difference): its id, name, and whether it is drawn by its id alone. */
type GridRow = { readonly id?: string; readonly name: string; readonly idOnly?: boolean };

function keyRowsOf<I extends Rowed>(inputs: readonly I[]): { readonly inputs: readonly I[]; readonly key: string } {
  const named = new Map<string, string>();
  for (const input of inputs) for (const r of input.rows) if (r.id && !named.has(r.id)) named.set(r.id, r.name);
  const short = (input: I): I => ({ ...input, rows: input.rows.map((r) => (r.id ? { ...r, name: '' } : r)) });
  const key = [...named].map(([id, name]) => `${id} ${name}`).join(' · ');
  return { inputs: inputs.map(short), key };
}
