import { changedCells } from './matrix-merge';
import type { RoleMatrix } from './matrix';

/** Why a version was kept: automatically before an import replaced, a removal or a restore; or named by the user. */
export type VersionKind = 'before-import' | 'before-remove' | 'before-restore' | 'named';

/** A snapshot of one country, kept to go back to. Versions never change once made. */
export interface CountryVersion {
  /** Unique across tabs and workspaces. */
  readonly id: string;
  /** The id of the country it is a version of (it may since have been removed). */
  readonly countryId: string;
  readonly kind: VersionKind;
  /** The user's name for a named version ("2024 workshop", "as is", "to be"). */
  readonly name?: string;
  /** When it was taken (ISO 8601). */
  readonly at: string;
  readonly matrix: RoleMatrix;
}

/** How many automatic versions are kept per country; named ones are never dropped automatically. */
export const AUTO_VERSIONS_PER_COUNTRY = 50;

/** A fresh version id; `random` is injectable for tests. */
export function newVersionId(random: () => number = Math.random): string {
  return `v-${Date.now().toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/**
 * Adds a version and keeps storage bounded: the newest AUTO_VERSIONS_PER_COUNTRY automatic versions
 * of each country stay, older automatic ones go; named versions always stay.
 */
export function addVersion(list: readonly CountryVersion[], v: CountryVersion): readonly CountryVersion[] {
  return pruneVersions([...list, v]);
}

/** Drops the oldest automatic versions of each country beyond the limit. */
export function pruneVersions(list: readonly CountryVersion[]): readonly CountryVersion[] {
  const autoByCountry = new Map<string, CountryVersion[]>();
  for (const v of list)
    if (v.kind !== 'named') autoByCountry.set(v.countryId, [...(autoByCountry.get(v.countryId) ?? []), v]);
  const drop = new Set<string>();
  for (const vs of autoByCountry.values()) {
    const sorted = [...vs].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
    for (const v of sorted.slice(AUTO_VERSIONS_PER_COUNTRY)) drop.add(v.id);
  }
  return drop.size === 0 ? list : list.filter((v) => !drop.has(v.id));
}

/** The versions of one country, newest first. */
export function versionsOf(list: readonly CountryVersion[], countryId: string): CountryVersion[] {
  return list
    .filter((v) => v.countryId === countryId)
    .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

/** How many cells' scores differ between a version and the country as it is now. */
export function cellsChangedSince(v: CountryVersion, now: RoleMatrix | undefined): number {
  return now ? changedCells(v.matrix, now).length : v.matrix.rows.length * v.matrix.stakeholders.length;
}

/** Approximate bytes a list of versions takes (their JSON), for the panel's "space used". */
export function versionsSize(list: readonly CountryVersion[]): number {
  let n = 0;
  for (const v of list) n += JSON.stringify(v).length;
  return n;
}

/**
 * The countries `next` removed or replaced (same id, another object) relative to `prev`, as
 * versions of what they were: what a snapshot before an import or a removal keeps.
 */
export function versionsBefore(
  prev: readonly RoleMatrix[],
  next: readonly RoleMatrix[],
  kind: VersionKind,
  at: string,
  id: () => string = newVersionId,
): CountryVersion[] {
  const now = new Map(next.map((m) => [m.id, m]));
  return prev
    .filter((m) => !m.bundled && m.linked === undefined && now.get(m.id) !== m)
    .map((m) => ({ id: id(), countryId: m.id, kind, at, matrix: m }));
}
