import type { RoleMatrix, Score } from '../../src/domain/matrix';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { STANDARD_STAKEHOLDERS } from '../../src/domain/stakeholders';

/** A deterministic 64-service × n-stakeholder matrix with some blanks and unknowns. */
export function syntheticMatrix(country: string, stakeholders: number, seed = 1): RoleMatrix {
  const cols = Array.from({ length: stakeholders }, (_, i) => {
    const t = STANDARD_STAKEHOLDERS[i];
    return t && i < STANDARD_STAKEHOLDERS.length
      ? { key: t.id, name: t.nameEn, typeId: t.id, sector: t.sector }
      : { key: `custom:s${i}`, name: `Stakeholder ${i + 1}`, sector: 'other' as const };
  });
  const cells = X1060_SERVICES.map((_, r) =>
    cols.map((_, c): Score => {
      const v = (r * 31 + c * 17 + seed * 7) % 23;
      return v === 0 ? 'unknown' : v > 10 ? null : v;
    }),
  );
  return {
    id: `bench:${country}`,
    country,
    rows: X1060_SERVICES.map((s) => ({ key: s.id, x1060Id: s.id, label: s.id })),
    stakeholders: cols,
    cells,
    provenance: {},
  };
}
