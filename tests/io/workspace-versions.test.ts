import { describe, expect, it } from 'vitest';
import type { CountryVersion } from '../../src/domain/versions';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { importCsvText } from '../../src/io/csv-import';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { exportWorkspaceJson, parseWorkspaceJson } from '../../src/io/workspace-json';
import { createAppStore } from '../../src/state/store';
import { describeProblemIn } from '../../src/state/import-outcome';
import { said } from './said';

const japan = loadBundledMatrices()[0]!;
const kenya = { ...japan, id: 'user:Kenya', country: 'Kenya', bundled: undefined };
const older = { ...kenya, cells: kenya.cells.map((row) => row.map(() => 3)) };
const versions: CountryVersion[] = [
  { id: 'v-1', countryId: 'user:Kenya', kind: 'before-import', at: '2026-12-01T10:00:00.000Z', matrix: older },
  {
    id: 'v-2',
    countryId: 'user:Kenya',
    kind: 'named',
    name: '2024 workshop',
    at: '2026-12-02T10:00:00.000Z',
    matrix: kenya,
  },
  {
    id: 'v-3',
    countryId: 'user:Gone',
    kind: 'before-remove',
    at: '2026-12-02T11:00:00.000Z',
    matrix: { ...older, id: 'user:Gone', country: 'Gone' },
  },
];

describe('versions in the JSON workspace', () => {
  it('come back from export → parse exactly, each with the index of its country in the file', () => {
    const back = parseWorkspaceJson(exportWorkspaceJson([kenya], versions), 'w.json');
    expect(back.problems).toEqual([]);
    expect(back.versions.map((v) => v.version)).toEqual(
      versions
        .map((v) => ({ ...v, matrix: { ...v.matrix, bundled: undefined } }))
        .map((v) => JSON.parse(JSON.stringify(v)) as CountryVersion),
    );
    expect(back.versions.map((v) => v.matrixIndex)).toEqual([0, 0, undefined]);
    expect(back.versions[0]!.version.matrix.cells[5]![2]).toBe(3);
  });

  it('refuse the whole file for a hostile version, naming its path', () => {
    const json = JSON.parse(exportWorkspaceJson([kenya], versions)) as { versions: unknown[] };
    json.versions[1] = { ...(json.versions[1] as object), kind: '<img src=x onerror=alert(1)>' };
    const back = parseWorkspaceJson(JSON.stringify(json), 'w.json');
    expect(back.matrices).toEqual([]);
    // Refused as any value of the workspace is: where and why, as values each language words.
    expect(back.problems[0]).toMatchObject({ code: 'bad-json-value', params: { path: 'versions[1].kind' } });
    expect(said(back.problems[0]!)).toBe(
      'versions[1].kind: expected one of before-import, before-remove, before-restore, named',
    );
    expect(describeProblemIn('ja', back.problems[0]!)).toContain(
      'versions[1].kind：before-import, before-remove, before-restore, named のいずれかが必要です',
    );
    json.versions[1] = { ...(json.versions[1] as object), kind: 'named', matrix: { ...kenya, cells: [[99]] } };
    expect(said(parseWorkspaceJson(JSON.stringify(json), 'w.json').problems[0]!)).toMatch(/^versions\[1\]\.matrix\./);
  });

  it('join the History on import under the id the country got ("Kenya (2)")', () => {
    const store = createAppStore();
    store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, [kenya]).workspace);
    store.setState({
      review: {
        files: [
          {
            key: 1,
            fileName: 'w.json',
            remap: {},
            result: importCsvText(exportWorkspaceJson([kenya], versions), { fileName: 'w.json' }),
          },
        ],
        choices: {},
        pasted: false,
      },
    });
    store.getState().confirmImport();
    const ids = store.getState().workspace.matrices.map((m) => [m.id, m.country]);
    expect(ids).toEqual([
      ['user:Kenya', 'Kenya'],
      ['user:Kenya (2)', 'Kenya (2)'],
    ]);
    // Under another country, a version gets an id of its own; the removed country's keeps its id.
    const got = store.getState().versions;
    expect(got.map((v) => v.countryId)).toEqual(['user:Kenya (2)', 'user:Kenya (2)', 'user:Gone']);
    expect(got.slice(0, 2).map((v) => /^v-[0-9a-z]+-[0-9a-z]{6}$/.test(v.id))).toEqual([true, true]);
    expect(got[2]!.id).toBe('v-3');
    expect(got.map((v) => v.matrix.cells)).toEqual(versions.map((v) => v.matrix.cells));
    expect(store.getState().status).toBe(
      'Imported 1 country from w.json: Kenya (2). "Kenya" was already loaded, so it joined as "Kenya (2)". 3 versions of these countries joined their History.',
    );
  });

  it('join beside the versions they were exported from when the workspace is imported again beside itself', () => {
    const store = createAppStore();
    store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, [kenya]).workspace);
    store.getState().loadVersions(versions.slice(0, 2));
    const result = importCsvText(exportWorkspaceJson([kenya], versions.slice(0, 2)), { fileName: 'w.json' });
    store.setState({
      review: { files: [{ key: 1, fileName: 'w.json', remap: {}, result }], choices: {}, pasted: false },
    });
    store.getState().confirmImport();
    expect(store.getState().versions.map((v) => v.countryId)).toEqual([
      'user:Kenya',
      'user:Kenya',
      'user:Kenya (2)',
      'user:Kenya (2)',
    ]);
  });

  it('leave out the versions of a country skipped in the review', () => {
    const store = createAppStore();
    store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, [kenya]).workspace);
    const result = importCsvText(exportWorkspaceJson([kenya], versions.slice(0, 2)), { fileName: 'w.json' });
    store.setState({
      review: {
        files: [{ key: 1, fileName: 'w.json', remap: {}, result }],
        choices: { '1\u0000Kenya': 'skip' },
        pasted: false,
      },
    });
    store.getState().confirmImport();
    expect(store.getState().versions).toEqual([]);
    expect(store.getState().status).toContain('2 versions of countries not imported were left out.');
  });
});
