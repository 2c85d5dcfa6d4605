// Measures a presenter slide as the room sees it: the smallest drawn text and the share of the slide
// the chart fills. Runs inside the page (page.evaluate), so it uses only DOM APIs.

/** What one slide measured. */
export interface SlideFit {
  /** The slide's kind (data-slide-kind). */
  readonly kind: string;
  /** The smallest text drawn on the slide, in CSS px on screen, and the text it belongs to. */
  readonly minFontPx: number;
  readonly minText: string;
  /** The drawn charts' extent ÷ the slide's width, and ÷ the height left under the heading. */
  readonly widthShare: number;
  readonly heightShare: number;
  /** The stage (the area under the heading) in CSS px, and each chart's viewBox × its scale, for the record. */
  readonly stage: string;
  readonly charts: string;
  /** The footer's smallest text (sources, counter, buttons) in CSS px, and the text it belongs to. */
  readonly footerMinPx: number;
  readonly footerMinText: string;
  /** How far left of the counter's right edge the sources' leftmost line starts, in px (> 0: a line runs under it). */
  readonly sourcesUnderCounter: number;
}

/**
 * The smallest on-screen font size of every visible text of the slide (and, apart, of its footer) — SVG text scaled by its
 * element's screen CTM (the viewBox scale), HTML text by its computed size — and how much of the
 * slide its charts' drawn area (viewBox × scale, not the letterboxed element) covers.
 */
export function measureSlide(): SlideFit {
  const slide = document.querySelector<HTMLElement>('.presenter-slide')!;
  const stage = slide.querySelector<HTMLElement>('.presenter-stage')!;
  const visible = (el: Element) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    const r = el.getBoundingClientRect();
    // Screen-reader-only text (.visually-hidden) is clipped to 1 px: it is not drawn for the room.
    return r.width > 1 && r.height > 1 && !el.closest('.visually-hidden');
  };
  const smallest = (root: Element): [number, string] => {
    let [minPx, minText] = [Infinity, ''];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el: Element | null = node.parentElement;
      if (!text || !el || el.closest('title, desc, style, defs') || !visible(el)) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      let px = size;
      if (el instanceof SVGGraphicsElement) {
        const ctm = el.getScreenCTM();
        if (ctm) px = size * Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
      }
      if (px < minPx) [minPx, minText] = [px, text];
    }
    return [minPx, minText];
  };
  const [minFontPx, minText] = smallest(slide);
  const footer = document.querySelector('.presenter-footer')!;
  const [footerMinPx, footerMinText] = smallest(footer);
  const counterRight = footer.querySelector('.presenter-counter')!.getBoundingClientRect().right;
  const sourceLines = document.createRange();
  sourceLines.selectNodeContents(footer.querySelector('.presenter-sources')!);
  const sourcesLeft = Math.min(...[...sourceLines.getClientRects()].map((r) => r.left));
  const slideBox = slide.getBoundingClientRect();
  const stageBox = stage.getBoundingClientRect();
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  const charts: string[] = [];
  for (const svg of stage.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.parentElement?.closest('svg') || !visible(svg)) continue;
    const vb = svg.viewBox.baseVal;
    const ctm = svg.getScreenCTM();
    if (!ctm || !vb || vb.width === 0) continue;
    charts.push(`${Math.round(vb.width)}×${Math.round(vb.height)} ×${ctm.a.toFixed(2)}`);
    const [x0, y0] = [ctm.e + vb.x * ctm.a, ctm.f + vb.y * ctm.d];
    [left, top] = [Math.min(left, x0), Math.min(top, y0)];
    [right, bottom] = [Math.max(right, x0 + vb.width * ctm.a), Math.max(bottom, y0 + vb.height * ctm.d)];
  }
  return {
    kind: slide.dataset.slideKind ?? '',
    minFontPx,
    minText,
    widthShare: (right - left) / slideBox.width,
    heightShare: (bottom - top) / stageBox.height,
    stage: `${Math.round(stageBox.width)}×${Math.round(stageBox.height)}`,
    charts: charts.join(', '),
    footerMinPx,
    footerMinText,
    sourcesUnderCounter: counterRight - sourcesLeft,
  };
}
