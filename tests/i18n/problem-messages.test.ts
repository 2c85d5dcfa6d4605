import { describe, expect, it } from 'vitest';
import { importMessages } from '../../src/i18n/import-messages';

// Every problem code has its Japanese message and kind name: the maps are typed by the code union,
// so tsc refuses a missing one; these pin the ones that were missing before.
describe('problem messages', () => {
  const ja = importMessages.ja;

  it('say a parse error in Japanese, keeping the parser’s detail', () => {
    const said = ja.problem('parse', { message: 'Trailing quote on quoted field is malformed' }, 'English fallback');
    expect(said).not.toBe('English fallback');
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

  it('fall back to the English for a problem without a code', () => {
    expect(ja.problem('', {}, 'English fallback')).toBe('English fallback');
    expect(ja.problemGroup(false, '', 3)).toBe('その他の警告（3件）');
  });
});
