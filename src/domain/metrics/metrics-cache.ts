import type { RoleMatrix } from '../matrix';
import { measureCountry, profileCountry, type CountryMetrics, type CountryProfile } from './country-metrics';
import { comparePair, type PairMetrics } from './pair-metrics';

// Matrices are immutable and replaced, never edited, so a matrix object is a safe cache key, and
// WeakMaps let a removed matrix's entries go with it. A threshold change then costs one pass of
// comparisons over the cached profiles, and going back to an earlier threshold costs nothing.
const profiles = new WeakMap<RoleMatrix, CountryProfile>();
const measured = new WeakMap<RoleMatrix, Map<number, CountryMetrics>>();
const pairs = new WeakMap<RoleMatrix, WeakMap<RoleMatrix, PairMetrics>>();
const MAX_THRESHOLDS_PER_MATRIX = 64;

/** profileCountry, memoised per matrix. */
export function countryProfileOf(m: RoleMatrix): CountryProfile {
  let p = profiles.get(m);
  if (!p) profiles.set(m, (p = profileCountry(m)));
  return p;
}

/** computeCountryMetrics, memoised per matrix and threshold. */
export function countryMetricsOf(m: RoleMatrix, threshold: number): CountryMetrics {
  let byThreshold = measured.get(m);
  if (!byThreshold) measured.set(m, (byThreshold = new Map<number, CountryMetrics>()));
  let metrics = byThreshold.get(threshold);
  if (!metrics) {
    if (byThreshold.size >= MAX_THRESHOLDS_PER_MATRIX) byThreshold.clear();
    byThreshold.set(threshold, (metrics = measureCountry(countryProfileOf(m), threshold)));
  }
  return metrics;
}

/** comparePair, memoised per ordered pair of matrices. */
export function pairMetricsOf(a: RoleMatrix, b: RoleMatrix): PairMetrics {
  let byB = pairs.get(a);
  if (!byB) pairs.set(a, (byB = new WeakMap<RoleMatrix, PairMetrics>()));
  let p = byB.get(b);
  if (!p) byB.set(b, (p = comparePair(a, b)));
  return p;
}
