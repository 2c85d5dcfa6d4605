// Property-based tests (fast-check): exports re-import unchanged, and the importer never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoleMatrix, Score } from '../../src/domain/matrix';
import { exportLongCsv, exportWideCsv, wideFileName } from '../../src/io/csv-export';
import { importCsvText } from '../../src/io/csv-import';
import { importBytes } from '../../src/io/import-files';
import { exportWorkspaceJson, parseWorkspaceJson } from '../../src/io/workspace-json';
import { cellsOf, gridFields, nameArb, stakeholdersOf, textArb } from './arbitraries';
import { said } from './said';

// Names as people type them, including formula starters, quotes, delimiters and Japanese.
const nameChars = fc.constantFrom(...'abcXYZ 0189=+-@\'",;|\t日本語（）・:：'.split(''), 'Note:', 'Source:', '出典：');
const name = nameArb(nameChars, 12, /^\s|\s$/);
const noteText = textArb(
  [...'ab 日\'"=+-@,;|'.split(''), '\r', '\n', '\t', '\u00A0', '\u3000', '\uFEFF', '＝', '＋', '－', '＠'],
  10,
);

const matrixArb = fc
  .record({
    country: name,
    ...gridFields(name, { services: 6, standard: 4, custom: 3, seed: 100 }),
    // Any text a note may hold: CR, LF, whitespace of every kind at either end, guard apostrophes, formula starters.
    note: fc.option(noteText, { nil: undefined }),
    customFirst: fc.boolean(),
    blankRow: fc.boolean(),
  })
  .filter((r) => r.standard.length + r.custom.length > 0)
  .map((r): RoleMatrix => {
    const services = r.services.map((id) => ({ key: id, x1060Id: id, label: id }));
    const custom = r.customRows.map((l) => ({ key: `custom:${l}`, label: l }));
    // Custom rows first (a country whose first row is "National coordination") or last.
    const rows = r.customFirst ? [...custom, ...services] : [...services, ...custom];
    const stakeholders = stakeholdersOf(r.standard, r.custom);
    const cells = cellsOf(rows.length, stakeholders.length, r.seed);
    // A last row with nothing under the stakeholders must not pass for a footnote.
    if (r.blankRow) cells[cells.length - 1] = stakeholders.map((): Score => null);
    const notes = r.note ? { [`${rows[0]!.key}\u0000${stakeholders[0]!.key}`]: r.note } : undefined;
    return {
      id: `user:${r.country}`,
      country: r.country,
      rows,
      stakeholders,
      cells,
      ...(notes ? { notes } : {}),
      provenance: { file: 'x.csv', source: r.country },
    };
  });
const workspaceArb = fc.uniqueArray(matrixArb, { minLength: 1, maxLength: 3, selector: (m) => m.country });

/** What a CSV keeps of a matrix (it has no provenance, and writes X.1060 rows by id). */
const csvView = (m: RoleMatrix) => ({
  country: m.country,
  rows: m.rows.map((r) => r.key),
  stakeholders: m.stakeholders.map((s) => [s.key, s.name]),
  cells: m.cells,
});

describe('exports re-import unchanged', () => {
  it('JSON workspace: every field, provenance, unknowns and notes included', () => {
    fc.assert(
      fc.property(workspaceArb, (ms) => {
        const back = parseWorkspaceJson(exportWorkspaceJson(ms), 'w.json');
        expect(back.problems).toEqual([]);
        expect(back.matrices).toEqual(ms);
      }),
      { numRuns: 200 },
    );
  });

  it('long CSV: countries, rows, stakeholders, scores and notes', () => {
    fc.assert(
      fc.property(workspaceArb, (ms) => {
        const back = importCsvText(exportLongCsv(ms), { fileName: 'x.csv' });
        expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(back.matrices.map(csvView)).toEqual(ms.map(csvView));
        expect(back.matrices.map((m) => m.notes ?? {})).toEqual(ms.map((m) => m.notes ?? {}));
      }),
      { numRuns: 200 },
    );
  });

  // The wide CSV carries one country's rows, stakeholders and scores (unknowns included); it cannot
  // carry the country's name (the file names it), cell or row notes, provenance, or the labels of
  // X.1060 rows (written as their ids).
  it('wide CSV per country, named after its file', () => {
    fc.assert(
      fc.property(
        matrixArb.filter((m) => [...m.country].every((ch) => ch >= ' ' && !'\\/:*?"<>|'.includes(ch))),
        (m) => {
          const back = importCsvText(exportWideCsv(m), { fileName: wideFileName(m.country) });
          expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
          expect(csvView(back.matrices[0]!)).toEqual(csvView(m));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the importer never throws', () => {
  const check = (r: ReturnType<typeof importBytes>) => {
    const errors = r.problems.filter((p) => p.severity === 'error');
    // Either countries and no error, or no country and at least one error.
    expect(errors.length > 0).toBe(r.matrices.length === 0);
    // Every problem that points into the file names a real line; only whole-file ones have none, and
    // a bad value of a JSON workspace, which names its path instead.
    for (const p of r.problems) {
      if (p.line === undefined)
        expect([
          'empty',
          'too-large',
          'unreadable',
          'more-errors',
          'group-heading',
          'bad-json-value',
          'encoding-guess',
          'unlisted-cells',
        ]).toContain(p.code);
      else expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
      if (p.code === 'bad-json-value') expect(said(p)).toMatch(/^matrices\[\d+\]/);
    }
  };
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => check(importBytes('f.csv', bytes))),
      { numRuns: 500 },
    );
  });
  it('on arbitrary text made of CSV-ish pieces', () => {
    const piece = fc.constantFrom(
      ',',
      ';',
      '\t',
      '|',
      '"',
      '\n',
      '\r\n',
      '\r',
      'A',
      'D-2',
      'NCSC',
      '7',
      '12',
      'NA',
      '-',
      ' ',
      'country',
      'service',
      'stakeholder',
      'score',
      'Total',
      '日本',
      '{',
      '"x1060-roles-workspace"',
      'Source: x',
      '注：',
      'note',
      "'=",
      '7,5',
      ',,,,,,',
      '\u3000',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (ps) =>
        check(importBytes('f.csv', new TextEncoder().encode(ps.join('')))),
      ),
      { numRuns: 1000 },
    );
  });
  it('on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) =>
        check(importBytes('f.csv', new TextEncoder().encode(s))),
      ),
      { numRuns: 500 },
    );
  });
});
