// The packed form the import worker sends back: decoding gives exactly the matrices encoded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatrixRow, RoleMatrix, Score, Stakeholder } from '../../../src/domain/matrix';
import { decodeMatrices, decodeMatricesInSlices, encodeMatrices } from '../../../src/io/worker/matrix-transfer';

const score: fc.Arbitrary<Score> = fc.oneof(
  fc.constant(null),
  fc.constant<Score>('unknown'),
  fc.integer({ min: 0, max: 10 }),
  fc.double({ min: 0, max: 10, noNaN: true }),
);
const row: fc.Arbitrary<MatrixRow> = fc.oneof(
  fc.string().map((label) => ({ key: `custom:${label}`, label })),
  fc.constantFrom('A-1', 'D-2', 'B').map((id) => ({ key: id, x1060Id: id, label: id })),
);
const stakeholder: fc.Arbitrary<Stakeholder> = fc.oneof(
  fc.string().map((name) => ({ key: `custom:${name}`, name, sector: 'other' as const })),
  fc.constant({ key: 'ncsc', name: 'NCSC', typeId: 'ncsc', sector: 'government' as const }),
);
const matrix: fc.Arbitrary<RoleMatrix> = fc
  .record({
    country: fc.string(),
    rows: fc.array(row, { maxLength: 6 }),
    stakeholders: fc.array(stakeholder, { maxLength: 5 }),
    seed: fc.array(score, { minLength: 30, maxLength: 30 }),
    notes: fc.option(fc.dictionary(fc.string(), fc.string()), { nil: undefined }),
  })
  .map(({ country, rows, stakeholders, seed, notes }) => ({
    id: `user:${country}`,
    country,
    rows,
    stakeholders,
    cells: rows.map((_, r) => stakeholders.map((_, c) => seed[(r * 5 + c) % 30]!)),
    ...(notes ? { notes } : {}),
    provenance: { file: `${country}.csv` },
  }));

describe('encodeMatrices / decodeMatrices', () => {
  it('round-trips any matrices (scores 0–10, blank, unknown, custom rows and stakeholders, notes)', () => {
    fc.assert(
      fc.property(fc.array(matrix, { maxLength: 5 }), (ms) => {
        expect(decodeMatrices(encodeMatrices(ms))).toStrictEqual(ms);
      }),
    );
  });

  it('keeps blank, unknown and 0 apart, and -0 as -0', () => {
    const m: RoleMatrix = {
      id: 'x',
      country: 'X',
      rows: [{ key: 'A', x1060Id: 'A', label: 'A' }],
      stakeholders: [
        { key: 'custom:s', name: 's', sector: 'other' },
        { key: 'custom:t', name: 't', sector: 'other' },
      ],
      cells: [[null, 'unknown']],
      provenance: {},
    };
    const zeros = { ...m, id: 'y', cells: [[0, -0]] };
    expect(decodeMatrices(encodeMatrices([m, zeros]))).toStrictEqual([m, zeros]);
  });

  it('packs every score into one transferable array', () => {
    const packed = encodeMatrices([
      {
        id: 'x',
        country: 'X',
        rows: [{ key: 'A', label: 'A' }],
        stakeholders: [{ key: 'k', name: 'k', sector: 'other' }],
        cells: [[7.5]],
        provenance: {},
      },
    ]);
    expect(packed.scores).toBeInstanceOf(Float64Array);
    expect([...packed.scores]).toEqual([7.5]);
    expect(JSON.stringify(packed.heads)).not.toContain('cells');
  });

  it('refuses a score that is not a finite number', () => {
    const bad: RoleMatrix = {
      id: 'x',
      country: 'X',
      rows: [{ key: 'A', label: 'A' }],
      stakeholders: [{ key: 'k', name: 'k', sector: 'other' }],
      cells: [[NaN]],
      provenance: {},
    };
    expect(() => encodeMatrices([bad])).toThrow('invalid score: NaN');
  });

  it('decodes in slices to the same matrices', async () => {
    const ms = fc.sample(matrix, { numRuns: 45, seed: 7 });
    expect(await decodeMatricesInSlices(encodeMatrices(ms), 20)).toStrictEqual(ms);
  });
});
