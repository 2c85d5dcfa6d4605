import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matricesForCompare,
  mixedGranularity,
  perCategory,
  resolveGranularity,
  rowCountsDiffer,
} from '../../src/domain/compare-align';
import { alignMatrices } from '../../src/domain/compare';
import type { RoleMatrix } from '../../src/domain/matrix';
import { comparePair } from '../../src/domain/metrics/pair-metrics';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { importCsvText } from '../../src/io/csv-import';

/** A country from a wide CSV table; the file name names it. */
function wide(country: string, text: string): RoleMatrix {
  const m = importCsvText(text, { fileName: `${country}.csv` }).matrices[0];
  if (!m) throw new Error(`${country} did not import`);
  return { ...m, id: country };
}

// Kenya scores services, Japan (like the bundled countries) categories.
const kenya = wide('Kenya', 'Service,NCSC,PSIRT\nB-1,2,8\nB-2,6,NA\nD-1,9,\nD-2,4,3\n');
const japan = wide('Japan', 'Service,NCSC,PSIRT\nB,6,8\nD,9,3\n');
const ghana = wide('Ghana', 'Service,NCSC,PSIRT\nA,1,2\nB,3,\n');

describe('mixedGranularity and resolveGranularity', () => {
  it('finds a service-scored country beside a per-category one', () => {
    expect(mixedGranularity([kenya, japan])).toBe(true);
    expect(mixedGranularity([japan, ghana])).toBe(false);
    expect(mixedGranularity([kenya, kenya])).toBe(false);
  });

  it('rolls up by default only when the granularities differ; an explicit choice wins', () => {
    expect(resolveGranularity('auto', [kenya, japan])).toBe('category');
    expect(resolveGranularity('auto', [japan, ghana])).toBe('as-is');
    expect(resolveGranularity('as-is', [kenya, japan])).toBe('as-is');
    expect(resolveGranularity('category', [japan, ghana])).toBe('category');
  });
});

describe('matricesForCompare', () => {
  it('lines a service-scored country up with a per-category one, row by row', () => {
    const [k, j] = matricesForCompare([kenya, japan], 'category', 'max');
    expect(k!.rows.map((r) => r.key)).toEqual(['B', 'D']);
    expect(k!.cells).toEqual([
      [6, 8], // B: max(2, 6), max(8, unknown left out)
      [9, 3], // D: max(9, 4), max(blank, 3)
    ]);
    expect(j).toBe(japan); // already per category: left as it is
    const aligned = alignMatrices([k!, j!]);
    expect(aligned.rows.map((r) => r.key)).toEqual(['B', 'D']);
    expect(aligned.countries.flatMap((c) => c.cells.flat())).not.toContain('absent');
  });

  it('takes the mean when asked', () => {
    const [k] = matricesForCompare([kenya], 'category', 'mean');
    expect(k!.cells).toEqual([
      [4, 8],
      [6.5, 1.5],
    ]);
  });

  it('gives a similarity where as-is alignment has no cell in common', () => {
    expect(comparePair(kenya, japan).similarity).toBeUndefined();
    const [k, j] = matricesForCompare([kenya, japan], 'category', 'max');
    // Rolled up by the maximum, Kenya's categories equal Japan's: the same division of roles.
    expect(comparePair(k!, j!).similarity).toBeCloseTo(1, 9);
    expect(comparePair(k!, j!).cellsAbsent).toBe(0);
  });

  it('keeps the countries as they are when asked, and returns the same rolled-up object each time', () => {
    expect(matricesForCompare([kenya, japan], 'as-is', 'max')).toEqual([kenya, japan]);
    expect(perCategory(kenya, 'max')).toBe(perCategory(kenya, 'max'));
    expect(perCategory(kenya, 'max')).not.toBe(perCategory(kenya, 'mean'));
  });

  it('rowCountsDiffer flags 9 against 64 rows', () => {
    expect(rowCountsDiffer([kenya, japan])).toBe(true);
    expect(rowCountsDiffer(matricesForCompare([kenya, japan], 'category', 'max'))).toBe(false);
  });

  it('rolls any set of services into at most the nine categories, never into absent cells', () => {
    const ids = X1060_SERVICES.map((s) => s.id);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 64 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 64, maxLength: 64 }),
        (services, scores) => {
          const text = `Service,NCSC\n${services.map((s, i) => `${s},${scores[i]}`).join('\n')}\n`;
          const m = wide('X', text);
          const [r] = matricesForCompare([m], 'category', 'max');
          const cats = new Set(services.map((s) => s.split('-')[0]));
          expect(r!.rows.map((row) => row.key).sort()).toEqual([...cats].sort());
          const best = Math.max(...services.map((_, i) => scores[i]!));
          expect(Math.max(...r!.cells.flat().map(Number))).toBe(best);
        },
      ),
      { numRuns: 50 },
    );
  });
});
