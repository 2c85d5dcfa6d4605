// Shared by every chart: turns the <svg> on screen into a standalone SVG file or a PNG. Charts draw
// with presentation attributes (fill, font-family …), not CSS classes, so a clone carries
// everything it needs; no external stylesheet or font is referenced.
import { downloadBlob } from './download';
import { setPngDpi } from './png-dpi';
import { stripLiveAttributes } from './export-strip';

const INTERACTIVE_ATTRIBUTES = ['tabindex', 'data-rowindex', 'data-col', 'data-rowheader', 'data-score'];

/**
 * The chart as a standalone SVG document: XML header, namespaces, explicit size, and none of
 * the live page's roles, names, tab stops or unreferenced ids (export-strip.ts).
 */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  const [, , w, h] = (clone.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  if (w && h) {
    clone.setAttribute('width', String(w));
    clone.setAttribute('height', String(h));
  }
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  for (const el of [clone, ...clone.querySelectorAll('*')])
    for (const a of INTERACTIVE_ATTRIBUTES) el.removeAttribute(a);
  stripLiveAttributes(clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** The size in px of the chart's own coordinate system (its viewBox). */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  return { width: w || svg.clientWidth, height: h || svg.clientHeight };
}

/**
 * Several charts side by side, `gap` px apart and top-aligned, as one new <svg> whose viewBox holds them
 * all (each nested at its own size): how a slide of two Sankeys is exported as one image.
 */
export function joinSvgs(svgs: readonly SVGSVGElement[], gap: number): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const outer = document.createElementNS(ns, 'svg');
  let x = 0;
  let height = 0;
  for (const svg of svgs) {
    const size = svgSize(svg);
    const inner = svg.cloneNode(true) as SVGSVGElement;
    inner.setAttribute('x', String(x));
    inner.setAttribute('y', '0');
    inner.setAttribute('width', String(size.width));
    inner.setAttribute('height', String(size.height));
    inner.removeAttribute('class');
    inner.removeAttribute('style');
    outer.appendChild(inner);
    x += size.width + gap;
    height = Math.max(height, size.height);
  }
  outer.setAttribute('viewBox', `0 0 ${Math.max(0, x - gap)} ${height}`);
  return outer;
}

/** Lines of text to draw under a chart, laid out in its px (see charts/figure-source.ts). */
export interface SvgFooter {
  readonly top: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lines: readonly { readonly text: string; readonly x: number; readonly y: number }[];
}

/**
 * A copy of the chart with `footer` drawn under it (the viewBox grown by its height, a white band behind
 * it so it reads on any chart background). The lines are set as text nodes, never parsed as markup.
 */
export function withFooter(svg: SVGSVGElement, footer: SvgFooter, ink = '#333333'): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width } = svgSize(svg);
  clone.setAttribute('viewBox', `0 0 ${width} ${footer.top + footer.height}`);
  const g = document.createElementNS(ns, 'g');
  g.setAttribute('class', 'figure-source');
  const band = document.createElementNS(ns, 'rect');
  for (const [k, v] of [
    ['x', 0],
    ['y', footer.top],
    ['width', width],
    ['height', footer.height],
  ] as const)
    band.setAttribute(k, String(v));
  band.setAttribute('fill', '#ffffff');
  g.appendChild(band);
  for (const line of footer.lines) {
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', String(line.x));
    text.setAttribute('y', String(line.y));
    text.setAttribute('font-size', String(footer.fontSize));
    text.setAttribute('font-family', 'system-ui, sans-serif');
    text.setAttribute('fill', ink);
    text.textContent = line.text;
    g.appendChild(text);
  }
  clone.appendChild(g);
  return clone;
}

/** Rasterises the chart at scale × its viewBox size. */
export async function svgToPngBlob(svg: SVGSVGElement, scale: number): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((ok, fail) => {
      img.onload = () => ok();
      img.onerror = () => fail(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw images');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'),
    );
    // The chart's px are CSS px (1/96 in) drawn at `scale`; the file says 72 × scale dpi, so that a 1× PNG
    // placed in a document takes the chart's size in points.
    return new Blob([setPngDpi(new Uint8Array(await blob.arrayBuffer()), 72 * scale) as BlobPart], {
      type: 'image/png',
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads the chart as an SVG file. */
export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  downloadBlob(fileName, new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }));
}

/** Downloads the chart as a PNG at scale 1, 2 or 4. */
export async function downloadPng(svg: SVGSVGElement, fileName: string, scale: number): Promise<void> {
  downloadBlob(fileName, await svgToPngBlob(svg, scale));
}

/** Copies the chart to the clipboard as a 2× PNG; rejects where the browser does not allow it. */
export async function copySvgAsPng(svg: SVGSVGElement): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write)
    throw new Error('clipboard images are not supported here');
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': svgToPngBlob(svg, 2) })]);
}
