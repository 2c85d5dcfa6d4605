// What only the live page needs: the roles, names, tab stops and ids that make a chart a keyboard-navigable grid
// or group of items. An exported figure is a picture: it keeps its <title> and <desc> elements, the colours and
// shapes, the ids something in it refers to (a hatch pattern's url(#…)), and a root role="img" with its name.

/** References to an id inside the document: url(#id), url("#id"), href="#id". */
const REFERENCE = /url\(\s*["']?#([^)"'\s]+)|^#(.+)$/g;

/** Drops the custom properties (--name: …) of an inline style: they steer the page's CSS only. */
function dropCustomProperties(el: Element): void {
  const style = el.getAttribute('style');
  if (style === null) return;
  const kept = style
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !d.startsWith('--'));
  if (kept.length > 0) el.setAttribute('style', kept.join('; '));
  else el.removeAttribute('style');
}

/**
 * Drops every role, aria-* and tabindex attribute, every id nothing refers to and the page's custom
 * properties in inline styles; mutates `root` (a copy).
 */
export function stripLiveAttributes(root: Element): void {
  const all = [root, ...root.querySelectorAll('*')];
  const referenced = new Set<string>();
  for (const el of all)
    for (const a of el.attributes) for (const m of a.value.matchAll(REFERENCE)) referenced.add(m[1] ?? m[2]!);
  const picture = root.getAttribute('role') === 'img';
  for (const el of all) {
    dropCustomProperties(el);
    for (const name of el.getAttributeNames()) {
      if (el === root && picture && (name === 'role' || name === 'aria-label')) continue;
      if (name === 'role' || name === 'tabindex' || name.startsWith('aria-')) el.removeAttribute(name);
      else if (name === 'id' && !referenced.has(el.getAttribute('id') ?? '')) el.removeAttribute(name);
    }
  }
}
