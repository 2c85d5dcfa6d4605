import type { MatrixRow, RoleMatrix, Score, Stakeholder } from './matrix';

/** One value both sides changed since their common base, to different values. */
export interface MergeConflict {
  /** What the value is: a cell "D-2\u0000ncsc", a note, a row note, a detail field, or the structure. */
  readonly kind: 'cell' | 'note' | 'rowNote' | 'detail' | 'structure';
  /** Row key (cells, notes, row notes). */
  readonly rowKey?: string;
  /** Stakeholder key (cells, notes). */
  readonly stakeholderKey?: string;
  /** Detail field name (country, countryCode, source, date, notes, caveat, file). */
  readonly field?: string;
  /** The value kept (ours, the later change). */
  readonly kept: string;
  /** The value that was replaced (theirs). */
  readonly replaced: string;
}

/** The result of a three-way merge of one country. */
export interface MatrixMerge {
  readonly merged: RoleMatrix;
  readonly conflicts: readonly MergeConflict[];
}

type Atoms = Map<string, string>;

const SEP = '\u0000';
const DETAIL_FIELDS = ['country', 'countryCode'] as const;
const PROVENANCE_FIELDS = ['source', 'date', 'notes', 'caveat', 'file'] as const;

/**
 * Merges two versions of one country that both grew from `base`: every change either side made is
 * kept; where both changed the same value differently, `ours` wins (it is written later) and the
 * clash is reported. Values are compared as atoms — each cell, cell note, row note and detail
 * field — so that two people typing into different cells of one matrix both keep their work. The
 * rows and stakeholders (their order, labels and types) are one atom each: when both sides changed
 * them, ours are kept and that clash is reported too.
 */
export function mergeMatrix(base: RoleMatrix, ours: RoleMatrix, theirs: RoleMatrix): MatrixMerge {
  if (ours === theirs || theirs === base) return { merged: ours, conflicts: [] };
  if (ours === base) return { merged: theirs, conflicts: [] };
  const conflicts: MergeConflict[] = [];
  const rows = pickList(base.rows, ours.rows, theirs.rows, rowSig, 'rows', conflicts);
  const stakeholders = pickList(
    base.stakeholders,
    ours.stakeholders,
    theirs.stakeholders,
    stakeholderSig,
    'stakeholders',
    conflicts,
  );
  const [b, o, t] = [atomsOf(base), atomsOf(ours), atomsOf(theirs)];
  const merged: Atoms = new Map();
  for (const key of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const [bv, ov, tv] = [b.get(key), o.get(key), t.get(key)];
    let v: string | undefined;
    if (ov === tv || tv === bv) v = ov;
    else if (ov === bv) v = tv;
    else if (
      (v = key.startsWith('c') || key === `d${SEP}country` ? undefined : mergeText(bv ?? '', ov ?? '', tv ?? '')) !==
      undefined
    ) {
      // Two people typing into one note or source at once: both texts are kept.
    } else {
      v = ov;
      conflicts.push(conflictOf(key, ov, tv));
    }
    if (v !== undefined) merged.set(key, v);
  }
  return { merged: build(ours, rows, stakeholders, merged), conflicts };
}

/**
 * Merges two edits of one text grown from `base` when they touch different parts of it (or both
 * insert at one place: both insertions are kept, theirs first); undefined when they overlap.
 */
export function mergeText(base: string, ours: string, theirs: string): string | undefined {
  const span = (x: string) => {
    let pre = 0;
    while (pre < base.length && pre < x.length && base[pre] === x[pre]) pre++;
    let suf = 0;
    while (suf < base.length - pre && suf < x.length - pre && base[base.length - 1 - suf] === x[x.length - 1 - suf])
      suf++;
    return { from: pre, to: base.length - suf, text: x.slice(pre, x.length - suf) };
  };
  const [o, t] = [span(ours), span(theirs)];
  const insertBoth = o.from === o.to && t.from === t.to && o.from === t.from;
  if (insertBoth) return base.slice(0, o.from) + t.text + o.text + base.slice(o.to);
  if (o.to <= t.from) return base.slice(0, o.from) + o.text + base.slice(o.to, t.from) + t.text + base.slice(t.to);
  if (t.to <= o.from) return base.slice(0, t.from) + t.text + base.slice(t.to, o.from) + o.text + base.slice(o.to);
  return undefined;
}

/** The cells (row × stakeholder keys) whose scores differ between two versions of a country. */
export function changedCells(a: RoleMatrix, b: RoleMatrix): { rowKey: string; stakeholderKey: string }[] {
  const out: { rowKey: string; stakeholderKey: string }[] = [];
  const [x, y] = [scoresOf(a), scoresOf(b)];
  for (const key of new Set([...x.keys(), ...y.keys()])) {
    if (x.get(key) !== y.get(key)) {
      const [rowKey, stakeholderKey] = key.split(SEP) as [string, string];
      out.push({ rowKey, stakeholderKey });
    }
  }
  return out;
}

function scoresOf(m: RoleMatrix): Map<string, string> {
  const out = new Map<string, string>();
  m.rows.forEach((r, i) =>
    m.stakeholders.forEach((s, j) => out.set(`${r.key}${SEP}${s.key}`, scoreText(m.cells[i]?.[j] ?? null))),
  );
  return out;
}

function scoreText(s: Score): string {
  return s === null ? '' : String(s);
}

function parseScore(text: string | undefined): Score {
  if (text === undefined || text === '') return null;
  if (text === 'unknown') return 'unknown';
  return Number(text);
}

function rowSig(r: MatrixRow): string {
  return JSON.stringify([r.key, r.x1060Id ?? null, r.label]);
}

function stakeholderSig(s: Stakeholder): string {
  return JSON.stringify([s.key, s.name, s.typeId ?? null, s.sector]);
}

function pickList<T>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  sig: (x: T) => string,
  what: string,
  conflicts: MergeConflict[],
): readonly T[] {
  const [b, o, t] = [base.map(sig).join('\n'), ours.map(sig).join('\n'), theirs.map(sig).join('\n')];
  if (o === t || t === b) return ours;
  if (o === b) return theirs;
  conflicts.push({ kind: 'structure', field: what, kept: `${ours.length}`, replaced: `${theirs.length}` });
  return ours;
}

/** Every mergeable value of a country as text, under a key that says what it is. */
function atomsOf(m: RoleMatrix): Atoms {
  const out: Atoms = new Map();
  for (const [key, v] of scoresOf(m)) if (v !== '') out.set(`c${SEP}${key}`, v);
  for (const [key, v] of Object.entries(m.notes ?? {})) out.set(`n${SEP}${key}`, v);
  for (const [key, v] of Object.entries(m.rowNotes ?? {})) out.set(`r${SEP}${key}`, v);
  for (const f of DETAIL_FIELDS) if (m[f] !== undefined) out.set(`d${SEP}${f}`, m[f]);
  for (const f of PROVENANCE_FIELDS) if (m.provenance[f] !== undefined) out.set(`p${SEP}${f}`, m.provenance[f]);
  return out;
}

function conflictOf(key: string, kept: string | undefined, replaced: string | undefined): MergeConflict {
  const [kind, a, b] = key.split(SEP) as [string, string, string | undefined];
  const values = { kept: kept ?? '', replaced: replaced ?? '' };
  if (kind === 'c') return { kind: 'cell', rowKey: a, stakeholderKey: b!, ...values };
  if (kind === 'n') return { kind: 'note', rowKey: a, stakeholderKey: b!, ...values };
  if (kind === 'r') return { kind: 'rowNote', rowKey: a, ...values };
  return { kind: 'detail', field: a, ...values };
}

function build(
  ours: RoleMatrix,
  rows: readonly MatrixRow[],
  stakeholders: readonly Stakeholder[],
  atoms: Atoms,
): RoleMatrix {
  const rowKeys = new Set(rows.map((r) => r.key));
  const shKeys = new Set(stakeholders.map((s) => s.key));
  const cells = rows.map((r) => stakeholders.map((s) => parseScore(atoms.get(`c${SEP}${r.key}${SEP}${s.key}`))));
  const notes: Record<string, string> = {};
  const rowNotes: Record<string, string> = {};
  const provenance: Record<string, string> = {};
  let country = ours.country;
  let countryCode: string | undefined;
  for (const [key, v] of atoms) {
    const [kind, a, b] = key.split(SEP) as [string, string, string | undefined];
    if (kind === 'n' && rowKeys.has(a) && shKeys.has(b!)) notes[`${a}${SEP}${b!}`] = v;
    else if (kind === 'r' && rowKeys.has(a)) rowNotes[a] = v;
    else if (kind === 'p') provenance[a] = v;
    else if (kind === 'd' && a === 'country') country = v;
    else if (kind === 'd' && a === 'countryCode') countryCode = v;
  }
  const { notes: _n, rowNotes: _r, countryCode: _c, ...rest } = ours;
  return {
    ...rest,
    country,
    ...(countryCode !== undefined ? { countryCode } : {}),
    rows,
    stakeholders,
    cells,
    ...(Object.keys(notes).length ? { notes } : {}),
    ...(Object.keys(rowNotes).length ? { rowNotes } : {}),
    provenance,
  };
}
