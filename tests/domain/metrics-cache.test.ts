import { describe, expect, it } from 'vitest';
import { computeCountryMetrics } from '../../src/domain/metrics/country-metrics';
import { countryMetricsOf, countryProfileOf, pairMetricsOf } from '../../src/domain/metrics/metrics-cache';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';

const [japan, us] = loadBundledMatrices();

describe('metrics cache', () => {
  it('returns the same object for the same matrix and threshold', () => {
    expect(countryMetricsOf(japan!, 5)).toBe(countryMetricsOf(japan!, 5));
    expect(countryMetricsOf(japan!, 7)).not.toBe(countryMetricsOf(japan!, 5));
  });
  it('reuses the matrix profile across thresholds, so a new threshold only recounts', () => {
    const profile = countryProfileOf(japan!);
    expect(countryMetricsOf(japan!, 6).meanHhi).toBe(profile.meanHhi);
    expect(countryMetricsOf(japan!, 6).sectorShares).toBe(profile.sectorShares);
    expect(countryProfileOf(japan!)).toBe(profile);
  });
  it('gives what the pure function gives', () => {
    expect(countryMetricsOf(us!, 8)).toEqual(computeCountryMetrics(us!, 8));
  });
  it('keys a copy of a matrix apart from the original', () => {
    const copy = { ...japan!, cells: japan!.cells.map((r) => r.map((s) => (s === null ? 1 : s))) };
    expect(countryMetricsOf(copy, 5).total).toBe(287 + 51); // Japan has 39 scored cells, so 51 blanks become 1
    expect(countryMetricsOf(japan!, 5).total).toBe(287);
  });
  it('memoises pairs per ordered pair', () => {
    expect(pairMetricsOf(japan!, us!)).toBe(pairMetricsOf(japan!, us!));
    expect(pairMetricsOf(us!, japan!)).not.toBe(pairMetricsOf(japan!, us!));
  });
});
