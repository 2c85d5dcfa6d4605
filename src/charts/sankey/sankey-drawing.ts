import { describeSankey, sankeyWords, type SankeyItemText, type SankeyText } from './sankey-describe';
import { layoutSankey, type SankeyLayout } from './sankey-layout';
import { indexSankey, type SankeyIndex } from './sankey-paths';
import type { SankeyInput, SankeyOptions, SankeySize } from './sankey-types';

// A Sankey drawn again with the same input, options, size and words (its tab left and opened again,
// a slide showing the chart just seen) takes its last layout instead of laying it out again: at
// 64 × 40 the layout is most of the chart's first render. Inputs are compared by identity (the
// view keeps one per matrix and language, matrix-sankey.ts), options and sizes by value.

/** A chart ready to draw: its geometry, what each item announces, and the index interaction walks. */
export interface SankeyDrawing {
  readonly layout: SankeyLayout;
  readonly descriptions: ReadonlyMap<string, SankeyItemText>;
  readonly index: SankeyIndex;
}

type Key = {
  readonly input: SankeyInput;
  readonly options: SankeyOptions;
  readonly size: SankeySize;
  readonly text: SankeyText;
  readonly title: string;
};

/** Charts kept: the two of a side-by-side pair and the two before them. */
const KEEP = 4;
const recent: { key: Key; drawing: SankeyDrawing }[] = [];

/** Lays out a chart, or hands back the one laid out last time with the same input, options, size and words. */
export function drawSankey(
  input: SankeyInput,
  options: SankeyOptions,
  size: SankeySize,
  text: SankeyText,
  title: string,
): SankeyDrawing {
  const key = { input, options, size, text, title };
  const i = recent.findIndex((r) => sameKey(r.key, key));
  if (i >= 0) {
    const [hit] = recent.splice(i, 1);
    recent.unshift(hit!);
    return hit!.drawing;
  }
  const layout = layoutSankey(input, options, size, sankeyWords(text, title, input, options));
  const drawing = { layout, descriptions: describeSankey(layout, input, options, text), index: indexSankey(layout) };
  recent.unshift({ key, drawing });
  recent.length = Math.min(recent.length, KEEP);
  return drawing;
}

function sameKey(a: Key, b: Key): boolean {
  return (
    a.input === b.input &&
    a.text === b.text &&
    a.title === b.title &&
    shallowEqual(a.options, b.options) &&
    shallowEqual(a.size, b.size)
  );
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const ka = Object.keys(a) as (keyof T)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
