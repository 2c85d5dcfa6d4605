// A small XML scanner for the parts of a workbook, written for hostile input: one pass, linear in
// the text (no backtracking pattern), no DTD (a DOCTYPE is refused, so no entity can expand), and
// it runs in workers, which have no DOMParser. Names and attributes lose their namespace prefix.

import { WorkbookRefused } from './refusal';

/** What the scanner calls as it reads. */
export interface XmlHandler {
  /** An element starts; `empty` for `<x/>` (no close call follows). */
  open(name: string, attrs: Readonly<Record<string, string>>, empty: boolean): void;
  close?(name: string): void;
  /** Character data (entities decoded), CDATA included. */
  text?(text: string): void;
}

/** A part that is no well-formed XML of the kind expected. */
export class XmlError extends WorkbookRefused {}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML entities (&amp; &#10; &#x41;); an unknown one is kept as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (all, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? all;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The local part of a name: "x:c" → "c". */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Reads the attributes of a tag's inside ("a=\"1\" r:id='x'"). */
function readAttrs(inside: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = 0;
  const n = inside.length;
  while (i < n) {
    while (i < n && inside.charCodeAt(i) <= 32) i++;
    const eq = inside.indexOf('=', i);
    if (eq < 0) break;
    const name = inside.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && inside.charCodeAt(q) <= 32) q++;
    const quote = inside[q];
    if (quote !== '"' && quote !== "'") throw new XmlError('xml-attribute-unquoted', { element: name });
    const end = inside.indexOf(quote, q + 1);
    if (end < 0) throw new XmlError('xml-attribute-open', { element: name });
    // xmlns declarations say nothing the reader needs; the first of a repeated local name wins.
    const key = local(name);
    if (!name.startsWith('xmlns') && !(key in attrs)) attrs[key] = decodeEntities(inside.slice(q + 1, end));
    i = end + 1;
  }
  return attrs;
}

/**
 * Finds the '>' that ends each tag, skipping quoted attribute values. The next position of each
 * quote character is remembered until passed, so a whole text costs one pass of indexOf calls.
 */
function tagEnds(xml: string): (from: number) => number {
  let dq = -2;
  let sq = -2;
  const next = (ch: string, cached: number, at: number) =>
    cached >= at || cached === -1 ? cached : xml.indexOf(ch, at);
  return (from) => {
    let at = from;
    for (;;) {
      const gt = xml.indexOf('>', at);
      if (gt < 0) return -1;
      dq = next('"', dq, at);
      sq = next("'", sq, at);
      const q = Math.min(dq < 0 ? Infinity : dq, sq < 0 ? Infinity : sq);
      if (q > gt) return gt;
      const close = xml.indexOf(xml[q]!, q + 1);
      if (close < 0) return -1;
      at = close + 1;
    }
  };
}

/** Scans an XML text, calling the handler for each element and text. Throws XmlError when malformed. */
export function scanXml(xml: string, h: XmlHandler): void {
  let i = 0;
  const n = xml.length;
  const tagEnd = tagEnds(xml);
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i && h.text) h.text(decodeEntities(xml.slice(i, stop)));
    if (lt < 0) return;
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlError('xml-cdata-open');
      h.text?.(xml.slice(lt + 9, end));
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw new XmlError('xml-comment-open');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<!', lt)) throw new XmlError('xml-doctype');
    const end = tagEnd(lt + 1);
    if (end < 0) throw new XmlError('xml-tag-open');
    i = end + 1;
    if (xml[lt + 1] === '?') continue;
    if (xml[lt + 1] === '/') {
      h.close?.(local(xml.slice(lt + 2, end).trim()));
      continue;
    }
    const empty = xml[end - 1] === '/';
    const inside = xml.slice(lt + 1, empty ? end - 1 : end);
    const space = inside.search(/[\s]/);
    const name = local(space < 0 ? inside : inside.slice(0, space));
    h.open(name, space < 0 ? {} : readAttrs(inside.slice(space)), empty);
  }
}
