// A country re-imported from a JSON export of a ?data= country must be saved like any other (F6).
import { describe, expect, it } from 'vitest';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { exportWorkspaceJson, parseWorkspaceJson } from '../../src/io/workspace-json';
import { applyImportResults } from '../../src/state/import-outcome';
import { fromSaved, toSaved } from '../../src/state/persistence';

describe('saving re-imported countries', () => {
  const bundled = loadBundledMatrices();
  const start = addMatrices(EMPTY_WORKSPACE, bundled).workspace;

  it('saves a country that came back from the JSON export of a linked one', () => {
    const linked = {
      ...bundled[0]!,
      id: 'user:Kenya',
      country: 'Kenya',
      bundled: undefined,
      linked: 'https://x.org/kenya.csv',
    };
    // Even a hand-made JSON file that still carries the link must not keep it.
    const text = exportWorkspaceJson([linked]).replace(
      '"country": "Kenya"',
      '"linked": "https://x.org/kenya.csv", "country": "Kenya"',
    );
    const parsed = parseWorkspaceJson(text, 'w.json');
    expect(parsed.matrices[0]!.linked).toBe('https://x.org/kenya.csv');
    const out = applyImportResults(start, [{ fileName: 'w.json', format: 'json', ...parsed }]);
    expect(out.added[0]!.linked).toBeUndefined();
    const back = fromSaved(structuredClone(toSaved(out.workspace, out.added[0]!.id)), bundled)!;
    expect(back.workspace.matrices.map((m) => m.country)).toContain('Kenya');
  });

  it('still leaves out countries loaded from a ?data= link (the link reloads them)', () => {
    const out = applyImportResults(
      start,
      [
        {
          fileName: 'k.csv',
          format: 'long',
          matrices: [{ ...bundled[0]!, id: 'user:Kenya', country: 'Kenya', bundled: undefined }],
          problems: [],
        },
      ],
      undefined,
      () => 'https://x.org/k.csv',
    );
    expect(out.added[0]!.linked).toBe('https://x.org/k.csv');
    expect(toSaved(out.workspace, undefined).entries).toHaveLength(bundled.length);
  });
});
