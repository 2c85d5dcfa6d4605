import { useId, useMemo, type Ref } from 'react';
import { sankeyMessages } from '../../i18n/sankey-messages';
import { CHART_FONT } from '../chart-theme';
import { SANKEY_THEMES } from './sankey-colors';
import type { SankeyText } from './sankey-describe';
import { drawSankey } from './sankey-drawing';
import type { SankeyInput, SankeyOptions, SankeySize } from './sankey-types';
import { SankeyDecor, SankeyTitle } from './SankeyDecor';
import { SankeyMarks } from './SankeyMarks';
import { SankeyTooltip } from './SankeyTooltip';
import { useSankeyInteraction } from './use-sankey-interaction';
import './sankey.css';

export interface SankeyProps {
  /** Rows, stakeholders and scores, with names in the display language. */
  readonly input: SankeyInput;
  /** Direction, order, minimum score, normalisation, colouring, sector column. */
  readonly options: SankeyOptions;
  /** Drawn at the top and used as the chart's accessible name. */
  readonly title: string;
  /** Width, font size and scale; give two charts the same pxPerUnit to compare them. */
  readonly size?: SankeySize;
  /** Translated words; English by default. */
  readonly text?: SankeyText;
  /** Page and text colours of the figure. */
  readonly theme?: 'light' | 'dark';
  /** The <svg> element, for export. */
  readonly svgRef?: Ref<SVGSVGElement>;
}

const NO_SIZE: SankeySize = {};

/** A Sankey diagram of who carries which services; all geometry comes from layoutSankey. */
export function Sankey({
  input,
  options,
  title,
  size = NO_SIZE,
  text = sankeyMessages.en,
  theme = 'light',
  svgRef,
}: SankeyProps) {
  const { layout, descriptions, index } = useMemo(
    () => drawSankey(input, options, size, text, title),
    [input, options, size, text, title],
  );
  const ink = SANKEY_THEMES[theme];
  const uid = useId().replace(/:/g, '');
  const { ownRef, wrapRef, active, activeId, tabStop, focusedId, hideTip, handlers } = useSankeyInteraction(
    layout,
    index,
    svgRef,
  );

  const described = activeId === undefined ? undefined : descriptions.get(activeId);
  return (
    <div className="sankey-wrap" ref={wrapRef} onPointerLeave={hideTip}>
      <p id={`sk-help-${uid}`} className="visually-hidden">
        {text.keyboardHelp}
      </p>
      <svg
        ref={ownRef}
        xmlns="http://www.w3.org/2000/svg"
        className="sankey"
        role="group"
        aria-labelledby={`sk-title-${uid}`}
        aria-describedby={`sk-help-${uid}`}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        fontFamily={CHART_FONT}
        fontSize={layout.fontSize}
        data-px-per-unit={Math.round(layout.pxPerUnit * 1e6) / 1e6}
        {...handlers}
      >
        <rect width="100%" height="100%" fill={ink.background} />
        <SankeyTitle layout={layout} ink={ink} titleId={`sk-title-${uid}`} />
        <SankeyMarks layout={layout} descriptions={descriptions} ink={ink} focusId={tabStop} focusedId={focusedId} />
        <SankeyDecor layout={layout} ink={ink} />
      </svg>
      {active && described && <SankeyTooltip anchor={active} text={described} />}
    </div>
  );
}
