import { describe, expect, it } from 'vitest';
import { describeSankey, formatFigure } from '../../src/charts/sankey/sankey-describe';
import { breaksBadly, dodgeLabels, wordSplits, wrapBalanced } from '../../src/charts/sankey/sankey-labels';
import { layoutSankey } from '../../src/charts/sankey/sankey-layout';
import { indexSankey, moveFocus, pathsThrough } from '../../src/charts/sankey/sankey-paths';
import { wrapText } from '../../src/charts/text-measure';
import { sankeyMessages } from '../../src/i18n/sankey-messages';
import { opts, SMALL, wordsFor } from './sankey-fixture';

const sectors = opts({ showSectors: true });
const layout = layoutSankey(SMALL, sectors, { width: 900, pxPerUnit: 4 }, wordsFor(SMALL, sectors));
const index = indexSankey(layout);
const sorted = (s: Set<string>) => [...s].sort();

describe('pathsThrough', () => {
  it('lights a service, its flows, its stakeholders and their flows on to their sectors', () => {
    expect(sorted(pathsThrough(index, 'r:B'))).toEqual([
      'g:academia',
      'l:B|academia',
      'l:academia|academia',
      'r:B',
      's:academia',
    ]);
  });

  it('lights a stakeholder with every flow into and out of it', () => {
    expect(sorted(pathsThrough(index, 's:psirt'))).toEqual([
      'g:private',
      'l:A|psirt',
      'l:C|psirt',
      'l:psirt|private',
      'r:A',
      'r:C',
      's:psirt',
    ]);
  });

  it('lights a link, both its ends and the flow beyond them', () => {
    expect(sorted(pathsThrough(index, 'l:C|ncsc'))).toEqual([
      'g:government',
      'l:C|ncsc',
      'l:ncsc|government',
      'r:C',
      's:ncsc',
    ]);
  });
});

describe('moveFocus', () => {
  it('walks a column with Up/Down/Home/End and follows flows with Right/Left', () => {
    expect(index.lanes.map((l) => l.length)).toEqual([3, 6, 3, 3, 3]);
    expect(moveFocus(index, 'r:A', 'ArrowDown')).toBe('r:B');
    expect(moveFocus(index, 'r:A', 'ArrowUp')).toBe('r:A');
    expect(moveFocus(index, 'r:A', 'End')).toBe('r:C');
    expect(moveFocus(index, 'r:C', 'Home')).toBe('r:A');
    // Right from a node: its topmost outgoing link; from a link: its target
    expect(moveFocus(index, 'r:A', 'ArrowRight')).toBe('l:A|ncsc');
    expect(moveFocus(index, 'l:A|ncsc', 'ArrowDown')).toBe('l:A|psirt');
    expect(moveFocus(index, 'l:A|psirt', 'ArrowRight')).toBe('s:psirt');
    expect(moveFocus(index, 's:psirt', 'ArrowRight')).toBe('l:psirt|private');
    expect(moveFocus(index, 'l:psirt|private', 'ArrowRight')).toBe('g:private');
    expect(moveFocus(index, 'g:private', 'ArrowRight')).toBe('g:private');
    expect(moveFocus(index, 's:psirt', 'ArrowLeft')).toBe('l:A|psirt');
    expect(moveFocus(index, 'l:A|psirt', 'ArrowLeft')).toBe('r:A');
    expect(moveFocus(index, 'r:A', 'Tab')).toBeUndefined();
  });

  it('reaches every node and link from the first node', () => {
    const seen = new Set<string>();
    const queue = ['r:A'];
    while (queue.length) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) queue.push(moveFocus(index, id, key)!);
    }
    expect(seen.size).toBe(layout.nodes.length + layout.links.length);
  });
});

describe('describeSankey', () => {
  it('states the exact figures of every node and link', () => {
    const d = describeSankey(layout, SMALL, sectors, sankeyMessages.en);
    expect(d.get('l:C|psirt')!.label).toBe('Flow: C Deep analysis → PSIRT. 8 of 10. 50 % of C Deep analysis');
    expect(d.get('r:B')!.label).toBe('Node: B Real-time analysis. sum of scores 4 (1 cell). 1 unknown cell, not drawn');
    expect(d.get('s:ncsc')!.lines).toEqual(['sum of scores 12 (2 cells)', 'sector group: Government']);
    expect(d.get('l:ncsc|government')!.label).toBe('Flow: NCSC → Government. sum of scores 12 (2 cells)');
    expect(d.size).toBe(layout.nodes.length + layout.links.length);
  });

  it('adds the normalised weight and speaks Japanese', () => {
    const o = opts({ normalise: true });
    const l = layoutSankey(SMALL, o, {}, wordsFor(SMALL, o));
    const d = describeSankey(l, SMALL, o, sankeyMessages.ja);
    expect(d.get('r:A')!.lines).toEqual(['重み 100（各サービス＝100）', 'スコア合計 15（2 セル）']);
    expect(d.get('l:A|ncsc')!.lines).toEqual(['10点中10点', 'A Strategic management of CDCの 66.7 %']);
  });

  it('formats figures with at most one decimal', () => {
    expect([7, 2.5, 23.684, 66.666, 0.04].map(formatFigure)).toEqual(['7', '2.5', '23.7', '66.7', '0']);
  });
});

describe('label helpers', () => {
  it('pushes overlapping labels apart in order and keeps them inside the bounds', () => {
    const tops = dodgeLabels(
      [
        { center: 10, height: 20 },
        { center: 12, height: 20 },
        { center: 95, height: 20 },
      ],
      0,
      100,
      4,
    );
    expect(tops).toEqual([0, 24, 80]);
  });

  it('balances wrapped lines and never starts a line with a small kana or a long-vowel mark', () => {
    // 15 characters at 14 px in 200 px: plain wrapping breaks at the last word that fits (評価 alone),
    // balancing evens the lines at a word boundary (7 + 8), never inside a word such as および.
    expect(wrapText('脅威情報の収集および分析と評価', 200, 14, 3).lines).toEqual([
      '脅威情報の収集および分析と',
      '評価',
    ]);
    expect(wrapBalanced('脅威情報の収集および分析と評価', 200, 14, 3, wrapText)).toEqual([
      '脅威情報の収集',
      'および分析と評価',
    ]);
    expect(wrapBalanced('認証ベンダー', 70, 14, 3, wrapText)).toEqual(['認証', 'ベンダー']);
    expect(wrapText('法執行機関・司法', 80, 14, 3).lines).toEqual(['法執行', '機関・司法']);
    expect(breaksBadly(['CDCプラットフ', 'ォームの開発'])).toBe(true);
    expect(breaksBadly(wrapBalanced('G CDCプラットフォームの開発・保守', 200, 14, 3, wrapText))).toBe(false);
  });

  it('pulls a character down rather than start a line with a long-vowel mark', () => {
    // 19 characters in 3 lines of at most 9: the only 3-line breaks leave "ー" alone at the end
    const lines = wrapBalanced('ナショナルサイバーセキュリティセンター', 126, 14, 3, wrapText);
    expect(lines.join('')).toBe('ナショナルサイバーセキュリティセンター');
    expect(breaksBadly(lines)).toBe(false);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(9);
  });

  it('never splits a Latin word that fitted on a line', () => {
    expect(wrapBalanced('National SOC', 80, 14, 3, wrapText)).toEqual(['National', 'SOC']);
    expect(wrapBalanced('Certificate Vendor', 90, 14, 3, wrapText)).toEqual(['Certificate', 'Vendor']);
    expect(wordSplits('National SOC', ['Nation', 'al SOC'])).toBe(1);
    expect(wordSplits('National SOC', ['National', 'SOC'])).toBe(0);
  });
});
