import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../src/domain/problem-codes';
import { importMessages } from '../../src/i18n/import-messages';
import { PROBLEM_KINDS_EN } from '../../src/i18n/problem-texts';

// Every problem code has its Japanese message and kind name: the maps are typed by the code union,
// so tsc refuses a missing one; these pin the ones that were missing before.
describe('problem messages', () => {
  const ja = importMessages.ja;

  it('say a parse error in Japanese, keeping the parser’s detail', () => {
    const said = ja.problem({ code: 'parse', params: { message: 'Trailing quote on quoted field is malformed' } });
    expect(said).toContain('この行を読めませんでした');
    expect(said).toContain('Trailing quote on quoted field is malformed');
  });

  it('name every kind in a group heading, the newer codes included', () => {
    for (const code of [
      'comma-decimal',
      'extra-fields',
      'missing-score',
      'unlisted-cells',
      'provenance-line',
      'bad-json-value',
    ] as const) {
      expect(ja.problemGroup(true, code, 2)).not.toContain('その他');
      expect(importMessages.en.problemGroup(true, code, 2)).not.toContain('Other');
    }
  });

  it('word every code in both languages, the values it names carried as data', () => {
    for (const code of Object.keys(PROBLEM_KINDS_EN) as ProblemCode[]) {
      const params = { name: 'Kenya', value: 'x', n: 2, line: 7, message: 'Unexpected token' };
      expect(importMessages.en.problem({ code, params })).not.toMatch(/undefined|^$/);
      expect(ja.problem({ code, params })).not.toMatch(/undefined|^$/);
    }
    expect(importMessages.en.problem({ code: 'out-of-range', params: { value: '12' } })).toBe(
      'score 12 is outside 0–10',
    );
    expect(ja.problem({ code: 'out-of-range', params: { value: '12' } })).toBe('スコア12は0〜10の範囲外です');
  });

  it('say that a sheet left out of a link was not imported', () => {
    const p = { code: 'xlsx-formula-error', params: { value: '#REF!' }, notImported: true } as const;
    expect(importMessages.en.problem(p)).toBe('not imported: the formula gives the error #REF!');
    expect(ja.problem(p)).toBe('読み込みませんでした：数式がエラー #REF! になっています');
  });

  it('name a group without a code as other errors or warnings', () => {
    expect(ja.problemGroup(false, '', 3)).toBe('その他の警告（3件）');
  });
});
