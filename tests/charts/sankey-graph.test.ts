import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, SECTOR_COLORS } from '../../src/charts/sankey/sankey-colors';
import { buildSankeyGraph } from '../../src/charts/sankey/sankey-graph';
import { opts, SMALL } from './sankey-fixture';

const r3 = (v: number) => Math.round(v * 1000) / 1000;
const flows = (o = opts()) => Object.fromEntries(buildSankeyGraph(SMALL, o).links.map((l) => [l.id, r3(l.value)]));
const ids = (o = opts()) => buildSankeyGraph(SMALL, o).columns.map((c) => c.map((n) => n.id));

describe('buildSankeyGraph', () => {
  it('draws one link per positive score; blank, 0 and unknown draw nothing and are counted', () => {
    const g = buildSankeyGraph(SMALL, opts());
    expect(flows()).toEqual({
      'l:A|ncsc': 10,
      'l:A|psirt': 5,
      'l:B|academia': 4,
      'l:C|ncsc': 2,
      'l:C|psirt': 8,
      'l:C|academia': 6,
    });
    expect(g.summary).toEqual({
      drawn: 6,
      notInvolved: 2,
      belowMin: 0,
      unknown: 1,
      unknownCells: ['B Real-time analysis → PSIRT'],
      total: 35,
    });
    const node = Object.fromEntries(g.columns.flat().map((n) => [n.id, [n.value, n.raw, n.cells, n.unknown]]));
    expect(node).toEqual({
      'r:A': [15, 15, 2, 0],
      'r:B': [4, 4, 1, 1],
      'r:C': [16, 16, 3, 0],
      's:ncsc': [12, 12, 2, 0],
      's:psirt': [13, 13, 2, 1],
      's:academia': [10, 10, 2, 0],
    });
  });

  it('hides and counts cells below the minimum score', () => {
    const g = buildSankeyGraph(SMALL, opts({ minScore: 5 }));
    expect(flows(opts({ minScore: 5 }))).toEqual({ 'l:A|ncsc': 10, 'l:A|psirt': 5, 'l:C|psirt': 8, 'l:C|academia': 6 });
    expect(g.summary.belowMin).toBe(2);
    expect(g.summary.drawn).toBe(4);
    expect(g.columns[0]!.find((n) => n.id === 'r:B')!.value).toBe(0);
  });

  it('normalises each row to 100 so that every service weighs the same', () => {
    const g = buildSankeyGraph(SMALL, opts({ normalise: true }));
    expect(flows(opts({ normalise: true }))).toEqual({
      'l:A|ncsc': 66.667,
      'l:A|psirt': 33.333,
      'l:B|academia': 100,
      'l:C|ncsc': 12.5,
      'l:C|psirt': 50,
      'l:C|academia': 37.5,
    });
    for (const row of g.columns[0]!)
      expect(r3(g.links.filter((l) => l.source === row.id).reduce((a, l) => a + l.value, 0))).toBe(100);
    expect(g.columns[0]!.map((n) => r3(n.value))).toEqual([100, 100, 100]);
    // the raw scores and each cell's share stay available for tooltips and the table
    expect(g.links.map((l) => [l.raw, r3(l.shareOfRow!)])).toEqual([
      [10, 0.667],
      [5, 0.333],
      [4, 1],
      [2, 0.125],
      [8, 0.5],
      [6, 0.375],
    ]);
  });

  it('normalises after filtering, so a filtered row still sums to 100', () => {
    const g = buildSankeyGraph(SMALL, opts({ normalise: true, minScore: 5 }));
    expect(g.links.filter((l) => l.source === 'r:C').map((l) => r3(l.value))).toEqual([57.143, 42.857]);
  });

  it('orders nodes in X.1060 order or by flow, largest first', () => {
    expect(ids()).toEqual([
      ['r:A', 'r:B', 'r:C'],
      ['s:ncsc', 's:psirt', 's:academia'],
    ]);
    expect(ids(opts({ order: 'flow' }))).toEqual([
      ['r:C', 'r:A', 'r:B'],
      ['s:psirt', 's:ncsc', 's:academia'],
    ]);
    const shuffled = {
      ...SMALL,
      rows: [SMALL.rows[2]!, SMALL.rows[0]!, SMALL.rows[1]!],
      values: [SMALL.values[2]!, SMALL.values[0]!, SMALL.values[1]!],
    };
    expect(buildSankeyGraph(shuffled, opts()).columns[0]!.map((n) => n.id)).toEqual(['r:A', 'r:B', 'r:C']);
  });

  it('reverses direction: stakeholders on the left, links from stakeholder to service', () => {
    const g = buildSankeyGraph(SMALL, opts({ direction: 'reverse' }));
    expect(g.columns.map((c) => c.map((n) => n.id))).toEqual([
      ['s:ncsc', 's:psirt', 's:academia'],
      ['r:A', 'r:B', 'r:C'],
    ]);
    expect(g.links[0]).toMatchObject({ id: 'l:A|ncsc', source: 's:ncsc', target: 'r:A', value: 10 });
  });

  it("adds a column of sector groups carrying each stakeholder's total", () => {
    const g = buildSankeyGraph(SMALL, opts({ showSectors: true }));
    expect(g.columns.map((c) => c.map((n) => n.id))).toEqual([
      ['r:A', 'r:B', 'r:C'],
      ['s:ncsc', 's:psirt', 's:academia'],
      ['g:government', 'g:private', 'g:academia'],
    ]);
    expect(g.links.filter((l) => l.stage === 1).map((l) => [l.source, l.target, l.value])).toEqual([
      ['s:ncsc', 'g:government', 12],
      ['s:psirt', 'g:private', 13],
      ['s:academia', 'g:academia', 10],
    ]);
    const reversed = buildSankeyGraph(SMALL, opts({ showSectors: true, direction: 'reverse' }));
    expect(reversed.columns[0]!.map((n) => n.id)).toEqual(['g:government', 'g:private', 'g:academia']);
    expect(reversed.links.find((l) => l.id === 'l:ncsc|government')).toMatchObject({
      source: 'g:government',
      target: 's:ncsc',
      stage: 0,
    });
  });

  it('colours links by source or by sector group', () => {
    const bySource = buildSankeyGraph(SMALL, opts());
    expect(bySource.links.map((l) => l.color)).toEqual([
      CATEGORY_COLORS.A,
      CATEGORY_COLORS.A,
      CATEGORY_COLORS.B,
      CATEGORY_COLORS.C,
      CATEGORY_COLORS.C,
      CATEGORY_COLORS.C,
    ]);
    const bySector = buildSankeyGraph(SMALL, opts({ colorBy: 'sector' }));
    expect(bySector.links.map((l) => l.color)).toEqual([
      SECTOR_COLORS.government,
      SECTOR_COLORS.private,
      SECTOR_COLORS.academia,
      SECTOR_COLORS.government,
      SECTOR_COLORS.private,
      SECTOR_COLORS.academia,
    ]);
    const reversed = buildSankeyGraph(SMALL, opts({ direction: 'reverse' }));
    expect(new Set(reversed.links.map((l) => l.color)).size).toBe(3);
    expect(
      reversed.links.filter((l) => l.source === 's:ncsc').every((l) => l.color === reversed.columns[0]![0]!.color),
    ).toBe(true);
  });
});
