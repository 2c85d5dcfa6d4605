import { describe, expect, it } from 'vitest';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { exportWorkspaceJson, parseWorkspaceJson, toOwnMatrix } from '../../src/io/workspace-json';

describe('JSON workspace export', () => {
  const japan = loadBundledMatrices()[0]!;
  const linked = {
    ...japan,
    id: 'user:Linked',
    country: 'Linked',
    bundled: undefined,
    linked: 'https://example.org/l.csv',
  };

  it("writes countries as the user's own: no bundled flag, no ?data= link", () => {
    const back = parseWorkspaceJson(exportWorkspaceJson([japan, linked]), 'w.json');
    expect(back.problems).toEqual([]);
    expect(back.matrices.map((m) => ['bundled' in m, 'linked' in m])).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(back.matrices[1]!.cells).toEqual(linked.cells);
  });

  it('toOwnMatrix drops only the two flags', () => {
    const { linked: _l, bundled: _b, ...rest } = linked;
    expect(toOwnMatrix(linked)).toEqual(rest);
    expect(toOwnMatrix(rest)).toEqual(rest);
  });
});
