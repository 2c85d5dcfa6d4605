import { describe, expect, it } from 'vitest';
import { editorMessages } from '../../src/i18n/editor-messages';
import { parseBlock } from '../../src/views/editor/grid-clipboard';

describe('a pasted block with a cell that is not a score', () => {
  it('is refused at that cell, why said in the importer’s words in either language', () => {
    const parsed = parseBlock('5\t7\n1e1\t3');
    expect(parsed).toEqual({ refused: { code: 'not-a-score', params: { value: '1e1' } }, line: 2, column: 1 });
    if (!('refused' in parsed)) return;
    const { en, ja } = editorMessages;
    expect(en.pasteInvalid(parsed.line, parsed.column, en.scoreRefused(parsed.refused))).toBe(
      'Paste refused, nothing was changed: line 2, column 1 of the pasted cells: "1e1" is not a score: use a number from 0 to 10, leave it blank for "not involved", or NA for unknown',
    );
    expect(ja.scoreRefused(parsed.refused)).toBe(
      '「1e1」はスコアではありません。0〜10の数値、関与なしは空欄、不明はNAとしてください',
    );
  });

  it('names a score outside 0–10 as the importer does', () => {
    const parsed = parseBlock('12');
    expect(parsed).toEqual({ refused: { code: 'out-of-range', params: { value: '12' } }, line: 1, column: 1 });
    if ('refused' in parsed) expect(editorMessages.en.scoreRefused(parsed.refused)).toBe('score 12 is outside 0–10');
  });
});
