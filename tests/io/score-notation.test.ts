// Issue #15: a score written with an exponent (1e1) or a leading plus (+5) is refused, never read silently.
import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../src/io/csv-import';
import { lineStartAfter, importBytesInTwo } from '../../src/io/worker/split-read';
import { readScore } from '../../src/io/score-text';
import { importMessages } from '../../src/i18n/import-messages';
import { describeProblem } from './said';

type Result = ReturnType<typeof importCsvText>;
const errors = (r: Result) => r.problems.filter((p) => p.severity === 'error');

describe('scores with an exponent or a plus sign', () => {
  it.each(['1e1', '+5', '1E1', '2.5e0', '+2.5', '＋5', '1e-7'])('readScore refuses %s', (v) => {
    expect(readScore(v)).toMatchObject({ ok: false, code: 'score-notation', value: v });
    expect(readScore(v, true)).toMatchObject({ ok: false, code: 'score-notation' });
  });

  it('refuses +2,5 with a decimal comma too, and keeps 7.5, 7,5 and -0', () => {
    expect(readScore('+2,5', true)).toMatchObject({ ok: false, code: 'score-notation' });
    expect(readScore('7.5')).toEqual({ ok: true, score: 7.5 });
    expect(readScore('7,5', true)).toEqual({ ok: true, score: 7.5 });
    expect(readScore('-0')).toEqual({ ok: true, score: 0 });
  });

  it('a wide file: an error naming line and column, nothing imported as 10 or 5', () => {
    const r = importCsvText('Service,NCSC,PSIRT,CERT\nA,7.5,1e1,\nB,,3,+5\n', { fileName: 'Kenya.csv' });
    expect(errors(r).map((p) => [p.code, p.line, p.column, p.params?.value])).toEqual([
      ['score-notation', 2, 3, '1e1'],
      ['score-notation', 3, 4, '+5'],
    ]);
    expect(r.matrices).toEqual([]);
    expect(describeProblem(errors(r)[0]!)).toMatch(/^line 2, column 3 \(C, PSIRT\): "1e1" is written with an exponent/);
  });

  it('a long file: an error naming line and the score column', () => {
    const r = importCsvText(
      'country,service,stakeholder,score\nKenya,D-1,NCSC,7.5\nKenya,D-2,NCSC,+5\nKenya,D-3,NCSC,1e1\n',
      {
        fileName: 'k.csv',
      },
    );
    expect(errors(r).map((p) => [p.code, p.line, p.column])).toEqual([
      ['score-notation', 3, 4],
      ['score-notation', 4, 4],
    ]);
    expect(describeProblem(errors(r)[0]!)).toMatch(/^line 3, column 4 \(D, score\): "\+5"/);
  });

  it('tab files still read 7,5 as 7.5 and refuse +5', () => {
    const ok = importCsvText('service\tNCSC\nD-1\t7,5\n', { fileName: 'Kenya.tsv' });
    expect(errors(ok)).toEqual([]);
    expect(ok.matrices[0]!.cells).toEqual([[7.5]]);
    const bad = importCsvText('service\tNCSC\nD-1\t+5\n', { fileName: 'Kenya.tsv' });
    expect(errors(bad).map((p) => [p.code, p.line, p.column])).toEqual([['score-notation', 2, 2]]);
  });

  it('a long file read in two halves refuses them the same way', () => {
    const lines = ['country,service,stakeholder,score'];
    for (let i = 1; i <= 8; i++) lines.push(`Kenya,D-${i},NCSC,${i === 7 ? '1e1' : i === 2 ? '+5' : '7.5'}`);
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    const whole = importCsvText(lines.join('\n') + '\n', { fileName: 'k.csv' });
    const two = importBytesInTwo('k.csv', bytes, lineStartAfter(bytes, 4)!);
    const where = (r: Result) => errors(r).map((p) => [p.code, p.line, p.column]);
    expect(where(two.result)).toEqual([
      ['score-notation', 3, 4],
      ['score-notation', 8, 4],
    ]);
    expect(where(two.result)).toEqual(where(whole));
  });

  it('is said in Japanese', () => {
    const said = importMessages.ja.problem({ code: 'score-notation', params: { value: '1e1' } });
    expect(said).toContain('「1e1」は指数表記か＋記号付き');
    expect(importMessages.ja.problemGroup(true, 'score-notation', 2)).not.toContain('その他');
  });
});
