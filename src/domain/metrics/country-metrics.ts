import type { MatrixRow, RoleMatrix } from '../matrix';
import { SECTOR_GROUPS, type SectorGroup } from '../stakeholders';
import { categoryOf } from '../taxonomy-x1060';
import { measureRow, profileRow, type RowMetrics, type RowProfile } from './row-metrics';

/** The categories whose services this project reads as "technical work" (not X.1060's term). */
export const TECHNICAL_CATEGORIES: readonly string[] = ['B', 'C', 'D', 'E', 'F', 'G'];

/** A country's metrics that no threshold changes: computed once per matrix. */
export interface CountryProfile {
  readonly matrix: RoleMatrix;
  readonly rows: readonly RowProfile[];
  /** Sum of every known score (blank = 0, unknown left out). */
  readonly total: number;
  readonly unknownCells: number;
  /** Mean of the rows' HHI over rows where it is defined. */
  readonly meanHhi: number | undefined;
  /** Share of the total per sector group; undefined when no stakeholder of the group is in the matrix. */
  readonly sectorShares: Readonly<Record<SectorGroup, number | undefined>>;
  /** Share of the total in the NCSC column; undefined without one. */
  readonly ncscShare: number | undefined;
  /** Private-sector share over the rows of categories B–G. */
  readonly technicalPrivateShare: number | undefined;
}

/** A country's metrics at a player threshold. */
export interface CountryMetrics extends CountryProfile {
  readonly threshold: number;
  readonly rows: readonly RowMetrics[];
  /** Rows with a player / (those + gaps); possible gaps are left out of both. */
  readonly coverage: number | undefined;
  readonly coveredRows: number;
  readonly decidedRows: number;
  /** Mean players per row over rows with no unknown cell. */
  readonly meanPlayers: number | undefined;
  /** Stakeholders that are a player in at least one row. */
  readonly distinctPlayers: number;
  readonly gaps: readonly MatrixRow[];
  readonly possibleGaps: readonly MatrixRow[];
  readonly singlePoints: readonly MatrixRow[];
  readonly possibleSinglePoints: readonly MatrixRow[];
}

/** part / whole, or undefined when whole is 0. */
export function shareOf(part: number, whole: number): number | undefined {
  return whole > 0 ? part / whole : undefined;
}

/** Mean of the defined values, or undefined when none is. */
export function meanOf(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length > 0 ? defined.reduce((a, b) => a + b, 0) / defined.length : undefined;
}

/** Profiles a country: row profiles, totals and shares. Pure. */
export function profileCountry(m: RoleMatrix): CountryProfile {
  const rows = m.rows.map((r, i) => profileRow(r, m.cells[i] ?? [], m.stakeholders));
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  const sectorSums = Object.fromEntries(SECTOR_GROUPS.map((g) => [g, 0])) as Record<SectorGroup, number>;
  let ncsc = 0;
  let techTotal = 0;
  let techPrivate = 0;
  for (const r of rows) {
    const technical = TECHNICAL_CATEGORIES.includes(categoryOf(r.row.x1060Id ?? '') ?? '');
    r.scores.forEach((s, c) => {
      if (s === null) return;
      const st = m.stakeholders[c]!;
      sectorSums[st.sector] += s;
      if (st.typeId === 'ncsc') ncsc += s;
      if (technical) {
        techTotal += s;
        if (st.sector === 'private') techPrivate += s;
      }
    });
  }
  const present = new Set(m.stakeholders.map((s) => s.sector));
  const sectorShares = Object.fromEntries(
    SECTOR_GROUPS.map((g) => [g, present.has(g) ? shareOf(sectorSums[g], total) : undefined]),
  ) as Record<SectorGroup, number | undefined>;
  return {
    matrix: m,
    rows,
    total,
    unknownCells: rows.reduce((sum, r) => sum + r.unknown, 0),
    meanHhi: meanOf(rows.map((r) => r.hhi)),
    sectorShares,
    ncscShare: m.stakeholders.some((s) => s.typeId === 'ncsc') ? shareOf(ncsc, total) : undefined,
    technicalPrivateShare: present.has('private') ? shareOf(techPrivate, techTotal) : undefined,
  };
}

/** A country's metrics at a threshold, from its profile: counts only, so a new threshold is cheap. */
export function measureCountry(profile: CountryProfile, threshold: number): CountryMetrics {
  const rows = profile.rows.map((r) => measureRow(r, threshold));
  const covered = rows.filter((r) => r.players > 0);
  const gaps = rows.filter((r) => r.gap);
  const decided = covered.length + gaps.length;
  const players = new Set<number>();
  for (const r of rows) r.scores.forEach((s, c) => s !== null && s >= threshold && players.add(c));
  return {
    ...profile,
    threshold,
    rows,
    coverage: decided > 0 ? covered.length / decided : undefined,
    coveredRows: covered.length,
    decidedRows: decided,
    meanPlayers: meanOf(rows.map((r) => (r.unknown === 0 ? r.players : undefined))),
    distinctPlayers: players.size,
    gaps: gaps.map((r) => r.row),
    possibleGaps: rows.filter((r) => r.possibleGap).map((r) => r.row),
    singlePoints: rows.filter((r) => r.singlePoint).map((r) => r.row),
    possibleSinglePoints: rows.filter((r) => r.possibleSinglePoint).map((r) => r.row),
  };
}

/** A country's metrics at a threshold. Pure; see metrics-cache.ts for the memoised form. */
export function computeCountryMetrics(m: RoleMatrix, threshold: number): CountryMetrics {
  return measureCountry(profileCountry(m), threshold);
}
