import { describe, expect, it } from 'vitest';
import { applyImportResults } from '../../src/state/import-outcome';
import { createAppStore } from '../../src/state/store';
import { importCsvText } from '../../src/io/csv-import';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';

const good = importCsvText('country,service,stakeholder,score\nKenya,D-2,NCSC,9\n', { fileName: 'kenya.csv' });
const bad = importCsvText('country,service,stakeholder,score\nZambia,A,NCSC,5\nZambia,B,NCSC,15\n', {
  fileName: 'zambia.csv',
});
const japanAgain = importCsvText('country,service,stakeholder,score\nJapan,A,NCSC,1\n', { fileName: 'jp.csv' });

describe('applyImportResults', () => {
  const start = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;

  it('adds good files, rejects bad ones whole, and announces both', () => {
    const out = applyImportResults(start, [good, bad]);
    expect(out.workspace.matrices.map((m) => m.country)).toEqual(['Japan', 'United States', 'Singapore', 'Kenya']);
    expect(out.status).toBe('Imported 1 country from kenya.csv: Kenya.');
    expect(out.alert).toBe(
      'Could not import zambia.csv: 1 error. line 3, column 4 (D, score): score 15 is outside 0–10. Nothing from this file was loaded.',
    );
  });

  it("imports a country as the user's own: bundled and ?data= flags are dropped, a link is set only when given", () => {
    const flagged = {
      ...good,
      matrices: good.matrices.map((m) => ({ ...m, bundled: true, linked: 'https://x.org/k.csv' })),
    };
    const own = applyImportResults(start, [flagged]).added[0]!;
    expect(['bundled' in own, 'linked' in own]).toEqual([false, false]);
    expect(applyImportResults(start, [flagged], undefined, () => 'k.csv').added[0]!.linked).toBe('k.csv');
  });

  it('leaves the workspace exactly as it was when every file fails', () => {
    const out = applyImportResults(start, [bad]);
    expect(out.workspace).toBe(start);
    expect(out.status).toBe('');
  });

  it('never replaces a loaded country: a same-named one joins renamed, and says so', () => {
    const out = applyImportResults(start, [japanAgain]);
    expect(out.workspace.matrices.map((m) => m.country)).toEqual(['Japan', 'United States', 'Singapore', 'Japan (2)']);
    expect(out.workspace.matrices[0]).toBe(start.matrices[0]);
    expect(out.status).toContain('"Japan" was already loaded, so it joined as "Japan (2)"');
  });
});

describe('a file of many countries', () => {
  const text = [
    'country,service,stakeholder,score',
    ...Array.from({ length: 14 }, (_, i) => `C${i + 1},D-2,NCSC,${i % 11}`),
  ].join('\n');
  const many = importCsvText(text, { fileName: 'many.csv' });
  const start = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;

  it('names the first ten countries in the status and counts the rest', () => {
    const out = applyImportResults(start, [many]);
    expect(out.added).toHaveLength(14);
    expect(out.status).toBe('Imported 14 countries from many.csv: C1, C2, C3, C4, C5, C6, C7, C8, C9, C10 and 4 more.');
    expect(applyImportResults(start, [many], undefined, undefined, 'ja').status).toBe(
      'many.csvから14か国を読み込みました：C1、C2、C3、C4、C5、C6、C7、C8、C9、C10ほか4件。',
    );
  });

  it('lists at most five renamings and counts the rest', () => {
    const twice = applyImportResults(applyImportResults(start, [many]).workspace, [many]);
    expect(twice.status).toMatch(
      /: C1 \(2\), .*, C10 \(2\) and 4 more\. "C1" was already loaded, so it joined as "C1 \(2\)"; .*"C5" was already loaded, so it joined as "C5 \(2\)" and 9 more\.$/,
    );
  });
});

describe('store', () => {
  it('selects the first imported country and keeps the selection when an import fails', () => {
    const store = createAppStore();
    store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
    expect(store.getState().selectedId).toBe('bundled:japan.csv');
    store.getState().applyImports([bad]);
    expect(store.getState().selectedId).toBe('bundled:japan.csv');
    expect(store.getState().alert).toContain('line 3');
    store.getState().applyImports([good]);
    expect(store.getState().selectedId).toBe('user:Kenya');
    expect(store.getState().alert).toBe('');
  });
});

describe('announcements in Japanese', () => {
  it('say in Japanese what was imported and what was rejected, with line and column', () => {
    const start = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
    const out = applyImportResults(start, [good, bad, japanAgain], undefined, undefined, 'ja');
    expect(out.status).toBe(
      'kenya.csvから1か国を読み込みました：Kenya。jp.csvから1か国を読み込みました：Japan (2)。「Japan」はすでにあるため「Japan (2)」として追加しました。',
    );
    expect(out.alert).toContain('zambia.csvを読み込めませんでした：エラー1件。');
    expect(out.alert).toContain('3行目');
    expect(out.alert).toContain('このファイルからは何も読み込んでいません。');
  });
});
