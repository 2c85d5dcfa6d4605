import { describe, expect, it } from 'vitest';
import type { Score, Stakeholder } from '../../src/domain/matrix';
import { clampThreshold, DEFAULT_THRESHOLD, measureRow, profileRow } from '../../src/domain/metrics/row-metrics';

const st = (key: string): Stakeholder => ({ key, name: key, sector: 'other' });
const cols = ['p', 'q', 'r', 's'].map(st);
const row = { key: 'D', x1060Id: 'D', label: 'D' };
const measure = (cells: Score[], t = 5) => measureRow(profileRow(row, cells, cols), t);

describe('profileRow', () => {
  it('computes HHI as Σ (s/S)² over positive scores', () => {
    // 6, 3, 1 → S = 10 → 0.36 + 0.09 + 0.01 = 0.46
    const p = profileRow(row, [6, 3, null, 1], cols);
    expect(p.total).toBe(10);
    expect(p.hhi).toBeCloseTo(0.46, 12);
  });
  it('gives 1/n when n stakeholders share equally and 1 for a sole stakeholder', () => {
    expect(profileRow(row, [4, 4, 4, 4], cols).hhi).toBeCloseTo(0.25, 12);
    expect(profileRow(row, [null, 0, 7, null], cols).hhi).toBe(1);
  });
  it('leaves HHI undefined for a row whose total is 0', () => {
    expect(profileRow(row, [null, 0, null, 0], cols).hhi).toBeUndefined();
    expect(profileRow(row, ['unknown', null, 'unknown', 0], cols).hhi).toBeUndefined();
  });
  it('leaves unknown cells out of HHI, never as 0 players', () => {
    // Only 6 and 2 are known: S = 8 → (0.75)² + (0.25)² = 0.625
    const p = profileRow(row, [6, 'unknown', 2, 'unknown'], cols);
    expect(p.hhi).toBeCloseTo(0.625, 12);
    expect(p.unknown).toBe(2);
    expect(p.scores).toEqual([6, null, 2, null]);
  });
  it('names every lead stakeholder when tied, none for an empty row', () => {
    expect(profileRow(row, [9, 9, 3, 'unknown'], cols).leads.map((s) => s.key)).toEqual(['p', 'q']);
    expect(profileRow(row, [9, 9, 3, 'unknown'], cols).leadScore).toBe(9);
    expect(profileRow(row, [2.5, null, null, null], cols).leads.map((s) => s.key)).toEqual(['p']);
    expect(profileRow(row, [0, null, 'unknown', null], cols).leads).toEqual([]);
    expect(profileRow(row, [0, null, 'unknown', null], cols).leadScore).toBeUndefined();
  });
});

describe('measureRow', () => {
  it('counts players at or above the threshold', () => {
    expect(measure([5, 4.5, 10, null], 5).players).toBe(2);
    expect(measure([5, 4.5, 10, null], 4.5).players).toBe(3);
    expect(measure([5, 4.5, 10, null], 10).players).toBe(1);
  });
  it('calls a row with no player and no unknown a gap', () => {
    const r = measure([4, null, 0, 1]);
    expect(r).toMatchObject({
      players: 0,
      gap: true,
      possibleGap: false,
      singlePoint: false,
      possibleSinglePoint: false,
    });
  });
  it('calls a row with no known player but an unknown a possible gap, not a gap', () => {
    const r = measure([4, 'unknown', null, null]);
    expect(r).toMatchObject({
      players: 0,
      gap: false,
      possibleGap: true,
      possibleSinglePoint: true,
      singlePoint: false,
    });
  });
  it('calls exactly one player with no unknown a single point of failure', () => {
    expect(measure([8, 4, null, null])).toMatchObject({
      players: 1,
      singlePoint: true,
      possibleSinglePoint: false,
      gap: false,
    });
  });
  it('calls one player with unknowns a possible single point of failure', () => {
    expect(measure([8, 'unknown', null, null])).toMatchObject({
      players: 1,
      singlePoint: false,
      possibleSinglePoint: true,
    });
  });
  it('calls two players neither, whatever the unknowns', () => {
    expect(measure([8, 6, 'unknown', null])).toMatchObject({
      players: 2,
      singlePoint: false,
      possibleSinglePoint: false,
      gap: false,
      possibleGap: false,
    });
  });
});

describe('clampThreshold', () => {
  it('keeps the threshold within 0.5–10', () => {
    expect(clampThreshold(0)).toBe(0.5);
    expect(clampThreshold(12)).toBe(10);
    expect(clampThreshold(7.5)).toBe(7.5);
    expect(clampThreshold(Number.NaN)).toBe(DEFAULT_THRESHOLD);
  });
});
