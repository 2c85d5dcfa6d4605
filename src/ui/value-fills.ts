// Charts that colour by value class (the heatmap: heatmap-value-classes.ts) draw a cell as an element of class
// `vc-k` and hold their palette as custom properties on an enclosing element's style: `--vc-k` the fill of the
// cell's shapes, `--vi-k` the ink of its text; a stylesheet maps one to the other on screen. A file leaves that
// stylesheet behind, so an export writes the colours back as the attributes they were drawn with.

const VALUE_CLASS = /^vc-(\d+)$/;

/**
 * Gives every `vc-k` element's direct children their colour as a `fill` attribute (text only when it differs
 * from the fill it inherits), drops the class, and then the palette's custom properties. Mutates `root`: call it
 * on a copy.
 */
export function inlineValueFills(root: Element): void {
  const holders = new Set<Element & ElementCSSInlineStyle>();
  for (const el of root.querySelectorAll('[class*="vc-"]')) {
    const cls = [...el.classList].find((c) => VALUE_CLASS.test(c));
    if (!cls) continue;
    const k = VALUE_CLASS.exec(cls)![1]!;
    const holder = closestWith(el, `--vc-${k}`);
    if (!holder) continue;
    holders.add(holder);
    const fill = holder.style.getPropertyValue(`--vc-${k}`).trim();
    const ink = holder.style.getPropertyValue(`--vi-${k}`).trim();
    for (const child of el.children) {
      if (child.localName !== 'text') setFill(child, fill);
      else if (ink && ink !== inheritedFill(el)) setFill(child, ink);
    }
    el.classList.remove(cls);
  }
  for (const h of holders) {
    const names = Array.from({ length: h.style.length }, (_, i) => h.style.item(i));
    for (const name of names.filter((p) => /^--v[ci]-\d+$/.test(p))) h.style.removeProperty(name);
    if (h.style.length === 0) h.removeAttribute('style');
  }
}

/** The nearest element, from `el` up, whose inline style sets the custom property `name`. */
function closestWith(el: Element, name: string): (Element & ElementCSSInlineStyle) | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const styled = e as Element & Partial<ElementCSSInlineStyle>;
    if (styled.style?.getPropertyValue(name)) return styled as Element & ElementCSSInlineStyle;
  }
  return undefined;
}

/** The `fill` attribute an element inherits: its own or its nearest ancestor's. */
function inheritedFill(el: Element): string | undefined {
  return el.closest('[fill]')?.getAttribute('fill') ?? undefined;
}

/** Sets `fill` where the chart wrote it, before the element's `aria-*` attributes, so the file reads as it did. */
function setFill(el: Element, fill: string): void {
  const aria = [...el.attributes].filter((a) => a.name.startsWith('aria-')).map((a) => [a.name, a.value] as const);
  for (const [name] of aria) el.removeAttribute(name);
  el.setAttribute('fill', fill);
  for (const [name, value] of aria) el.setAttribute(name, value);
}
