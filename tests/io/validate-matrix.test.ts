import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteKey, type RoleMatrix, type Score } from '../../src/domain/matrix';
import { SECTOR_GROUPS, STANDARD_STAKEHOLDERS } from '../../src/domain/stakeholders';
import { X1060_CATEGORIES, X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { importMessages } from '../../src/i18n/import-messages';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { readdirSync, readFileSync } from 'node:fs';
import { importCsvText } from '../../src/io/csv-import';
import { importBytes } from '../../src/io/import-files';
import { exportLongCsv } from '../../src/io/csv-export';
import { MATRIX_LIMITS, validateMatrix, validateMatrixList } from '../../src/io/validate-matrix';
import { exportWorkspaceJson, parseWorkspaceJson, toOwnMatrix } from '../../src/io/workspace-json';
import { said } from './said';

const [japan, usa] = loadBundledMatrices();
/** A workspace file holding these matrices as plain JSON values, for editing by hand. */
const fileOf = (matrices: unknown[]) => JSON.stringify({ format: 'x1060-roles-workspace', version: 1, matrices });
const plain = (m: RoleMatrix) => JSON.parse(JSON.stringify(m)) as Record<string, unknown>;
const errorOf = (value: unknown, path = 'm') => {
  const r = validateMatrix(value, path);
  return 'error' in r ? r.error : 'valid';
};

describe('validateMatrix', () => {
  it("refuses the issue's hostile workspace with the path of the bad value", () => {
    const text = fileOf([{ ...plain(japan!), rowNotes: { A: { evil: 1 } } }]);
    const r = parseWorkspaceJson(text, 'evil.json');
    expect(r.matrices).toEqual([]);
    expect(r.problems).toEqual([
      {
        severity: 'error',
        code: 'bad-json-value',
        params: { path: 'matrices[0].rowNotes.A', reason: 'expected-text' },
      },
    ]);
    expect(said(r.problems[0]!)).toBe('matrices[0].rowNotes.A: expected text');
    // The same words come through the CSV importer, which every picked or dropped file goes through.
    const viaImport = importCsvText(text, { fileName: 'evil.json' });
    expect(viaImport.matrices).toEqual([]);
    expect(viaImport.problems.map((p) => said(p))).toEqual(['matrices[0].rowNotes.A: expected text']);
  });

  it('says it in Japanese too', () => {
    const [p] = parseWorkspaceJson(fileOf([{ ...plain(japan!), rowNotes: { A: { evil: 1 } } }]), 'evil.json').problems;
    expect(importMessages.ja.problem(p!)).toBe('matrices[0].rowNotes.A：文字列が必要です');
    const cell = parseWorkspaceJson(
      fileOf([
        plain(japan!),
        plain({ ...usa!, id: 'u' }),
        {
          ...plain(japan!),
          id: 'x',
          cells: japan!.cells.map((row, r) => (r === 3 ? row.map((s, c) => (c === 1 ? 12 : s)) : row)),
        },
      ]),
      'w.json',
    ).problems[0]!;
    expect(said(cell)).toBe('matrices[2].cells[3][1]: score 12 is outside 0–10');
    expect(importMessages.ja.problem(cell)).toBe('matrices[2].cells[3][1]：スコア12は0〜10の範囲外です');
  });

  // Each mutation of Japan's matrix and the one sentence it gets.
  const m = () => plain(japan!);
  const rows = () => japan!.rows.map((r) => ({ ...r }));
  const cols = () => japan!.stakeholders.map((s) => ({ ...s }));
  const cases: [string, unknown, string][] = [
    ['not an object', [], 'm: expected an object'],
    ['no id', { ...m(), id: undefined }, 'm.id: expected text'],
    ['an empty id', { ...m(), id: ' ' }, 'm.id: expected text that is not empty'],
    ['a country that is a number', { ...m(), country: 7 }, 'm.country: expected text'],
    [
      'an over-long country',
      { ...m(), country: 'x'.repeat(100_001) },
      'm.country: text of 100,001 characters is over the limit of 100,000',
    ],
    ['a country code that is a list', { ...m(), countryCode: ['JP'] }, 'm.countryCode: expected text'],
    ['rows that are an object', { ...m(), rows: { A: 1 } }, 'm.rows: expected a list'],
    ['a row that is text', { ...m(), rows: ['A', ...rows().slice(1)] }, 'm.rows[0]: expected an object'],
    [
      'a row label that is an object',
      { ...m(), rows: rows().map((r, i) => (i === 2 ? { ...r, label: { x: 1 } } : r)) },
      'm.rows[2].label: expected text',
    ],
    [
      'an unknown X.1060 id',
      { ...m(), rows: rows().map((r, i) => (i === 1 ? { ...r, key: 'D-9', x1060Id: 'D-9' } : r)) },
      'm.rows[1].x1060Id: "D-9" is not an X.1060 category or service id',
    ],
    [
      'a key that is not its id',
      { ...m(), rows: rows().map((r, i) => (i === 1 ? { ...r, key: 'Z' } : r)) },
      'm.rows[1].key: key "Z" is not the row\'s X.1060 id "B"',
    ],
    [
      'a custom row key without its prefix',
      { ...m(), rows: rows().map((r, i) => (i === 1 ? { key: '__proto__', label: 'x' } : r)) },
      'm.rows[1].key: key "__proto__" of a row without an X.1060 id must start with "custom:"',
    ],
    [
      'a repeated row',
      { ...m(), rows: rows().map((r, i) => (i === 4 ? rows()[0] : r)) },
      'm.rows[4].key: key "A" is used twice (also at m.rows[0])',
    ],
    [
      'a key holding U+0000',
      { ...m(), rows: rows().map((r, i) => (i === 0 ? { key: 'custom:a\u0000b', label: 'a' } : r)) },
      'm.rows[0].key: a key may not hold the character U+0000',
    ],
    [
      'an unknown stakeholder type',
      { ...m(), stakeholders: cols().map((s, i) => (i === 0 ? { ...s, key: 'nsa', typeId: 'nsa' } : s)) },
      'm.stakeholders[0].typeId: "nsa" is not a standard stakeholder type',
    ],
    [
      'a stakeholder key that is not its type',
      { ...m(), stakeholders: cols().map((s, i) => (i === 0 ? { ...s, key: 'custom:x' } : s)) },
      `m.stakeholders[0].key: key "custom:x" is not the stakeholder's type "${japan!.stakeholders[0]!.typeId}"`,
    ],
    [
      'an unknown sector',
      { ...m(), stakeholders: cols().map((s, i) => (i === 1 ? { ...s, sector: 'military' } : s)) },
      'm.stakeholders[1].sector: "military" is not a sector (government, law-enforcement, private, academia, other)',
    ],
    [
      'cells missing a row',
      { ...m(), cells: japan!.cells.slice(1) },
      `m.cells: ${japan!.rows.length - 1} rows of cells, expected ${japan!.rows.length} (one per row)`,
    ],
    [
      'a short row of cells',
      { ...m(), cells: japan!.cells.map((row, r) => (r === 2 ? row.slice(1) : row)) },
      `m.cells[2]: ${japan!.stakeholders.length - 1} cells, expected ${japan!.stakeholders.length} (one per stakeholder)`,
    ],
    [
      'a cell that is text',
      { ...m(), cells: japan!.cells.map((row, r) => (r === 0 ? row.map((s, c) => (c === 2 ? '7' : s)) : row)) },
      'm.cells[0][2]: "7" is not a score (a number from 0 to 10, null for blank, or "unknown")',
    ],
    [
      'a negative cell',
      { ...m(), cells: japan!.cells.map((row, r) => (r === 8 ? row.map((s, c) => (c === 0 ? -1 : s)) : row)) },
      'm.cells[8][0]: score -1 is outside 0–10',
    ],
    [
      'a cell that is NaN (as a saved record can hold)',
      { ...m(), cells: japan!.cells.map((row, r) => (r === 0 ? row.map((s, c) => (c === 0 ? NaN : s)) : row)) },
      'm.cells[0][0]: NaN is not a score (a number from 0 to 10, null for blank, or "unknown")',
    ],
    [
      'a cell note that is an object',
      { ...m(), notes: { [noteKey('A', japan!.stakeholders[0]!.key)]: { toString: 1 } } },
      `m.notes["A\\u0000${japan!.stakeholders[0]!.key}"]: expected text`,
    ],
    [
      'a cell note of no cell',
      { ...m(), notes: { 'A\u0000nobody': 'x' } },
      'm.notes["A\\u0000nobody"]: no cell has the key "A\\u0000nobody" (a row key, U+0000, then a stakeholder key)',
    ],
    [
      'a note keyed __proto__',
      JSON.parse(`{"notes": {"__proto__": "x"}, ${JSON.stringify(m()).slice(1)}`),
      'm.notes.__proto__: no cell has the key "__proto__" (a row key, U+0000, then a stakeholder key)',
    ],
    ['row notes that are a list', { ...m(), rowNotes: ['x'] }, 'm.rowNotes: expected an object'],
    [
      'a row note of no row',
      { ...m(), rowNotes: { constructor: 'x' } },
      'm.rowNotes.constructor: no row has the key "constructor"',
    ],
    [
      'an over-long row note',
      { ...m(), rowNotes: { B: 'x'.repeat(100_001) } },
      'm.rowNotes.B: text of 100,001 characters is over the limit of 100,000',
    ],
    ['no provenance', { ...m(), provenance: undefined }, 'm.provenance: expected an object'],
    [
      'a provenance source that is a number',
      { ...m(), provenance: { source: 3 } },
      'm.provenance.source: expected text',
    ],
    ['a bundled flag that is text', { ...m(), bundled: 'yes' }, 'm.bundled: expected true or false'],
    ['a link that is an object', { ...m(), linked: {} }, 'm.linked: expected text'],
  ];
  it.each(cases)('refuses %s with its path', (_what, value, message) => {
    expect(errorOf(value)).toBe(message);
  });

  it('refuses a value that throws when read (a saved record is never trusted)', () => {
    const trap = Object.defineProperty({ ...m() }, 'country', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(errorOf(trap)).toBe('m: could not be read (boom)');
  });

  it('bounds the sizes', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `custom:${i}`, label: `${i}` }));
    expect(errorOf({ ...m(), rows: many(MATRIX_LIMITS.rows + 1) })).toBe(
      'm.rows: 2,001 entries are over the limit of 2,000',
    );
    const people = Array.from({ length: 600 }, (_, i) => ({ key: `custom:${i}`, name: `${i}`, sector: 'other' }));
    expect(errorOf({ ...m(), rows: many(1700), stakeholders: people, cells: [] })).toBe(
      'm.cells: 1,020,000 cells (rows × stakeholders) are over the limit of 1,000,000',
    );
    expect(errorOf({ ...m(), stakeholders: Array.from({ length: MATRIX_LIMITS.stakeholders + 1 }, () => ({})) })).toBe(
      'm.stakeholders: 20,001 entries are over the limit of 20,000',
    );
  });

  it('rebuilds the matrix from its known fields only', () => {
    const hostile = JSON.parse(
      `{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "extra": "<script>", ${JSON.stringify(m()).slice(1)}`,
    ) as object;
    const r = validateMatrix(
      { ...hostile, provenance: { source: 'S', evil: { a: 1 } }, rows: rows().map((x) => ({ ...x, onClick: 'x' })) },
      'm',
    );
    if (!('matrix' in r)) throw new Error(r.error);
    expect(Object.keys(r.matrix).sort()).toEqual([
      'bundled',
      'cells',
      'country',
      'countryCode',
      'id',
      'provenance',
      'rows',
      'stakeholders',
    ]);
    expect(Object.getPrototypeOf(r.matrix)).toBe(Object.prototype);
    expect(r.matrix.provenance).toStrictEqual({ source: 'S' });
    expect(r.matrix.rows[0]).toStrictEqual({ key: 'A', x1060Id: 'A', label: 'A' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A field missing from the value is missing from the matrix: never inherited ("constructor").
    expect('notes' in r.matrix).toBe(false);
  });

  it('keeps every field of a real matrix, shared nothing with the value', () => {
    const full: RoleMatrix = {
      ...japan!,
      notes: { [noteKey('A', japan!.stakeholders[1]!.key)]: 'n' },
      rowNotes: { A: 'https://x.org' },
      linked: 'https://x.org/j.csv',
    };
    const r = validateMatrix(full, 'm');
    if (!('matrix' in r)) throw new Error(r.error);
    expect(r.matrix).toStrictEqual(full);
    expect(r.matrix.cells[0]).not.toBe(full.cells[0]);
  });

  it('passes every matrix the app itself makes: the bundled countries and every fixture that imports', () => {
    const made = [...loadBundledMatrices()];
    for (const dir of ['tests/fixtures/import', 'tests/fixtures/seed']) {
      for (const f of readdirSync(dir).filter((n) => /\.(csv|tsv|txt)$/.test(n)))
        made.push(...importBytes(f, readFileSync(`${dir}/${f}`)).matrices);
    }
    expect(made.length).toBeGreaterThan(20);
    for (const m of made) expect(validateMatrix(m, m.country)).toStrictEqual({ matrix: m });
  });

  it('refuses two countries with one id in a list', () => {
    const r = validateMatrixList([japan, { ...usa, id: japan!.id }], 'matrices');
    expect('error' in r && r.error).toBe(`matrices[1].id: id "${japan!.id}" is used twice (also at matrices[0].id)`);
  });
});

// Matrices as the app makes them: X.1060 rows by id, custom rows and stakeholders under "custom:".
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const score: fc.Arbitrary<Score> = fc.oneof(
  fc.constant(null),
  fc.constant<Score>('unknown'),
  fc.integer({ min: 0, max: 10 }),
  fc.double({ min: 0, max: 10, noNaN: true }),
);
const ids = [...X1060_CATEGORIES.map((c) => c.id), ...X1060_SERVICES.map((s) => s.id)];
const matrixArb: fc.Arbitrary<RoleMatrix> = fc
  .record(
    {
      id: text.filter((s) => s.trim() !== '' && !s.includes('\u0000')),
      country: text.filter((s) => s.trim() !== ''),
      countryCode: text,
      x1060: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 8 }),
      customRows: fc.uniqueArray(
        text.filter((s) => !s.includes('\u0000')),
        { maxLength: 3 },
      ),
      standard: fc.uniqueArray(fc.constantFrom(...STANDARD_STAKEHOLDERS), { maxLength: 4, selector: (t) => t.id }),
      custom: fc.uniqueArray(
        text.filter((s) => !s.includes('\u0000')),
        { maxLength: 3 },
      ),
      sectors: fc.array(fc.constantFrom(...SECTOR_GROUPS), { minLength: 8, maxLength: 8 }),
      seed: fc.array(score, { minLength: 50, maxLength: 50 }),
      notes: fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 4 }),
      rowNotes: fc.array(fc.tuple(fc.nat(), text), { maxLength: 3 }),
      provenance: fc.record(
        { source: text, date: text, notes: text, caveat: text, file: text },
        { requiredKeys: [], noNullPrototype: true },
      ),
      bundled: fc.boolean(),
      linked: text,
    },
    {
      requiredKeys: [
        'id',
        'country',
        'x1060',
        'customRows',
        'standard',
        'custom',
        'sectors',
        'seed',
        'notes',
        'rowNotes',
        'provenance',
      ],
      noNullPrototype: true,
    },
  )
  .map((r): RoleMatrix => {
    const rowList = [
      ...r.x1060.map((id) => ({ key: id, x1060Id: id, label: id })),
      ...r.customRows.map((l) => ({ key: `custom:${l}`, label: l })),
    ];
    const stakeholders = [
      ...r.standard.map((t, i) => ({ key: t.id, name: t.nameEn, typeId: t.id, sector: r.sectors[i]! })),
      ...r.custom.map((n, i) => ({ key: `custom:${n}`, name: n, sector: r.sectors[4 + i]! })),
    ];
    const cells = rowList.map((_, i) => stakeholders.map((_, j) => r.seed[(i * 7 + j) % 50]!));
    const notes =
      rowList.length && stakeholders.length
        ? Object.fromEntries(
            r.notes.map(([i, j, t]) => [
              noteKey(rowList[i % rowList.length]!.key, stakeholders[j % stakeholders.length]!.key),
              t,
            ]),
          )
        : undefined;
    const rowNotes = rowList.length
      ? Object.fromEntries(r.rowNotes.map(([i, t]) => [rowList[i % rowList.length]!.key, t]))
      : undefined;
    return {
      id: r.id,
      country: r.country,
      ...(r.countryCode !== undefined ? { countryCode: r.countryCode } : {}),
      rows: rowList,
      stakeholders,
      cells,
      ...(notes ? { notes } : {}),
      ...(rowNotes ? { rowNotes } : {}),
      provenance: r.provenance,
      ...(r.bundled !== undefined ? { bundled: r.bundled } : {}),
      ...(r.linked !== undefined ? { linked: r.linked } : {}),
    };
  });

/** The value a path names, or undefined when some step of it is missing. */
function resolve(root: unknown, base: string, path: string): { found: boolean; parentFound: boolean } {
  expect(path.startsWith(base)).toBe(true);
  const steps = [...path.slice(base.length).matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(
    (s) => s[1] ?? (s[2] !== undefined ? Number(s[2]) : (JSON.parse(s[3]!) as string)),
  );
  // The path is made of these steps and nothing else.
  expect(path.slice(base.length).replace(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g, '')).toBe('');
  let v: unknown = root;
  for (const [i, s] of steps.entries()) {
    const has = typeof v === 'object' && v !== null && Object.prototype.hasOwnProperty.call(v, s);
    if (!has) return { found: false, parentFound: i === steps.length - 1 };
    v = (v as Record<string | number, unknown>)[s];
  }
  return { found: true, parentFound: true };
}

/** A JSON value with one place in it replaced, removed, or given an unknown field. */
function mutate(value: unknown, picks: readonly number[], replacement: unknown, kind: number): unknown {
  if (typeof value !== 'object' || value === null || picks.length === 0) return kind === 0 ? undefined : replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[picks[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...(value as unknown[])] as unknown as Record<string, unknown>)
    : { ...value };
  if (picks.length === 1 && kind === 1 && !Array.isArray(value)) copy[`x${picks[0]}`] = replacement;
  else copy[key] = mutate((value as Record<string, unknown>)[key], picks.slice(1), replacement, kind);
  return copy;
}

describe('validateMatrix properties (fast-check)', () => {
  it('passes every valid matrix unchanged, and the JSON export re-imports it equal', () => {
    fc.assert(
      fc.property(fc.uniqueArray(matrixArb, { minLength: 1, maxLength: 3, selector: (m) => m.id }), (ms) => {
        for (const [i, m] of ms.entries()) expect(validateMatrix(m, `matrices[${i}]`)).toStrictEqual({ matrix: m });
        const back = parseWorkspaceJson(exportWorkspaceJson(ms), 'w.json');
        expect(back.problems).toEqual([]);
        expect(back.matrices).toStrictEqual(ms.map(toOwnMatrix));
      }),
      { numRuns: 300 },
    );
  });

  it('passes what the CSV importer reads back from any exported workspace', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(matrixArb, { minLength: 1, maxLength: 3, selector: (m) => m.country.trim() }),
        (ms) => {
          const back = importCsvText(exportLongCsv(ms), { fileName: 'x.csv' });
          for (const m of back.matrices) expect(validateMatrix(m, 'm')).toStrictEqual({ matrix: m });
        },
      ),
      { numRuns: 200 },
    );
  });

  const check = (value: unknown) => {
    const r = validateMatrix(value, 'm');
    if ('matrix' in r) {
      // What passes is a matrix the views can draw, and checking it again changes nothing.
      expect(r.matrix.cells.length).toBe(r.matrix.rows.length);
      for (const row of r.matrix.cells) expect(row.length).toBe(r.matrix.stakeholders.length);
      expect(validateMatrix(r.matrix, 'm')).toStrictEqual(r);
    } else {
      expect(r.error.startsWith(`${r.fault.path}: `)).toBe(true);
      // The path leads into the value: to the bad value itself, or to where a missing one belongs.
      const { found, parentFound } = resolve(value, 'm', r.fault.path);
      expect(found || parentFound).toBe(true);
    }
  };

  it('never throws on random JSON values, and names a path when it refuses', () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 1000 });
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withMap: true,
          withDate: true,
          withTypedArray: true,
        }),
        (v) => {
          const r = validateMatrix(v, 'm');
          expect('matrix' in r || r.error.startsWith('m')).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated valid matrices: each passes as a matrix or is refused at a real path', () => {
    fc.assert(
      fc.property(
        matrixArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.integer({ min: 0, max: 2 }),
        (m, picks, replacement, kind) => {
          check(mutate(JSON.parse(JSON.stringify(m)), picks, replacement, kind));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the importer says what validateMatrix says about a mutated matrix in a workspace file', () => {
    fc.assert(
      fc.property(
        matrixArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.integer({ min: 0, max: 2 }),
        (m, picks, replacement, kind) => {
          const value = mutate(JSON.parse(JSON.stringify(m)), picks, replacement, kind);
          const r = importCsvText(fileOf([value]), { fileName: 'w.json' });
          const direct = validateMatrix(JSON.parse(JSON.stringify(value ?? null)), 'matrices[0]');
          if ('matrix' in direct) expect(r.problems).toEqual([]);
          else expect(r.problems.map((p) => [p.code, said(p)])).toEqual([['bad-json-value', direct.error]]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
