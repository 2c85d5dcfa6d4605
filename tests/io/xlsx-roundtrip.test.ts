// "Export Excel" re-imports losslessly (a fast-check property over random matrices), and the
// exported workbook is read by a second, independent reader (exceljs): numbers as numbers, text as
// text (never a formula), fills, frozen panes, comments.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RoleMatrix } from '../../src/domain/matrix';
import { exportWorkbook, sheetNames, type WorkbookExportOptions } from '../../src/io/xlsx/export-workbook';
import { importWorkbook } from '../../src/io/xlsx/import-workbook';
import { splitWorkbook } from '../../src/io/xlsx/workbook-results';
import { cellsOf, gridFields, nameArb, stakeholdersOf, textArb } from './arbitraries';

const options: WorkbookExportOptions = {
  colours: (s) =>
    s === null
      ? { fill: '#f3f4f6', text: '#111827' }
      : s === 'unknown'
        ? { fill: '#e5e7eb', text: '#111827' }
        : s >= 7
          ? { fill: '#253494', text: '#ffffff' }
          : { fill: '#c7e9b4', text: '#000000' },
  threshold: 5,
  appVersion: '0.1.0',
  exportedAt: '2026-12-07T03:00:00.000Z',
};

// Text as people type it: formula starters (= + - @, full-width too), quotes, Japanese, apostrophes,
// and what XML or Excel escape (control characters, CR, "_x0041_").
const chars = fc.constantFrom(
  ...'abXY 09=+-@\'",;|日本語（）・:'.split(''),
  '＝',
  '＋',
  '_x0041_',
  'Source:',
  '出典：',
);
const name = nameArb(chars, 10, /^'|'$/);
const text = textArb(
  [...'ab 日\'"=+-@,;<&>'.split(''), '\r', '\n', '\t', '\u0001', '\u00A0', '\u3000', '＝', '_x000D_'],
  12,
);

const matrixArb = fc
  .record({
    ...gridFields(name, { services: 5, standard: 3, custom: 2, seed: 50 }),
    notes: fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 3 }),
    rationale: fc.option(text, { nil: undefined }),
    code: fc.option(fc.constantFrom('KE', 'JP', 'SG'), { nil: undefined }),
    provenance: fc.record(
      { source: text, date: fc.constantFrom('2024-05', '2026年'), notes: text, caveat: text, file: name },
      { requiredKeys: [] },
    ),
  })
  .filter((r) => r.standard.length + r.custom.length > 0)
  .map((r) => {
    const rows = [
      ...r.services.map((id) => ({ key: id, x1060Id: id, label: id })),
      ...r.customRows.map((l) => ({ key: `custom:${l}`, label: l })),
    ];
    const stakeholders = stakeholdersOf(r.standard, r.custom);
    const cells = cellsOf(rows.length, stakeholders.length, r.seed);
    const notes = Object.fromEntries(
      r.notes.map(([i, j, t]) => [
        `${rows[i % rows.length]!.key}\u0000${stakeholders[j % stakeholders.length]!.key}`,
        t,
      ]),
    );
    return {
      rows,
      stakeholders,
      cells,
      notes,
      rowNotes: r.rationale === undefined ? {} : { [rows[0]!.key]: r.rationale },
      countryCode: r.code,
      provenance: r.provenance,
    };
  });

const workspaceArb = fc
  .uniqueArray(name, { minLength: 1, maxLength: 3, selector: (s) => s.toLowerCase() })
  .chain((countries) =>
    fc.tuple(...countries.map(() => matrixArb)).map((ms) =>
      ms.map((m, i): RoleMatrix => ({
        id: `user:${i}`,
        country: countries[i]!,
        rows: m.rows,
        stakeholders: m.stakeholders,
        cells: m.cells,
        ...(Object.keys(m.notes).length > 0 ? { notes: m.notes } : {}),
        ...(Object.keys(m.rowNotes).length > 0 ? { rowNotes: m.rowNotes } : {}),
        ...(m.countryCode ? { countryCode: m.countryCode } : {}),
        provenance: m.provenance,
      })),
    ),
  );

/** What a workbook must carry of a matrix. */
const carried = (m: RoleMatrix) => ({
  country: m.country,
  countryCode: m.countryCode,
  rows: m.rows.map((r) => ({ key: r.key, label: r.label })),
  stakeholders: m.stakeholders.map((s) => ({ key: s.key, name: s.name })),
  cells: m.cells,
  notes: m.notes ?? {},
  rowNotes: m.rowNotes ?? {},
  provenance: m.provenance,
});

/** The workbook as another program leaves it after a save: its own name in docProps/app.xml. */
function savedBy(bytes: Uint8Array, application: string): Uint8Array {
  const files = unzipSync(bytes);
  const app = strFromU8(files['docProps/app.xml']!);
  expect(app).toContain('<Application>X.1060 roles</Application>');
  files['docProps/app.xml'] = strToU8(
    app.replace(/<Application>[^<]*<\/Application>/, `<Application>${application}</Application>`),
  );
  return zipSync(files);
}

describe('Export Excel re-imports losslessly', () => {
  it('knows its own workbook after LibreOffice or Excel saved it (by its sources sheet), not only by app.xml', () => {
    fc.assert(
      fc.property(workspaceArb, (matrices) => {
        const bytes = savedBy(exportWorkbook(matrices, options), 'LibreOffice/24.2.7.2$Linux_X86_64');
        const parts = splitWorkbook(importWorkbook('x.xlsx', bytes));
        // Not "metrics" or "sources" as countries, and `long` skipped: every country once.
        expect(parts.map((p) => p.sheet?.name)).toEqual([...sheetNames(matrices.map((m) => m.country)), 'long']);
        expect(parts.at(-1)!.sheet?.skipped).toBe('duplicate');
        expect(
          parts
            .slice(0, -1)
            .flatMap((p) => p.matrices)
            .map(carried),
        ).toEqual(matrices.map(carried));
      }),
      { numRuns: 25 },
    );
  });

  it('does not take a workbook for its own without the app line in a sources sheet of its header', () => {
    const m: RoleMatrix = {
      id: 'user:0',
      country: 'Kenya',
      rows: [{ key: 'A', x1060Id: 'A', label: 'A' }],
      stakeholders: stakeholdersOf([], ['NCSC']),
      cells: [[7]],
      provenance: {},
    };
    const files = unzipSync(savedBy(exportWorkbook([m], options), 'Microsoft Excel'));
    const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    // The app's line taken out of every sheet (a workbook that only looks like one of ours).
    for (const f of sheets) files[f] = strToU8(strFromU8(files[f]!).replace(/X\.1060 roles 0\.1\.0/g, 'Someone else'));
    const shared = files['xl/sharedStrings.xml'];
    if (shared)
      files['xl/sharedStrings.xml'] = strToU8(strFromU8(shared).replace(/X\.1060 roles 0\.1\.0/g, 'Someone else'));
    const parts = splitWorkbook(importWorkbook('x.xlsx', zipSync(files)));
    expect(parts.map((p) => p.sheet?.name)).toContain('metrics');
  });

  it('gives back every score, unknown, note, rationale, ISO code and provenance (any text)', () => {
    fc.assert(
      fc.property(workspaceArb, (matrices) => {
        const parts = splitWorkbook(importWorkbook('x.xlsx', exportWorkbook(matrices, options)));
        // A sheet per country, then `long` (skipped by default: the same countries again).
        expect(parts.map((p) => p.sheet?.name)).toEqual([...sheetNames(matrices.map((m) => m.country)), 'long']);
        expect(parts.at(-1)!.sheet?.skipped).toBe('duplicate');
        const countries = parts.slice(0, -1);
        for (const p of countries) expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
        expect(countries.flatMap((p) => p.matrices).map(carried)).toEqual(matrices.map(carried));
        // The long sheet alone gives the same scores and notes.
        const long = parts.at(-1)!.matrices;
        expect(long.map((m) => [m.country, m.cells, m.notes ?? {}])).toEqual(
          matrices.map((m) => [m.country, m.cells, m.notes ?? {}]),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('the exported workbook read by another reader (exceljs)', () => {
  const kenya: RoleMatrix = {
    id: 'user:ke',
    country: 'Kenya',
    countryCode: 'KE',
    rows: [
      { key: 'D-2', x1060Id: 'D-2', label: 'D-2' },
      { key: 'custom:=HYPERLINK("x")', label: '=HYPERLINK("x")' },
    ],
    stakeholders: [
      { key: 'ncsc', name: 'NCSC', typeId: 'ncsc', sector: 'government' },
      { key: 'custom:@ministry', name: '@Ministry', sector: 'other' },
    ],
    cells: [
      [9, 'unknown'],
      [null, 2.5],
    ],
    notes: { 'D-2\u0000ncsc': 'Leads since 2022' },
    rowNotes: { 'D-2': 'Act of 2021, s. 4' },
    provenance: { source: 'Survey', date: '2024-05' },
  };

  it('holds numbers as numbers, text as text, the palette’s fills, frozen labels and comments', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(exportWorkbook([kenya], options)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kenya', 'long', 'metrics', 'sources']);
    const ws = wb.getWorksheet('Kenya')!;
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(1)).toEqual(['service', 'name', 'NCSC', '@Ministry', 'rationale']);
    expect(row(2)).toEqual(['D-2', 'Incident handling', 9, '?', 'Act of 2021, s. 4']);
    // Text that a spreadsheet would run is text, never a formula.
    expect(ws.getCell('A3').value).toBe('=HYPERLINK("x")');
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D3').value).toBe(2.5);
    expect(ws.getCell('C3').value).toBeNull();
    expect(ws.getCell('C2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF253494' } });
    expect(ws.getCell('C2').font.color).toEqual({ argb: 'FFFFFFFF' });
    expect(ws.getCell('D3').fill).toMatchObject({ fgColor: { argb: 'FFC7E9B4' } });
    expect(ws.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFF3F4F6' } });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(ws.getCell('C2').note).toBe('Leads since 2022');
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('Incident handling'.length);
    const long = wb.getWorksheet('long')!;
    expect((long.getRow(2).values as unknown[]).slice(1)).toEqual(['Kenya', 'D-2', 'NCSC', 9, 'Leads since 2022']);
    const metrics = wb.getWorksheet('metrics')!;
    expect(metrics.getCell('C1').value).toBe('Coverage (share, 0–1)');
    expect(typeof metrics.getCell('C2').value).toBe('number');
    const sources = wb.getWorksheet('sources')!;
    expect((sources.getRow(2).values as unknown[]).slice(1, 6)).toEqual(['Kenya', 'Kenya', 'KE', 'Survey', '2024-05']);
    expect(sources.getCell('B4').value).toBe('X.1060 roles 0.1.0');
    expect(sources.getCell('B5').value).toBe('2026-12-07T03:00:00.000Z');
  });

  it('names sheets as Excel allows: no []:*?/\\, 31 characters at most, unique, never a summary sheet’s name', () => {
    expect(sheetNames(['a/b', 'A/B', 'long', 'x'.repeat(40), "'quoted'", ''])).toEqual([
      'a_b',
      'A_B (2)',
      'long (2)',
      'x'.repeat(31),
      'quoted',
      'Country',
    ]);
  });
});
