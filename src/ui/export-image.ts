// Shared by every chart: turns the <svg> on screen into a standalone SVG file or a PNG. Charts draw
// with presentation attributes (fill, font-family …), not CSS classes, so a clone carries
// everything it needs; no external stylesheet or font is referenced.
import { downloadBlob } from './download';

const INTERACTIVE_ATTRIBUTES = ['tabindex', 'data-rowindex', 'data-col', 'data-rowheader', 'data-score'];

/** The chart as a standalone SVG document: XML header, namespaces, explicit size, no interaction attributes. */
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
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'),
    );
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
