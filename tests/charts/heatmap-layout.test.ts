import { describe, expect, it } from 'vitest';
import { layoutHeatmap, BLANK_FILL } from '../../src/charts/heatmap/heatmap-layout';
import { formatCellNumber, formatMarginal } from '../../src/charts/heatmap/heatmap-format';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-types';
import { contrastRatio, scoreColorScale, textColorOn } from '../../src/charts/color-scales';
import { estimateTextWidth, wrapText } from '../../src/charts/text-measure';

const input: HeatmapInput = {
  rows: [
    { key: 'A', id: 'A', name: 'Strategic management of CDC' },
    { key: 'custom:x', name: 'A custom row' },
  ],
  columns: [
    { key: 'ncsc', name: 'NCSC' },
    { key: 'academia', name: 'Academia' },
    { key: 'c', name: 'Certificate Vendor' },
  ],
  values: [
    [10, null, 'unknown'],
    [0, 2.25, 5],
  ],
  palette: 'ylgnbu',
};

describe('layoutHeatmap', () => {
  const layout = layoutHeatmap(input);

  it('lays out one cell per row × column, row-major, on a regular grid', () => {
    expect(layout.cells).toHaveLength(6);
    expect(layout.cells.map((c) => [c.row, c.col])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    const [a, b, c] = layout.cells;
    expect(c!.x - b!.x).toBeCloseTo(b!.x - a!.x, 6);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width);
    expect(layout.cells[3]!.y).toBeGreaterThan(a!.y + a!.height);
    for (const c of layout.cells) {
      expect(c.x).toBeGreaterThanOrEqual(layout.gridX);
      expect(c.x + c.width).toBeLessThanOrEqual(layout.gridX + layout.gridWidth + 0.001);
    }
  });

  it('prints scores, leaves blanks empty, marks unknowns, and colours by score', () => {
    expect(layout.cells.map((c) => [c.kind, c.text])).toEqual([
      ['score', '10'],
      ['blank', ''],
      ['unknown', '?'],
      ['score', '0'],
      ['score', '2.3'],
      ['score', '5'],
    ]);
    const color = scoreColorScale('ylgnbu');
    expect(layout.cells[0]!.fill).toBe(color(10));
    expect(layout.cells[1]!.fill).toBe(BLANK_FILL);
    expect(layout.cells[0]!.fill).not.toBe(layout.cells[3]!.fill);
  });

  it('chooses cell text with at least 4.5:1 contrast in every palette', () => {
    for (const palette of ['ylgnbu', 'viridis', 'projector', 'greys'] as const) {
      const color = scoreColorScale(palette);
      for (let s = 0; s <= 10; s += 0.5) {
        const fill = color(s);
        expect(contrastRatio(fill, textColorOn(fill)), `${palette} ${s}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps row labels left of the grid and column labels above it', () => {
    for (const l of layout.rowLabels)
      for (const line of l.lines)
        expect(l.x + estimateTextWidth(line, layout.fontSize)).toBeLessThanOrEqual(layout.gridX);
    for (const l of layout.columnLabels) expect(l.y).toBeLessThan(layout.gridY);
    expect(layout.rowLabels.map((l) => l.full)).toEqual(['A Strategic management of CDC', 'A custom row']);
  });

  it('makes columns wide enough for their longest word', () => {
    const w = layout.cells[0]!.width;
    expect(w).toBeGreaterThanOrEqual(estimateTextWidth('Certificate', layout.fontSize, true));
    expect(layout.columnLabels[2]!.lines).toEqual(['Certificate', 'Vendor']);
  });

  it('has a 0–10 legend with the palette named', () => {
    expect(layout.legend.ticks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8', '10']);
    expect(layout.legend.paletteName).toContain('colour-blind safe');
    expect(layout.legend.stops).toHaveLength(11);
  });

  it('handles an empty matrix', () => {
    const empty = layoutHeatmap({ rows: [], columns: [], values: [], palette: 'greys' });
    expect(empty.cells).toEqual([]);
    expect(empty.width).toBeGreaterThan(0);
  });
});

describe('text helpers', () => {
  it('wraps Latin text between words and CJK between characters', () => {
    const text = 'Collection, analysis and evaluation of threat intelligence';
    const en = wrapText(text, 200, 15, 3);
    expect(en.truncated).toBe(false);
    expect(en.lines.length).toBeGreaterThan(1);
    expect(en.lines.join(' ')).toBe(text);
    for (const line of en.lines) expect(estimateTextWidth(line, 15)).toBeLessThanOrEqual(200);
    const ja = wrapText('脅威情報の収集および分析と評価', 100, 15, 3);
    expect(ja.lines.join('')).toBe('脅威情報の収集および分析と評価');
    expect(ja.lines.length).toBeGreaterThan(1);
  });

  it('marks text cut at the line limit with an ellipsis', () => {
    const r = wrapText('one two three four five six seven', 40, 15, 2);
    expect(r.truncated).toBe(true);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[1]!.endsWith('…')).toBe(true);
  });

  it('prints at most one decimal', () => {
    expect([formatCellNumber(7), formatCellNumber(2.5), formatCellNumber(3.14159)]).toEqual(['7', '2.5', '3.1']);
  });
});

describe('themes and brackets', () => {
  it('reverses the ramp on a dark background so high scores are brightest', () => {
    const light = layoutHeatmap({ ...input, theme: 'light' });
    const dark = layoutHeatmap({ ...input, theme: 'dark' });
    expect(dark.cells[0]!.fill).toBe(scoreColorScale('ylgnbu', true)(10));
    expect(dark.cells[0]!.fill).toBe(scoreColorScale('ylgnbu')(0));
    expect(light.background).toBe('#ffffff');
    expect(dark.background).toBe('#111827');
    expect(dark.cells[1]!.fill).not.toBe(light.cells[1]!.fill);
  });

  it('colours by bracket and labels the brackets 0 | 1–3 | 4–6 | 7–9 | 10', () => {
    const l = layoutHeatmap({ ...input, colorMode: 'brackets', brackets: [1, 4, 7, 10] });
    expect(l.legend.mode).toBe('brackets');
    expect(l.legend.swatches.map((s) => s.label)).toEqual(['0', '1–3', '4–6', '7–9', '10']);
    // 2.25 and 0 fall in different brackets; 5 in 4–6.
    const fills = Object.fromEntries(l.cells.filter((c) => c.kind === 'score').map((c) => [String(c.score), c.fill]));
    expect(fills['2.25']).toBe(l.legend.swatches[1]!.color);
    expect(fills['5']).toBe(l.legend.swatches[2]!.color);
    expect(fills['0']).toBe(l.legend.swatches[0]!.color);
    expect(fills['10']).toBe(l.legend.swatches[4]!.color);
  });

  it('ignores bracket bounds out of range or order', () => {
    const l = layoutHeatmap({ ...input, colorMode: 'brackets', brackets: [7, -1, 4, 12, 4] });
    expect(l.legend.swatches.map((s) => s.label)).toEqual(['0–3', '4–6', '7–10']);
  });

  it('fades scored and blank cells below the threshold but never unknown ones', () => {
    const l = layoutHeatmap({ ...input, threshold: 5 });
    expect(l.cells.map((c) => c.faded)).toEqual([false, true, false, true, true, false]);
  });

  it('draws marginal bars scaled to their maximum', () => {
    const known = (value: number) => ({ value, unknown: 0 });
    const l = layoutHeatmap({
      ...input,
      rowMarginals: [10, 7.25].map(known),
      columnMarginals: [10, 2.25, 5].map(known),
    });
    expect(l.rowBars.map((b) => Math.round(b.width))).toEqual([110, 80]);
    expect(l.rowBars[1]!.text).toBe('7.3');
    expect(l.columnBars.map((b) => b.value)).toEqual([10, 2.25, 5]);
    expect(l.columnBars[0]!.height).toBeGreaterThan(l.columnBars[2]!.height);
  });

  it('prints "?" with no bar when nothing is known, and "+" when unknown cells may add to a value', () => {
    const l = layoutHeatmap({
      ...input,
      rowMarginals: [
        { value: null, unknown: 3 },
        { value: 2, unknown: 1 },
      ],
      columnMarginals: [
        { value: 4, unknown: 0 },
        { value: null, unknown: 2 },
        { value: 2, unknown: 1 },
      ],
    });
    expect(l.rowBars.map((b) => [b.text, Math.round(b.width)])).toEqual([
      ['?', 0],
      ['2+', 110],
    ]);
    expect(l.columnBars.map((b) => b.text)).toEqual(['4', '?', '2+']);
    expect(l.columnBars[1]!.height).toBe(0);
    expect(formatMarginal({ value: 2.25, unknown: 0 })).toBe('2.3');
  });
});

describe('Japanese line breaking', () => {
  it('never starts a line with a prolonged sound mark, small kana or closing punctuation', () => {
    for (const width of [40, 50, 60, 70, 80]) {
      for (const text of [
        '認証ベンダー',
        'インシデントハンドリング',
        'ナショナルサイバーセキュリティセンター',
        '法執行機関・司法',
      ]) {
        const { lines } = wrapText(text, width, 15, 20);
        expect(lines.join(''), `${text} @ ${width}`).toBe(text);
        for (const line of lines.slice(1))
          expect(line, `${text} @ ${width}: ${lines.join(' / ')}`).not.toMatch(
            /^[ーぁぃぅぇぉっゃゅょァィゥェォッャュョ、。・）」]/u,
          );
      }
    }
  });
});

describe('slanted column headings (slides)', () => {
  const wide: HeatmapInput = {
    ...input,
    columns: [
      { key: 'a', name: 'National Cyber Security Centre' },
      { key: 'b', name: 'Certificate Vendor' },
      { key: 'c', name: 'ナショナルサイバーセキュリティセンター' },
      { key: 'd', name: 'Ministry of Internal Affairs and Communications (cyber policy)' },
    ],
    values: input.rows.map(() => [10, 5, null, 1]),
  };
  const level = layoutHeatmap(wide, { fontSize: 21, cellWidth: 64 });
  const slanted = layoutHeatmap(wide, { fontSize: 21, cellWidth: 64, columnLabels: 'slanted' });

  it('keeps columns as narrow as asked, one line per heading at −45°, where level headings widen them', () => {
    expect(level.columnLabelAngle).toBe(0);
    expect(level.cells[1]!.x - level.cells[0]!.x).toBeGreaterThan(100);
    expect(slanted.columnLabelAngle).toBe(-45);
    expect(Math.round(slanted.cells[1]!.x - slanted.cells[0]!.x)).toBe(65); // 64 px columns on the band scale (4 % inner padding)
    expect(slanted.columnLabels.map((l) => l.lines.length)).toEqual([1, 1, 1, 1]);
    expect(slanted.columnLabels.slice(0, 3).map((l) => l.lines[0])).toEqual([
      'National Cyber Security Centre',
      'Certificate Vendor',
      'ナショナルサイバーセキュリティセンター',
    ]);
    // Headings longer than 22 ems end in "…"; the whole name stays in the label's full text.
    expect(slanted.columnLabels[3]!.lines[0]!.endsWith('…')).toBe(true);
    expect(slanted.columnLabels[3]!.full).toBe('Ministry of Internal Affairs and Communications (cyber policy)');
    expect(slanted.width).toBeLessThan(level.width);
  });

  it('leaves room above the grid and to the right for the longest heading', () => {
    const reach = Math.max(...slanted.columnLabels.map((l) => estimateTextWidth(l.lines[0]!, 21, true))) * Math.SQRT1_2;
    expect(slanted.gridY).toBeGreaterThanOrEqual(reach);
    const last = slanted.columnLabels.at(-1)!;
    expect(slanted.width).toBeGreaterThanOrEqual(last.x + estimateTextWidth(last.lines[0]!, 21, true) * Math.SQRT1_2);
  });
});
