import { estimateTextWidth, wrapText } from '../text-measure';

/** Okabe–Ito colours, told apart with every common colour-vision deficiency; one per country. */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'] as const;

/** Small bar charts, one per metric, one bar per country. */
export interface MetricBarsInput {
  /** The countries, in the order their bars are drawn. */
  readonly series: readonly { readonly key: string; readonly label: string }[];
  readonly metrics: readonly {
    readonly key: string;
    readonly title: string;
    /** The value a full-width bar stands for (1 for shares, 10 for players…). */
    readonly max: number;
    /** One per series; undefined draws no bar (undefined is not 0). */
    readonly values: readonly (number | undefined)[];
    /** The printed values, one per series ("52 %", "—"). */
    readonly texts: readonly string[];
  }[];
}

/** Sizes in px. */
export interface MetricBarsSize {
  readonly panelWidth?: number;
  readonly panelsPerRow?: number;
  readonly fontSize?: number;
  /** Laid out with no band for the title (a slide, whose heading names the chart): the title stays in the SVG as its accessible name. */
  readonly untitled?: boolean;
  /** Each row of panels only as tall as its own titles (a slide: one two-line title made every row taller). */
  readonly rowTitles?: boolean;
}

/** One bar with its country label and printed value. */
export interface MetricBar {
  readonly series: number;
  readonly label: string;
  readonly labelX: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly value: number | undefined;
  readonly text: string;
  readonly textX: number;
  readonly textY: number;
}

/** One metric's panel. */
export interface MetricPanel {
  readonly key: string;
  readonly title: string;
  readonly titleLines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly bars: readonly MetricBar[];
  /** The zero line of the bars. */
  readonly axisX: number;
}

/** Everything the metric bar charts draw. */
export interface MetricBarsLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly panels: readonly MetricPanel[];
}

const PAD = 12;
const GAP = 28;

/** The widths of a panel's country names (at most 8.5 em: longer ones end in "…") and of its printed values. */
function metricColumns(input: MetricBarsInput, fontSize: number) {
  const names = input.series.map((s) => estimateTextWidth(s.label, fontSize));
  const labelWidth = Math.min(Math.max(120, 8.5 * fontSize), Math.max(40, ...names));
  const values = input.metrics.flatMap((m) => m.texts.map((t) => estimateTextWidth(t, fontSize, true)));
  return { labelWidth, valueWidth: Math.max(36, ...values) + 8 };
}

/** The narrowest panel whose names, longest bar (20 px at least) and values do not run into the next. */
export function metricPanelMinWidth(input: MetricBarsInput, fontSize: number): number {
  const { labelWidth, valueWidth } = metricColumns(input, fontSize);
  return Math.ceil(labelWidth + 8 + valueWidth + Math.max(20, 2 * fontSize));
}

/** Lays out one small bar chart per metric in rows of panels. Pure. */
export function layoutMetricBars(input: MetricBarsInput, size: MetricBarsSize = {}): MetricBarsLayout {
  const fontSize = size.fontSize ?? 14;
  const lineHeight = Math.round(fontSize * 1.25);
  const panelWidth = size.panelWidth ?? 310;
  const perRow = Math.max(1, size.panelsPerRow ?? 4);
  const barStep = Math.round(fontSize * 1.75);
  const { labelWidth, valueWidth } = metricColumns(input, fontSize);
  const barMax = Math.max(20, panelWidth - labelWidth - 8 - valueWidth);
  const labels = input.series.map((s) => wrapText(s.label, labelWidth, fontSize, 1).lines[0] ?? '');
  const titles = input.metrics.map((m) => wrapText(m.title, panelWidth, fontSize, 2, true).lines);
  const rowCount = Math.ceil(input.metrics.length / perRow);
  const lines = (from: number, to: number) => Math.max(1, ...titles.slice(from, to).map((t) => t.length));
  const rowLines = Array.from({ length: rowCount }, (_, r) =>
    size.rowTitles ? lines(r * perRow, (r + 1) * perRow) : lines(0, titles.length),
  );
  const rowHeights = rowLines.map((n) => n * lineHeight + 8 + input.series.length * barStep + 4);
  const rowYs = rowHeights.map((_, r) => PAD + rowHeights.slice(0, r).reduce((a, h) => a + h + GAP, 0));

  const panels = input.metrics.map((m, i): MetricPanel => {
    const row = Math.floor(i / perRow);
    const x = PAD + (i % perRow) * (panelWidth + GAP);
    const y = rowYs[row]!;
    const axisX = x + labelWidth + 8;
    const top = y + rowLines[row]! * lineHeight + 8;
    const bars = input.series.map((s, j): MetricBar => {
      const value = m.values[j];
      const width = value === undefined || m.max <= 0 ? 0 : (Math.max(0, Math.min(value, m.max)) / m.max) * barMax;
      const by = top + j * barStep;
      const height = barStep - 8;
      return {
        series: j,
        label: labels[j]!,
        labelX: x,
        x: axisX,
        y: by,
        width,
        height,
        color: SERIES_COLORS[j % SERIES_COLORS.length]!,
        value,
        text: m.texts[j] ?? '',
        textX: axisX + width + 6,
        textY: by + height / 2,
      };
    });
    return {
      key: m.key,
      title: m.title,
      titleLines: titles[i]!,
      x,
      y,
      width: panelWidth,
      height: rowHeights[row]!,
      bars,
      axisX,
    };
  });
  const cols = Math.min(perRow, input.metrics.length);
  return {
    width: PAD * 2 + cols * panelWidth + Math.max(0, cols - 1) * GAP,
    height: PAD * 2 + rowHeights.reduce((a, h) => a + h, 0) + Math.max(0, rowCount - 1) * GAP,
    fontSize,
    lineHeight,
    panels,
  };
}
