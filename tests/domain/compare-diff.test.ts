import { describe, expect, it } from 'vitest';
import { diffCell, diffMatrices } from '../../src/domain/compare';
import type { RoleMatrix } from '../../src/domain/matrix';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { importCsvText } from '../../src/io/csv-import';

function wide(country: string, text: string): RoleMatrix {
  const m = importCsvText(text, { fileName: `${country}.csv` }).matrices[0];
  if (!m) throw new Error(`${country} did not import`);
  return { ...m, id: country };
}

describe('diffCell', () => {
  it('subtracts effective scores, blank = 0', () => {
    expect(diffCell(7, null)).toEqual({ kind: 'diff', a: 7, b: 0, value: 7 });
    expect(diffCell(null, 2.5)).toEqual({ kind: 'diff', a: 0, b: 2.5, value: -2.5 });
    expect(diffCell(0, null)).toEqual({ kind: 'diff', a: 0, b: 0, value: 0 });
  });
  it('rounds away float noise', () => {
    expect(diffCell(7.3, 2.1)).toMatchObject({ value: 5.2 });
  });
  it('marks unknown on either side instead of computing', () => {
    expect(diffCell('unknown', 3)).toEqual({ kind: 'unknown', side: 'a' });
    expect(diffCell(null, 'unknown')).toEqual({ kind: 'unknown', side: 'b' });
    expect(diffCell('unknown', 'unknown')).toEqual({ kind: 'unknown', side: 'both' });
  });
  it('marks absent before unknown', () => {
    expect(diffCell('absent', 'unknown')).toEqual({ kind: 'absent', side: 'a' });
    expect(diffCell(4, 'absent')).toEqual({ kind: 'absent', side: 'b' });
  });
});

describe('diffMatrices', () => {
  it('computes A − B on the union grid with counts', () => {
    const asIs = wide('As is', 'Service,NCSC,PSIRT\nA,10,\nB,NA,4\n');
    const toBe = wide('To be', 'Service,NCSC,ISAC\nA,6,5\nB,8,\n');
    const d = diffMatrices(toBe, asIs);
    expect(d.rows.map((r) => r.key)).toEqual(['A', 'B']);
    expect(d.stakeholders.map((s) => s.key)).toEqual(['ncsc', 'psirt', 'isac']);
    expect(d.cells).toEqual([
      [
        { kind: 'diff', a: 6, b: 10, value: -4 },
        { kind: 'absent', side: 'a' },
        { kind: 'absent', side: 'b' },
      ],
      [
        { kind: 'unknown', side: 'b' },
        { kind: 'absent', side: 'a' },
        { kind: 'absent', side: 'b' },
      ],
    ]);
    expect(d.counts).toEqual({ aHigher: 0, bHigher: 1, equal: 0, neither: 0, unknown: 1, absent: 4 });
  });

  it('gives Japan − Singapore cell by cell from the seed', () => {
    const [japan, , singapore] = loadBundledMatrices();
    const d = diffMatrices(japan!, singapore!);
    const at = (row: string, st: string) =>
      d.cells[d.rows.findIndex((r) => r.key === row)]![d.stakeholders.findIndex((s) => s.key === st)];
    // B: Japan NCSC blank, Singapore 4 → −4; C: Japan PSIRT 10, Singapore blank → +10.
    expect(at('B', 'ncsc')).toEqual({ kind: 'diff', a: 0, b: 4, value: -4 });
    expect(at('C', 'psirt')).toEqual({ kind: 'diff', a: 10, b: 0, value: 10 });
    // A: both have NCSC 10.
    expect(at('A', 'ncsc')).toEqual({ kind: 'diff', a: 10, b: 10, value: 0 });
    expect(d.counts.unknown + d.counts.absent).toBe(0);
    expect(d.counts.aHigher + d.counts.bHigher + d.counts.equal + d.counts.neither).toBe(90);
  });
});
