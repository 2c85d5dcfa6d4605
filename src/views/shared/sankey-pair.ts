import { sankeyWords, type SankeyText } from '../../charts/sankey/sankey-describe';
import { fitPxPerUnit, sankeyWidth } from '../../charts/sankey/sankey-frame';
import type { SankeyInput, SankeyOptions, SankeySize } from '../../charts/sankey/sankey-types';

/**
 * The sizes of two Sankey charts drawn side by side: the same width and the scale that fits the bigger
 * one (same px per unit of flow), so the page scales both alike and equal flows look equal.
 */
export function pairSankeySizes(
  inputs: readonly [SankeyInput, SankeyInput],
  options: SankeyOptions,
  text: SankeyText,
  base: SankeySize,
): [SankeySize, SankeySize] {
  const words = (i: SankeyInput) => sankeyWords(text, '', i, options);
  const width = Math.max(...inputs.map((i) => sankeyWidth(i, options, base, words(i))));
  const pxPerUnit = Math.min(...inputs.map((i) => fitPxPerUnit(i, options, { ...base, width }, words(i))));
  const size = { ...base, width, pxPerUnit };
  return [size, size];
}
