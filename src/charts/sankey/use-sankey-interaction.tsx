import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type Ref,
} from 'react';
import type { SankeyLayout } from './sankey-layout';
import { moveFocus, pathsThrough, type SankeyIndex } from './sankey-paths';
import type { TooltipAnchor } from './SankeyTooltip';

/**
 * The Sankey's pointer and keyboard behaviour: hovering or focusing a node or flow highlights the
 * paths through it and shows its tooltip; arrow keys move one roving tab stop between items.
 */
export function useSankeyInteraction(layout: SankeyLayout, index: SankeyIndex, svgRef: Ref<SVGSVGElement> | undefined) {
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
    const lit = [...pathsThrough(index, activeId)]
      .map((id) => elements.current.get(id))
      .filter((el) => el !== undefined);
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
  const onPointerMove = (e: PointerEvent) => {
    const el = itemOf(e.target);
    setActive(el ? anchorAt(el.getAttribute('data-id')!, e.clientX, e.clientY) : null);
  };
  const onFocus = (e: FocusEvent) => {
    const el = itemOf(e.target);
    if (!el) return;
    const id = el.getAttribute('data-id')!;
    const b = el.getBoundingClientRect();
    setFocusId(id);
    setFocusedId(id);
    setActive(anchorAt(id, b.left + b.width / 2, b.top + b.height / 2));
  };
  const onBlur = (e: FocusEvent) => {
    if (e.relatedTarget instanceof Node && ownRef.current?.contains(e.relatedTarget)) return;
    setFocusedId(undefined);
    setActive(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return setActive(null);
    const from = itemOf(e.target)?.getAttribute('data-id');
    const next = from ? moveFocus(index, from, e.key) : undefined;
    if (next === undefined) return;
    e.preventDefault();
    pendingFocus.current = next;
    if (next === tabStop) (elements.current.get(next) as SVGElement | undefined)?.focus();
    else setFocusId(next);
  };

  const hideTip = () => setActive(null);
  return {
    ownRef,
    wrapRef,
    active,
    activeId,
    tabStop,
    focusedId,
    hideTip,
    handlers: { onPointerMove, onFocus, onBlur, onKeyDown },
  };
}
