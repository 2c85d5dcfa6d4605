import { describe, expect, it } from 'vitest';
import { noteKey, type RoleMatrix } from '../../src/domain/matrix';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { importCsvText } from '../../src/io/csv-import';
import { exportLongCsv } from '../../src/io/csv-export';
import { exportWorkspaceJson } from '../../src/io/workspace-json';
import { applyImportResults } from '../../src/state/import-outcome';
import { planImport } from '../../src/state/replace-plan';
import { replaceMessages } from '../../src/i18n/replace-messages';
import { candidateKey } from '../../src/state/import-slice';
import { createAppStore } from '../../src/state/store';

const read = (text: string, fileName: string) => importCsvText(text, { fileName });
const kenyaCsv = (score: number, fileName: string) =>
  read(`country,service,stakeholder,score\nKenya,D-2,NCSC,${score}\n`, fileName);

/** Bundled countries, then the user's Kenya with a row rationale, a source and an ISO code. */
function workspaceWithKenya() {
  const kenya: RoleMatrix = {
    ...kenyaCsv(1, 'kenya.csv').matrices[0]!,
    countryCode: 'KE',
    rowNotes: { 'D-2': 'Cyber law 2025, art. 12' },
    provenance: { source: 'Ministry survey', file: 'kenya.csv' },
  };
  return addMatrices(EMPTY_WORKSPACE, [...loadBundledMatrices(), kenya]).workspace;
}
const replaceAll = () => 'replace' as const;
const names = (ws: { matrices: readonly RoleMatrix[] }) => ws.matrices.map((m) => m.country);
const kenyaOf = (ws: { matrices: readonly RoleMatrix[] }, name = 'Kenya') =>
  ws.matrices.find((m) => m.country === name)!;

describe('two incoming countries set to replace the same loaded one', () => {
  const ws = workspaceWithKenya();
  const a = kenyaCsv(5, 'a.csv');
  const b = kenyaCsv(7, 'b.csv');

  it('across two files: a contest, and unpicked none replaces it, both join beside it, and the status says so', () => {
    const plan = planImport(ws, [a, b], replaceAll);
    expect(plan.contests.map((c) => [c.target.id, c.candidates, c.chosen])).toEqual([
      [
        'user:Kenya',
        [
          { fileIndex: 0, matrixIndex: 0 },
          { fileIndex: 1, matrixIndex: 0 },
        ],
        'keep-all',
      ],
    ]);
    const out = applyImportResults(ws, [a, b], replaceAll);
    expect(names(out.workspace).slice(3)).toEqual(['Kenya', 'Kenya (2)', 'Kenya (3)']);
    expect(kenyaOf(out.workspace)).toBe(ws.matrices[3]);
    expect(out.status).toBe(
      'Imported 1 country from a.csv: Kenya (2). "Kenya" joined as "Kenya (2)", beside the loaded one: none replaced it, as chosen. ' +
        'Imported 1 country from b.csv: Kenya (3). "Kenya" joined as "Kenya (3)", beside the loaded one: none replaced it, as chosen.',
    );
  });

  it('across two files: the one picked replaces it (keeping its rationale, code and source), the other joins beside it', () => {
    const out = applyImportResults(ws, [a, b], replaceAll, undefined, 'en', () => ({ fileIndex: 1, matrixIndex: 0 }));
    expect(names(out.workspace).slice(3)).toEqual(['Kenya', 'Kenya (2)']);
    const kenya = kenyaOf(out.workspace);
    expect([kenya.id, kenya.cells, kenya.rowNotes, kenya.countryCode, kenya.provenance.source]).toEqual([
      'user:Kenya',
      [[7]],
      { 'D-2': 'Cyber law 2025, art. 12' },
      'KE',
      'Ministry survey',
    ]);
    expect(kenyaOf(out.workspace, 'Kenya (2)').cells).toEqual([[5]]);
    expect(out.status).toBe(
      'Imported 1 country from a.csv: Kenya (2). "Kenya" joined as "Kenya (2)": "Kenya" from b.csv replaced the loaded one, as chosen. ' +
        'Imported 1 country from b.csv: Kenya. "Kenya" replaced the country of that name, keeping its row rationales (1), ISO code and source (CSV files do not carry them).',
    );
  });

  it('a pick that is not among them (a file re-read since) replaces nothing', () => {
    const plan = planImport(ws, [a, b], replaceAll, () => ({ fileIndex: 0, matrixIndex: 3 }));
    expect(plan.contests[0]!.chosen).toBe('keep-all');
    expect(plan.actions.flat().map((x) => x.kind)).toEqual(['add', 'add']);
  });

  it('one set to replace it and the other kept beside: no contest', () => {
    const plan = planImport(ws, [a, b], (i) => (i === 0 ? 'replace' : 'keep-both'));
    expect(plan.contests).toEqual([]);
    expect(plan.actions.flat().map((x) => x.kind)).toEqual(['replace', 'add']);
  });

  it('within one JSON workspace of two "Kenya": a contest between its two countries', () => {
    const two = [
      kenyaCsv(2, 'x.csv').matrices[0]!,
      { ...kenyaCsv(8, 'x.csv').matrices[0]!, id: 'user:Kenya (2)', rowNotes: { 'D-2': 'JSON rationale' } },
    ];
    const json = read(exportWorkspaceJson(two), 'x1060-workspace.json');
    expect(names(json)).toEqual(['Kenya', 'Kenya']);
    const plan = planImport(ws, [json], replaceAll);
    expect(plan.contests[0]!.candidates).toEqual([
      { fileIndex: 0, matrixIndex: 0 },
      { fileIndex: 0, matrixIndex: 1 },
    ]);
    const out = applyImportResults(ws, [json], replaceAll, undefined, 'en', () => ({ fileIndex: 0, matrixIndex: 1 }));
    expect(names(out.workspace).slice(3)).toEqual(['Kenya', 'Kenya (2)']);
    // A JSON workspace carries rationales, code and provenance: its values win, and what it lacks is dropped (and said).
    const kenya = kenyaOf(out.workspace);
    expect([kenya.cells, kenya.rowNotes, kenya.countryCode, kenya.provenance]).toEqual([
      [[8]],
      { 'D-2': 'JSON rationale' },
      undefined,
      { file: 'x.csv' },
    ]);
    expect(out.status).toBe(
      'Imported 2 countries from x1060-workspace.json: Kenya, Kenya (2). "Kenya" replaced the country of that name and dropped the ISO code and the source; ' +
        '"Kenya" joined as "Kenya (2)": "Kenya" from x1060-workspace.json replaced the loaded one, as chosen.',
    );
  });
});

describe('replacing from a CSV export', () => {
  it('keeps the row rationales, ISO code and source that a CSV cannot carry, and says so in both languages', () => {
    const ws = workspaceWithKenya();
    const exported = read(exportLongCsv([kenyaOf(ws)]), 'x1060-roles.csv');
    const out = applyImportResults(ws, [exported], replaceAll);
    const kenya = kenyaOf(out.workspace);
    expect([kenya.rowNotes, kenya.countryCode, kenya.provenance]).toEqual([
      { 'D-2': 'Cyber law 2025, art. 12' },
      'KE',
      { source: 'Ministry survey', file: 'x1060-roles.csv' },
    ]);
    expect(out.status).toBe(
      'Imported 1 country from x1060-roles.csv: Kenya. "Kenya" replaced the country of that name, keeping its row rationales (1), ISO code and source (CSV files do not carry them).',
    );
    expect(applyImportResults(ws, [exported], replaceAll, undefined, 'ja').status).toBe(
      'x1060-roles.csvから1か国を読み込みました：Kenya。「Kenya」で同名の国を置き換え、行の根拠（1件）、ISOコード、出典は残しました（CSVファイルには含まれないため）。',
    );
  });

  it('names what is dropped first: the rationale and cell note of a row the file does not have', () => {
    const base = workspaceWithKenya();
    const kenya = kenyaOf(base);
    const withD3: RoleMatrix = {
      ...kenya,
      rows: [...kenya.rows, { key: 'D-3', x1060Id: 'D-3', label: 'D-3' }],
      cells: [...kenya.cells, [4]],
      rowNotes: { ...kenya.rowNotes, 'D-3': 'Annual report' },
      notes: { [noteKey('D-3', 'ncsc')]: 'assists' },
    };
    const ws = { matrices: base.matrices.map((m) => (m === kenya ? withD3 : m)) };
    const out = applyImportResults(
      ws,
      [kenyaCsv(6, 'k.csv'), read('country,service,stakeholder,score\nJapan,A,NCSC,1\n', 'jp.csv')],
      replaceAll,
    );
    expect(kenyaOf(out.workspace).rowNotes).toEqual({ 'D-2': 'Cyber law 2025, art. 12' });
    expect(kenyaOf(out.workspace).notes).toBeUndefined();
    expect(out.status).toBe(
      'Imported 1 country from k.csv: Kenya. "Kenya" replaced the country of that name, keeping its row rationales (1), ISO code and source (CSV files do not carry them), and dropped the rationale of row D-3 and 1 cell note. ' +
        'Imported 1 country from jp.csv: Japan (2). "Japan" was already loaded, so it joined as "Japan (2)".',
    );
  });
});

describe('what the review says a replacement keeps and drops', () => {
  it('names at most five dropped rows, and says "it" of one field kept', () => {
    const en = replaceMessages.en;
    expect(en.dropped('Kenya', ['A', 'B', 'C', 'D', 'E', 'F', 'G'], 4, ['countryCode'])).toBe(
      'Replacing Kenya drops what the incoming one does not have: the rationales of 7 rows (A, B, C, D, E and 2 more), 4 cell notes and the ISO code.',
    );
    expect(en.kept('Kenya', 0, 0, ['source'])).toBe(
      "Kenya's source is kept from the loaded country: CSV files do not carry it.",
    );
    expect(replaceMessages.ja.dropped('Kenya', ['A', 'B'], 0, [])).toBe(
      'Kenyaを置き換えると、読み込む側にないもの（2行（A、B）の根拠）は失われます。',
    );
  });
});

describe('the store', () => {
  it('applies the pick made in the review among two files set to replace one country', async () => {
    const store = createAppStore();
    store.getState().loadWorkspace(workspaceWithKenya());
    const file = (text: string, name: string) => new File([text], name, { type: 'text/csv' });
    await store
      .getState()
      .importFiles([
        file('country,service,stakeholder,score\nKenya,D-2,NCSC,5\n', 'a.csv'),
        file('country,service,stakeholder,score\nKenya,D-2,NCSC,7\n', 'b.csv'),
      ]);
    const [fa, fb] = store.getState().review!.files;
    store.getState().chooseConflict(fa!.key, 'Kenya', 'replace');
    store.getState().chooseConflict(fb!.key, 'Kenya', 'replace');
    store.getState().chooseReplacement('user:Kenya', candidateKey(fa!.key, 0));
    store.getState().confirmImport();
    const ws = store.getState().workspace;
    expect(names(ws).slice(3)).toEqual(['Kenya', 'Kenya (2)']);
    expect([kenyaOf(ws).cells, kenyaOf(ws, 'Kenya (2)').cells, kenyaOf(ws).rowNotes]).toEqual([
      [[5]],
      [[7]],
      { 'D-2': 'Cyber law 2025, art. 12' },
    ]);
    expect(store.getState().status).toContain(
      'Imported 1 country from b.csv: Kenya (2). "Kenya" joined as "Kenya (2)": "Kenya" from a.csv replaced the loaded one, as chosen.',
    );
  });
});
