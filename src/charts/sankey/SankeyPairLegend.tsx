import { CHART_FONT } from '../chart-theme';
import { SANKEY_THEMES } from './sankey-colors';
import type { PairLegendLayout } from './sankey-layout';
import { SankeyLegendMarks } from './SankeyDecor';

export interface SankeyPairLegendProps {
  /** The legend of both charts, from layoutPairLegend. */
  readonly layout: PairLegendLayout;
  /** Page and text colours, as the charts above it. */
  readonly theme?: 'light' | 'dark';
}

/** The one legend under two Sankey charts drawn side by side on one scale (a slide), as its own figure. */
export function SankeyPairLegend({ layout, theme = 'light' }: SankeyPairLegendProps) {
  const ink = SANKEY_THEMES[theme];
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="sankey-pair-legend"
      aria-hidden="true"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily={CHART_FONT}
    >
      <rect width="100%" height="100%" fill={ink.background} />
      <SankeyLegendMarks legend={layout} fontSize={layout.fontSize} ink={ink} />
    </svg>
  );
}
