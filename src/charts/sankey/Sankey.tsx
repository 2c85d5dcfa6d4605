import { useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { sankeyMessages } from '../../i18n/sankey-messages';
import { CHART_FONT } from '../chart-theme';
import { SANKEY_THEMES } from './sankey-colors';
import { describeSankey, sankeyWords, type SankeyText } from './sankey-describe';
import { layoutSankey } from './sankey-layout';
import { indexSankey, moveFocus, pathsThrough } from './sankey-paths';
import type { SankeyInput, SankeyOptions, SankeySize } from './sankey-types';
import { SankeyDecor, SankeyTitle } from './SankeyDecor';
import { SankeyMarks } from './SankeyMarks';
import { SankeyTooltip, type TooltipAnchor } from './SankeyTooltip';
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
export function Sankey({ input, options, title, size = NO_SIZE, text = sankeyMessages.en, theme = 'light', svgRef }: SankeyProps) {
  const words = useMemo(() => sankeyWords(text, title, input, options), [text, title, input, options]);
  const layout = useMemo(() => layoutSankey(input, options, size, words), [input, options, size, words]);
  const descriptions = useMemo(() => describeSankey(layout, input, options, text), [layout, input, options, text]);
  const index = useMemo(() => indexSankey(layout), [layout]);
  const ink = SANKEY_THEMES[theme];
  const uid = useId().replace(/:/g, '');
  const ownRef = useRef<SVGSVGElement | null>(null);
  const wrapRef = useRef<HTMLDivElement | null>(null);
  const elements = useRef(new Map<string, Element>());
  const pendingFocus = useRef<string | null>(null);
  const [active, setActive] = useState<TooltipAnchor | null>(null);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  // The roving tab stop survives a new layout when its item does; otherwise the first node takes it.
  const tabStop = focusId !== undefined && index.place.has(focusId) ? focusId : index.lanes[0]?.[0];

  useImperativeHandle(svgRef, () => ownRef.current!, []);

  useLayoutEffect(() => {
    const map = new Map<string, Element>();
    ownRef.current?.querySelectorAll('[data-id]').forEach((el) => map.set(el.getAttribute('data-id')!, el));
    elements.current = map;
  }, [layout]);

  // Highlighting is class toggles on the few elements concerned: no re-render, no relayout.
  const activeId = active && index.place.has(active.id) ? active.id : undefined;
  useLayoutEffect(() => {
    const svg = ownRef.current;
    if (!svg || activeId === undefined) return;
    const lit = [...pathsThrough(index, activeId)].map((id) => elements.current.get(id)).filter((el) => el !== undefined);
    svg.classList.add('has-active');
    for (const el of lit) el.classList.add('is-hl');
    return () => {
      svg.classList.remove('has-active');
      for (const el of lit) el.classList.remove('is-hl');
    };
  }, [activeId, index]);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    (elements.current.get(pendingFocus.current) as SVGElement | undefined)?.focus();
    pendingFocus.current = null;
  }, [tabStop]);

  const anchorAt = (id: string, x: number, y: number): TooltipAnchor => {
    const box = wrapRef.current?.getBoundingClientRect();
    return { id, x: x - (box?.left ?? 0), y: y - (box?.top ?? 0), width: box?.width ?? 0 };
  };
  const itemOf = (target: EventTarget) => (target instanceof Element ? target.closest('[data-id]') : null);
  const onPointerMove = (e: React.PointerEvent) => {
    const el = itemOf(e.target);
    setActive(el ? anchorAt(el.getAttribute('data-id')!, e.clientX, e.clientY) : null);
  };
  const onFocus = (e: React.FocusEvent) => {
    const el = itemOf(e.target);
    if (!el) return;
    const id = el.getAttribute('data-id')!;
    const b = el.getBoundingClientRect();
    setFocusId(id);
    setFocusedId(id);
    setActive(anchorAt(id, b.left + b.width / 2, b.top + b.height / 2));
  };
  const onBlur = (e: React.FocusEvent) => {
    if (e.relatedTarget instanceof Node && ownRef.current?.contains(e.relatedTarget)) return;
    setFocusedId(undefined);
    setActive(null);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') return setActive(null);
    const from = itemOf(e.target)?.getAttribute('data-id');
    const next = from ? moveFocus(index, from, e.key) : undefined;
    if (next === undefined) return;
    e.preventDefault();
    pendingFocus.current = next;
    if (next === tabStop) (elements.current.get(next) as SVGElement | undefined)?.focus();
    else setFocusId(next);
  };

  const described = activeId === undefined ? undefined : descriptions.get(activeId);
  return (
    <div className="sankey-wrap" ref={wrapRef} onPointerLeave={() => setActive(null)}>
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
        onPointerMove={onPointerMove}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
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
