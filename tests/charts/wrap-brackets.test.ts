import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from '../../src/charts/text-measure';

// Japanese line breaking keeps a bracketed phrase whole where it fits ("プロジェクター / （高コントラスト）", not
// "プロジェクター（高 / コントラスト）", as the comparison slide's legend once read), and never ends a line on an
// opening bracket.
const width = (t: string) => estimateTextWidth(t, 16, true);

describe('wrapText with Japanese brackets', () => {
  it('breaks before a bracketed phrase that fits a line, not inside it', () => {
    const text = 'プロジェクター（高コントラスト）';
    const room = width('（高コントラスト）') + 2;
    expect(room).toBeLessThan(width(text));
    expect(wrapText(text, room, 16, 3, true).lines).toEqual(['プロジェクター', '（高コントラスト）']);
    // Wider than both words side by side, narrower than the whole: the same two lines.
    expect(wrapText(text, width('プロジェクター（高コ'), 16, 3, true).lines).toEqual([
      'プロジェクター',
      '（高コントラスト）',
    ]);
  });

  it('splits a bracketed phrase wider than a line between its words, never after the opening bracket', () => {
    const text = 'NCSC（ナショナルサイバーセキュリティセンター）';
    const room = width('セキュリティ') + 2;
    const { lines, truncated } = wrapText(text, room, 16, 6, true);
    expect(truncated).toBe(false);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(width(line)).toBeLessThanOrEqual(room);
      expect(line.endsWith('（')).toBe(false);
    }
  });

  it('never ends a line on an opening bracket before Latin text either', () => {
    for (const [text, room] of [
      ['窓口「NCSC」', width('窓口「') + 1],
      ['対応窓口（CSIRT・PSIRT・ISAC）', width('対応窓口（CSIRT') - 1],
      ['（注）NCSC（補足）PSIRT', width('（注）NCSC（') + 1],
    ] as const) {
      const { lines } = wrapText(text, room, 16, 8, true);
      expect(lines.join(''), text).toBe(text);
      for (const line of lines)
        expect(line.endsWith('「') || line.endsWith('（'), `${text}: ${lines.join(' / ')}`).toBe(false);
    }
  });

  it('keeps English and unbracketed Japanese as before', () => {
    expect(wrapText('Strategic management', width('Strategic') + 1, 16, 3, true).lines).toEqual([
      'Strategic',
      'management',
    ]);
    expect(wrapText('法執行機関・司法', 10_000, 16, 2, true).lines).toEqual(['法執行機関・司法']);
  });
});
