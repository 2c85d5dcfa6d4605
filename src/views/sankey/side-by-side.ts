// Two charts exported as one figure keep their common scale: each keeps its own viewBox, placed
// at its own x in a parent <svg>. (Generic; could move to src/ui/export-image.ts.)

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A detached <svg> holding clones of the given ones side by side, `gap` px apart, tops aligned, on `background`. */
export function placeSideBySide(svgs: readonly SVGSVGElement[], background: string, gap = 24): SVGSVGElement {
  const outer = document.createElementNS(SVG_NS, 'svg');
  const bg = outer.appendChild(document.createElementNS(SVG_NS, 'rect'));
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  let x = 0;
  let height = 0;
  for (const svg of svgs) {
    const [, , w = 0, h = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('x', String(x));
    clone.setAttribute('y', '0');
    clone.setAttribute('width', String(w));
    clone.setAttribute('height', String(h));
    outer.appendChild(clone);
    x += w + gap;
    height = Math.max(height, h);
  }
  const width = Math.max(0, x - gap);
  outer.setAttribute('viewBox', `0 0 ${width} ${height}`);
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(height));
  return outer;
}
