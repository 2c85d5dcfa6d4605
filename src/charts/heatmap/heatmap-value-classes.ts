import type { HeatmapCell } from './heatmap-types';

// A palette switch changes every cell's fill but no cell's score. So the grid draws each scored cell with the
// class of its score (`vc-3`: the fourth smallest score drawn) and the palette as custom properties on the rows'
// group (`--vc-3` its fill, `--vi-3` its number's ink): a switch then changes one group's style, and no cell is
// rendered again. The classes are plain CSS (heatmap-values.css), allowed by the app's CSP; exports write the
// fills back as attributes (src/ui/export-image.ts), so a file never depends on that CSS.

/** How many value classes heatmap-values.css defines (vc-0 … vc-63); a score past them keeps its own fill. */
export const VALUE_CLASS_COUNT = 64;

/** The scores drawn, each with its class, and the palette of those classes. */
export interface ValueClasses {
  /** A scored cell's class index, by score: from the scores alone, so the same whatever the palette. */
  readonly index: ReadonlyMap<number, number>;
  /** `--vc-k`: the fill of class k; `--vi-k`: the ink of its number. */
  readonly vars: Readonly<Record<string, string>>;
}

/** The value classes of a frame's cells: the distinct scores in ascending order, the first VALUE_CLASS_COUNT classed. */
export function valueClasses(cells: readonly HeatmapCell[]): ValueClasses {
  const paint = new Map<number, HeatmapCell>();
  for (const c of cells) if (c.kind === 'score' && !paint.has(c.score as number)) paint.set(c.score as number, c);
  const scores = [...paint.keys()].sort((a, b) => a - b).slice(0, VALUE_CLASS_COUNT);
  const index = new Map<number, number>();
  const vars: Record<string, string> = {};
  scores.forEach((s, k) => {
    index.set(s, k);
    vars[`--vc-${k}`] = paint.get(s)!.fill;
    vars[`--vi-${k}`] = paint.get(s)!.textColor;
  });
  return { index, vars };
}

/** A cell's class name ("vc-3"), or undefined for blank, unknown and unclassed cells, which carry their fills. */
export function valueClassOf(cell: HeatmapCell, classes: ValueClasses): string | undefined {
  if (cell.kind !== 'score') return undefined;
  const k = classes.index.get(cell.score as number);
  return k === undefined ? undefined : `vc-${k}`;
}
