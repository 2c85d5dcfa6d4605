import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScore, plainDecimal, readScore } from '../../src/io/score-text';

describe('score text', () => {
  it('writes very small and very precise scores without an exponent', () => {
    expect(formatScore(1e-7)).toBe('0.0000001');
    expect(formatScore(1.5e-10)).toBe('0.00000000015');
    expect(formatScore(2.5)).toBe('2.5');
    expect(formatScore(10)).toBe('10');
    expect(plainDecimal(1.25e21)).toBe('1250000000000000000000');
    expect(plainDecimal(-3e-7)).toBe('-0.0000003');
  });

  it('reads "-0" as 0 (a zero has no sign here)', () => {
    const r = readScore('-0');
    expect(r.ok && Object.is(r.score, 0)).toBe(true);
    const d = readScore('-0.0');
    expect(d.ok && Object.is(d.score, 0)).toBe(true);
  });

  it('refuses exponent notation (issue #15: 1e1 reads otherwise than it looks)', () => {
    expect(readScore('1e-7')).toMatchObject({ ok: false, code: 'score-notation' });
    expect(readScore('2.5E0')).toMatchObject({ ok: false, code: 'score-notation' });
    expect(readScore('1e2')).toMatchObject({ ok: false, code: 'score-notation' });
    expect(readScore('1e')).toMatchObject({ ok: false, code: 'not-a-score' });
  });

  it('refuses digits grouped by a point in a semicolon file, where "1.000" is one thousand (a trial read it as 1)', () => {
    for (const v of ['1.000', '10.000', '0.500', ' 7.500 ', '１．０００'])
      expect(readScore(v, true, true), v).toMatchObject({ ok: false, code: 'thousands-point' });
    // Not grouped by thousands: read as before, in a semicolon file too.
    expect(readScore('7.5', true, true)).toEqual({ ok: true, score: 7.5 });
    expect(readScore('2.25', true, true)).toEqual({ ok: true, score: 2.25 });
    expect(readScore('7,5', true, true)).toEqual({ ok: true, score: 7.5 });
    expect(readScore('1.0000', true, true)).toEqual({ ok: true, score: 1 });
    // In comma and tab files a point is the decimal point: 1.000 is 1, as before.
    expect(readScore('1.000')).toEqual({ ok: true, score: 1 });
    expect(readScore('1.000', true)).toEqual({ ok: true, score: 1 });
  });

  it('round-trips every finite score in 0–10 exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = formatScore(n);
        expect(text).not.toMatch(/e/i);
        const back = readScore(text);
        expect(back.ok && back.score === n).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
