import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutHeatmap } from '../../src/charts/heatmap/heatmap-layout';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-types';
import { VALUE_CLASS_COUNT, valueClasses, valueClassOf } from '../../src/charts/heatmap/heatmap-value-classes';

const input = (values: HeatmapInput['values'], palette: HeatmapInput['palette']): HeatmapInput => ({
  rows: values.map((_, i) => ({ key: `r${i}`, name: `Row ${i}` })),
  columns: values[0]!.map((_, c) => ({ key: `c${c}`, name: `Column ${c}` })),
  values,
  palette,
});

describe('heatmap value classes', () => {
  it('number the scores drawn in ascending order, whatever the palette; blank and unknown cells have none', () => {
    const values = [
      [7, null, 2.5],
      ['unknown', 0, 7],
    ] as const;
    const a = layoutHeatmap(input(values, 'ylgnbu'));
    const b = layoutHeatmap(input(values, 'projector'));
    const [ca, cb] = [valueClasses(a.cells), valueClasses(b.cells)];
    expect([...ca.index]).toEqual([
      [0, 0],
      [2.5, 1],
      [7, 2],
    ]);
    expect([...cb.index]).toEqual([...ca.index]);
    expect(a.cells.map((c) => valueClassOf(c, ca))).toEqual(['vc-2', undefined, 'vc-1', undefined, 'vc-0', 'vc-2']);
    // The palette is in the custom properties: each class's fill and its number's ink.
    const seven = b.cells[0]!;
    expect(cb.vars['--vc-2']).toBe(seven.fill);
    expect(cb.vars['--vi-2']).toBe(seven.textColor);
    expect(ca.vars['--vc-2']).not.toBe(seven.fill);
  });

  it('class no more scores than the stylesheet defines: the rest keep their own fills', () => {
    const scores = Array.from({ length: VALUE_CLASS_COUNT + 6 }, (_, i) => (i * 10) / (VALUE_CLASS_COUNT + 5));
    const frame = layoutHeatmap(input([scores], 'viridis'));
    const classes = valueClasses(frame.cells);
    expect(classes.index.size).toBe(VALUE_CLASS_COUNT);
    expect(valueClassOf(frame.cells[VALUE_CLASS_COUNT - 1]!, classes)).toBe(`vc-${VALUE_CLASS_COUNT - 1}`);
    expect(valueClassOf(frame.cells[VALUE_CLASS_COUNT]!, classes)).toBeUndefined();
  });

  it('match heatmap-values.css, which maps each class to its custom properties', () => {
    const css = readFileSync('src/charts/heatmap/heatmap-values.css', 'utf8');
    const rules = [...css.matchAll(/\.vc-(\d+) > (rect|text) \{\s*fill: var\(--v([ci])-(\d+)\);\s*\}/g)];
    expect(rules.length).toBe(2 * VALUE_CLASS_COUNT);
    for (const [, k, el, v, k2] of rules) {
      expect(k2).toBe(k);
      expect(v).toBe(el === 'rect' ? 'c' : 'i');
    }
    expect(new Set(rules.map((r) => Number(r[1])))).toEqual(
      new Set(Array.from({ length: VALUE_CLASS_COUNT }, (_, k) => k)),
    );
  });
});
