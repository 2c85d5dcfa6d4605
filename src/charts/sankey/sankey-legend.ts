import { estimateTextWidth, wrapText } from '../text-measure';
import type { LegendKey } from './sankey-graph';

/** A legend entry with its name, before placement. */
export interface LegendEntry extends LegendKey {
  readonly label: string;
}

/** A placed swatch and its label (text baseline at y). */
export interface LegendItem extends LegendEntry {
  readonly swatchX: number;
  readonly swatchY: number;
  readonly x: number;
  readonly y: number;
}

/** Everything the legend draws: a scale bar, then one line (or more) of swatches per group. */
export interface SankeyLegendLayout {
  readonly scaleBar: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly label: string;
    readonly labelX: number;
    readonly labelY: number;
  };
  readonly headings: readonly { readonly label: string; readonly x: number; readonly y: number }[];
  readonly items: readonly LegendItem[];
  readonly swatch: number;
  readonly bottom: number;
}

const SWATCH = 14;

/**
 * Places the legend in [x0, x1] from `top` down: the scale bar (10 units drawn at the chart's
 * px per unit, so two charts' bars can be compared), then each group's heading and its swatches,
 * flowing onto new lines as the width requires.
 */
export function layoutLegend(
  entries: readonly LegendEntry[],
  headings: Readonly<Record<LegendKey['group'], string>>,
  scaleLabel: string,
  pxPerUnit: number,
  box: {
    x0: number;
    x1: number;
    top: number;
    fontSize: number;
    lineHeight: number;
    /** The first group starts on the scale bar's line, after its label (a slide's one legend under its charts). */
    afterScaleBar?: boolean;
  },
): SankeyLegendLayout {
  const { x0, x1, fontSize, lineHeight } = box;
  const barHeight = Math.max(1, pxPerUnit * 10);
  const rowHeight = Math.max(lineHeight, barHeight);
  const scaleBar = {
    x: x0,
    y: box.top + (rowHeight - barHeight) / 2,
    width: SWATCH,
    height: barHeight,
    label: scaleLabel,
    labelX: x0 + SWATCH + 8,
    labelY: box.top + rowHeight / 2 + fontSize * 0.35,
  };
  let y = box.afterScaleBar ? box.top + (rowHeight - lineHeight) / 2 : box.top + rowHeight + 8;
  let start = box.afterScaleBar ? scaleBar.labelX + estimateTextWidth(scaleLabel, fontSize) + 2 * fontSize : x0;
  const placedHeadings: { label: string; x: number; y: number }[] = [];
  const items: LegendItem[] = [];
  for (const group of ['category', 'stakeholder', 'sector'] as const) {
    const inGroup = entries.filter((e) => e.group === group);
    if (inGroup.length === 0) continue;
    const heading = headings[group];
    placedHeadings.push({ label: heading, x: start, y: y + lineHeight / 2 + fontSize * 0.35 });
    let x = start + estimateTextWidth(heading, fontSize, true) + 12;
    start = x0;
    for (const e of inGroup) {
      // A label longer than a whole line is cut with "…"; its node label carries the full name.
      const label = wrapText(e.label, x1 - x0 - SWATCH - 6, fontSize, 1).lines[0] ?? '';
      const w = SWATCH + 6 + estimateTextWidth(label, fontSize);
      if (x + w > x1 && x > x0) {
        x = x0;
        y += lineHeight + 4;
      }
      items.push({
        ...e,
        label,
        swatchX: x,
        swatchY: y + (lineHeight - SWATCH) / 2,
        x: x + SWATCH + 6,
        y: y + lineHeight / 2 + fontSize * 0.35,
      });
      x += w + 16;
    }
    y += lineHeight + 8;
  }
  return { scaleBar, headings: placedHeadings, items, swatch: SWATCH, bottom: Math.max(y, box.top + rowHeight + 8) };
}
