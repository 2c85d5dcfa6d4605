// The fast-check arbitraries the import round-trip properties share (CSV and JSON in
// import-properties.test.ts, Excel in xlsx-roundtrip.test.ts): names and texts as people type them,
// scores of every kind, and the rows, stakeholders and cells of a random matrix.
import fc from 'fast-check';
import type { Score, Stakeholder } from '../../src/domain/matrix';
import { STANDARD_STAKEHOLDERS, foldName, type StakeholderType } from '../../src/domain/stakeholders';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { isTotalsName, x1060IdOfLabel } from '../../src/io/header-names';
import { stakeholderKeyOf } from '../../src/io/matrix-builder';

/** A score of every kind: blank (not involved), unknown, whole numbers and tenths from 0 to 10. */
export const scoreArb: fc.Arbitrary<Score> = fc.oneof(
  fc.constant(null),
  fc.constant<Score>('unknown'),
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
);

/**
 * A name made of up to `maxLength` pieces drawn from `chars`, trimmed. Names the importer reads specially
 * by design (totals, X.1060 ids, names that fold to nothing) are left out, and those `refused` matches.
 */
export function nameArb(chars: fc.Arbitrary<string>, maxLength: number, refused: RegExp): fc.Arbitrary<string> {
  return fc
    .array(chars, { minLength: 1, maxLength })
    .map((cs) => cs.join('').trim())
    .filter(
      (s) => s !== '' && !isTotalsName(s) && x1060IdOfLabel(s) === null && foldName(s) !== '' && !refused.test(s),
    );
}

/** A text of one to `maxLength` units drawn from `units` (characters, or pieces such as "_x000D_"). */
export function textArb(units: readonly string[], maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...units), minLength: 1, maxLength });
}

/** How large the random matrices grow. */
export interface GridSizes {
  readonly services: number;
  readonly standard: number;
  readonly custom: number;
  /** How many scores the cells cycle through. */
  readonly seed: number;
}

/** The record fields of a random matrix's rows and stakeholders, to spread into an fc.record. */
export function gridFields(name: fc.Arbitrary<string>, sizes: GridSizes) {
  return {
    services: fc.uniqueArray(fc.constantFrom(...X1060_SERVICES.map((s) => s.id)), {
      minLength: 1,
      maxLength: sizes.services,
    }),
    customRows: fc.uniqueArray(name, { maxLength: 2 }),
    standard: fc.uniqueArray(fc.constantFrom(...STANDARD_STAKEHOLDERS), { maxLength: sizes.standard }),
    // A custom stakeholder is one no standard type claims ("CA" is the certificate vendor): a matrix
    // never holds two stakeholders of one key, and the editor and importer refuse or merge such names.
    custom: fc.uniqueArray(
      name.filter((s) => stakeholderKeyOf(s).startsWith('custom:')),
      { maxLength: sizes.custom, selector: (s) => stakeholderKeyOf(s) },
    ),
    seed: fc.array(scoreArb, { minLength: sizes.seed, maxLength: sizes.seed }),
  };
}

/** The stakeholders of a random matrix: the standard types drawn, then the custom names. */
export function stakeholdersOf(standard: readonly StakeholderType[], custom: readonly string[]): Stakeholder[] {
  return [
    ...standard.map((t) => ({ key: t.id, name: t.nameEn, typeId: t.id, sector: t.sector })),
    ...custom.map((n) => ({ key: stakeholderKeyOf(n), name: n, sector: 'other' as const })),
  ];
}

/** The cells of `rows` × `stakeholders`, cycling through the seed's scores. */
export function cellsOf(rows: number, stakeholders: number, seed: readonly Score[]): Score[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: stakeholders }, (_, j) => seed[(i * 7 + j) % seed.length]!),
  );
}
