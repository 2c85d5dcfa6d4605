import { memo } from 'react';
import { CHART_FOCUS } from '../chart-theme';
import type { SankeyItemText } from './sankey-describe';
import type { SankeyLayout, SankeyNodeLayout } from './sankey-layout';
import type { SankeyInk } from './SankeyDecor';

/** Link opacity at rest; hovering one item lifts its paths and dims the rest (sankey.css). */
export const LINK_OPACITY = 0.5;

export interface SankeyMarksProps {
  readonly layout: SankeyLayout;
  readonly descriptions: ReadonlyMap<string, SankeyItemText>;
  readonly ink: SankeyInk;
  /** The one item in the tab order (roving tabindex). */
  readonly focusId: string | undefined;
  /** The item that has keyboard focus now, if any (links get a drawn focus ring). */
  readonly focusedId: string | undefined;
}

/**
 * Links, then nodes with their labels, each a focusable item named by its figures. Memoised:
 * hovering only toggles classes on these elements, it never re-renders them.
 */
export const SankeyMarks = memo(function SankeyMarks({
  layout,
  descriptions,
  ink,
  focusId,
  focusedId,
}: SankeyMarksProps) {
  const focused = focusedId === undefined ? undefined : layout.links.find((l) => l.id === focusedId);
  return (
    <>
      {/* Opacity once on the group (inherited): at 64 × 40 that is 1,113 attributes fewer to set. */}
      <g className="sankey-links" fill="none" strokeOpacity={LINK_OPACITY}>
        {layout.links.map((l) => (
          <path
            key={l.id}
            className="sankey-item sankey-link"
            data-id={l.id}
            data-value={round(l.value)}
            data-raw={round(l.raw)}
            d={l.path}
            stroke={l.color}
            strokeWidth={l.width}
            role="img"
            aria-label={descriptions.get(l.id)?.label}
            tabIndex={l.id === focusId ? 0 : -1}
          />
        ))}
      </g>
      {focused && (
        // A keyboard user's focus ring for a link: the link redrawn opaque inside an amber band.
        <g className="sankey-focus-ring" fill="none" pointerEvents="none" aria-hidden="true" data-export="skip">
          <path d={focused.path} stroke={CHART_FOCUS} strokeWidth={focused.width + 6} />
          <path d={focused.path} stroke={focused.color} strokeWidth={focused.width} />
        </g>
      )}
      <g className="sankey-nodes">
        {layout.nodes.map((n) => (
          <Node
            key={n.id}
            node={n}
            layout={layout}
            ink={ink}
            label={descriptions.get(n.id)?.label}
            focusable={n.id === focusId}
          />
        ))}
      </g>
    </>
  );
});

function Node({
  node: n,
  layout,
  ink,
  label,
  focusable,
}: {
  node: SankeyNodeLayout;
  layout: SankeyLayout;
  ink: SankeyInk;
  label: string | undefined;
  focusable: boolean;
}) {
  const l = n.label;
  const h = n.y1 - n.y0;
  const halo = l.halo
    ? { stroke: ink.background, strokeWidth: 4, strokeLinejoin: 'round' as const, paintOrder: 'stroke' }
    : {};
  return (
    <g
      className="sankey-item sankey-node"
      data-id={n.id}
      data-value={round(n.value)}
      role="img"
      aria-label={label}
      tabIndex={focusable ? 0 : -1}
    >
      {/* A node carrying nothing is drawn as a thin grey tick so that it is still seen and named. */}
      <rect
        x={n.x0}
        y={h >= 1 ? n.y0 : n.y0 - 1}
        width={n.x1 - n.x0}
        height={Math.max(h, 2)}
        fill={h >= 1 ? n.color : ink.rule}
      />
      {l.leader && (
        <line x1={l.leader.x1} y1={l.leader.y1} x2={l.leader.x2} y2={l.leader.y2} stroke={ink.muted} strokeWidth={1} />
      )}
      <text x={l.totalX} y={l.y} textAnchor="end" fontWeight={700} fill={ink.foreground} {...halo}>
        {l.total}
      </text>
      <text className="sankey-label" x={l.x} y={l.y} textAnchor={l.anchor} fill={ink.foreground} {...halo}>
        {l.lines.map((line, i) => (
          <tspan key={i} x={l.x} dy={i === 0 ? 0 : layout.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

// Data attributes carry figures for tests and scripts: 6 decimals keep ratios exact to 1e-6.
function round(v: number): string {
  return String(Math.round(v * 1e6) / 1e6);
}
