import { describe, expect, it } from 'vitest';
import type { RoleMatrix } from '../../src/domain/matrix';
import { computeCountryMetrics } from '../../src/domain/metrics/country-metrics';
import { summariseCountries } from '../../src/domain/metrics/summary';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { importCsvText } from '../../src/io/csv-import';

function wide(country: string, text: string): RoleMatrix {
  const m = importCsvText(text, { fileName: `${country}.csv` }).matrices[0];
  if (!m) throw new Error(`${country} did not import`);
  return { ...m, id: country };
}

const facts = (ms: RoleMatrix[], t = 5) => {
  const out = summariseCountries(ms.map((m) => ({ id: m.country, metrics: computeCountryMetrics(m, t) })));
  return Object.fromEntries([...out].map(([id, fs]) => [id, fs.map((f) => `${f.rank} ${f.metric}`)]));
};

describe('summariseCountries on the seed (threshold 5)', () => {
  const [japan, us, singapore] = loadBundledMatrices();
  const out = facts([japan!, us!, singapore!]);

  it('Singapore: highest national-agency and government shares, lowest private share', () => {
    // NCSC 25.4 % vs 22.8 % vs 8.7 %; government 45.2 % vs 35.5 % vs 33.2 %; private 39.1 % vs 49.1 % vs 49.5 %.
    expect(out['Singapore']).toEqual(['highest ncscShare', 'highest governmentShare', 'lowest privateShare']);
  });
  it('Japan: lowest national-agency share, most players per row, lowest concentration', () => {
    // Japan's private share (49.5 %) tops the US's (49.1 %) by 0.35 points, 3 % of the 10.4-point spread: too close to say.
    expect(out['Japan']).toEqual(['lowest ncscShare', 'highest meanPlayers', 'lowest meanHhi']);
  });
  it('United States: lowest government share, highest private share of technical work and law-enforcement share', () => {
    expect(out['United States']).toEqual([
      'lowest governmentShare',
      'highest technicalPrivateShare',
      'highest lawEnforcementShare',
    ]);
  });
  it('carries the values', () => {
    const sg = summariseCountries(
      [japan!, singapore!].map((m) => ({ id: m.country, metrics: computeCountryMetrics(m, 5) })),
    ).get('Singapore')!;
    expect(sg[0]).toEqual({ metric: 'ncscShare', rank: 'highest', value: 63 / 248 });
  });
});

describe('summariseCountries rules', () => {
  const a = wide('A', 'Service,NCSC,PSIRT\nA,10,\nB,10,2\n');
  const b = wide('B', 'Service,NCSC,PSIRT\nA,10,\nB,10,2\n');
  const c = wide('C', 'Service,NCSC,PSIRT\nA,2,8\nB,,9\n');

  it('says nothing of one country, or of identical ones', () => {
    expect(facts([a])).toEqual({ A: [] });
    expect(facts([a, b])).toEqual({ A: [], B: [] });
  });
  it('gives no "highest" to a tie, but still names a lone lowest', () => {
    const out = facts([a, b, c]);
    expect(out['A']).toEqual([]);
    expect(out['B']).toEqual([]);
    // NCSC share: A and B 20/22, C 2/19 → C alone lowest; private share: C alone highest.
    expect(out['C']!.slice(0, 2)).toEqual(['lowest ncscShare', 'lowest governmentShare']);
  });
  it('stops at three facts per country', () => {
    for (const list of Object.values(facts([a, c]))) expect(list.length).toBe(3);
  });
  it('leaves out countries whose value is undefined', () => {
    const noNcsc = wide('N', 'Service,PSIRT\nA,5\n');
    const out = summariseCountries([a, noNcsc].map((m) => ({ id: m.country, metrics: computeCountryMetrics(m, 5) })));
    expect(out.get('A')!.some((f) => f.metric === 'ncscShare')).toBe(false);
  });
});
