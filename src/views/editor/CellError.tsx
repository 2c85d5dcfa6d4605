import { useLayoutEffect, useRef, useState } from 'react';

/** Why a typed value was refused, under its cell, or above it when there is no room below. */
export function CellError({ text }: { readonly text: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [above, setAbove] = useState(false);
  const [leftward, setLeftward] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Measured from the cell, so the answer does not depend on where the message stands now.
    const cell = el.parentElement?.getBoundingClientRect();
    if (!cell) return;
    const box = el.closest('.editor-grid-wrap')?.getBoundingClientRect();
    setAbove(cell.bottom + el.offsetHeight > Math.min(window.innerHeight, box?.bottom ?? Infinity));
    // Near the grid's right edge the message opens leftwards, ending at the cell's right edge.
    setLeftward(cell.left + el.offsetWidth > Math.min(window.innerWidth, box?.right ?? Infinity));
  }, [text]);
  return (
    <span
      ref={ref}
      className={`message message-alert cell-error${above ? ' cell-error-above' : ''}${leftward ? ' cell-error-leftward' : ''}`}
      aria-hidden="true"
    >
      {text}
    </span>
  );
}
