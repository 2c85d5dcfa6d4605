import { describe, expect, it } from 'vitest';
import { alignMatrices, resolveCompareIds } from '../../src/domain/compare';
import type { RoleMatrix } from '../../src/domain/matrix';
import { importCsvText } from '../../src/io/csv-import';

/** A country from a wide CSV table; the file name names it. */
function wide(country: string, text: string): RoleMatrix {
  const m = importCsvText(text, { fileName: `${country}.csv` }).matrices[0];
  if (!m) throw new Error(`${country} did not import`);
  return { ...m, id: country };
}

const kenya = wide('Kenya', 'Service,PSIRT,NCSC,Ministry of ICT\nD,3,,NA\nB,0,9,1\n');
const ghana = wide('Ghana', 'Service,NCSC,Academia,Ministry of ICT\nB,5,2,\nRegional drills,1,,4\nA,7,,\n');

describe('alignMatrices', () => {
  const aligned = alignMatrices([kenya, ghana]);

  it('takes the union of rows in X.1060 order, custom rows last', () => {
    expect(aligned.rows.map((r) => r.key)).toEqual(['A', 'B', 'D', 'custom:Regional drills']);
  });

  it('takes the union of stakeholders in the standard order, custom ones last, met by name', () => {
    expect(aligned.stakeholders.map((s) => s.key)).toEqual(['ncsc', 'psirt', 'academia', 'custom:ministryofict']);
  });

  it('marks a row or stakeholder a country lacks as absent, and keeps blank, 0 and unknown apart', () => {
    const [k, g] = aligned.countries.map((c) => c.cells);
    // Kenya: no row A, no Regional drills; no Academia column.
    expect(k).toEqual([
      ['absent', 'absent', 'absent', 'absent'],
      [9, 0, 'absent', 1],
      [null, 3, 'absent', 'unknown'],
      ['absent', 'absent', 'absent', 'absent'],
    ]);
    // Ghana: no row D; no PSIRT column.
    expect(g).toEqual([
      [7, 'absent', null, null],
      [5, 'absent', 2, null],
      ['absent', 'absent', 'absent', 'absent'],
      [1, 'absent', null, 4],
    ]);
  });

  it('keeps each country and its order', () => {
    expect(aligned.countries.map((c) => c.matrix.country)).toEqual(['Kenya', 'Ghana']);
    expect(alignMatrices([ghana, kenya]).countries.map((c) => c.matrix.country)).toEqual(['Ghana', 'Kenya']);
  });

  it('aligns one country onto itself unchanged', () => {
    const one = alignMatrices([kenya]);
    expect(one.rows.map((r) => r.key)).toEqual(['B', 'D']);
    expect(one.stakeholders.map((s) => s.key)).toEqual(['ncsc', 'psirt', 'custom:ministryofict']);
    expect(one.countries[0]!.cells).toEqual([
      [9, 0, 1],
      [null, 3, 'unknown'],
    ]);
  });

  it('aligns nothing into an empty grid', () => {
    expect(alignMatrices([])).toEqual({ rows: [], stakeholders: [], countries: [] });
  });
});

describe('resolveCompareIds', () => {
  const ms = [kenya, ghana, wide('Chad', 'Service,NCSC\nA,1\n'), wide('Mali', 'Service,NCSC\nA,1\n')];
  it('defaults to the first three loaded countries', () => {
    expect(resolveCompareIds(ms, null)).toEqual(['Kenya', 'Ghana', 'Chad']);
  });
  it('keeps the chosen order, drops ids no longer loaded and duplicates', () => {
    expect(resolveCompareIds(ms, ['Mali', 'Gone', 'Kenya', 'Mali'])).toEqual(['Mali', 'Kenya']);
  });
  it('keeps an empty choice empty', () => {
    expect(resolveCompareIds(ms, [])).toEqual([]);
  });
});
