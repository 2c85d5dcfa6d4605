import type { SankeyItemText } from './sankey-describe';

/** Where the tooltip points: the item's id and a point in the chart wrapper's coordinates. */
export interface TooltipAnchor {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Width of the wrapper, to flip the tooltip left near the right edge. */
  readonly width: number;
}

/** The exact figures of the hovered or focused item, beside it. */
export function SankeyTooltip({ anchor, text }: { anchor: TooltipAnchor; text: SankeyItemText }) {
  const flip = anchor.x > anchor.width - 320;
  return (
    <div
      className="sankey-tooltip"
      role="tooltip"
      data-for={anchor.id}
      style={{
        left: anchor.x + (flip ? -16 : 16),
        top: anchor.y + 16,
        transform: flip ? 'translateX(-100%)' : undefined,
      }}
    >
      <div className="sankey-tooltip-title">{text.title}</div>
      {text.lines.map((line, i) => (
        <div key={i} className="sankey-tooltip-line">
          {line}
        </div>
      ))}
    </div>
  );
}
