// Node labels are blocks of wrapped lines that want to sit centred on their node. Nodes can be
// thinner than a line of text, so each column's labels are pushed apart (and back inside the
// plot) after the layout, keeping their order; a label that had to move gets a leader line.

import { japaneseWordStarts } from '../text-measure';

/**
 * Tops of blocks of the given heights, as close as possible to their wanted centres, in order,
 * at least `gap` apart and within [lo, hi] when they fit (when they cannot, they overflow below).
 */
export function dodgeLabels(
  blocks: readonly { center: number; height: number }[],
  lo: number,
  hi: number,
  gap: number,
): number[] {
  const tops = blocks.map((b) => b.center - b.height / 2);
  let floor = lo;
  for (let i = 0; i < tops.length; i++) {
    tops[i] = Math.max(tops[i]!, floor);
    floor = tops[i]! + blocks[i]!.height + gap;
  }
  let ceiling = hi;
  for (let i = tops.length - 1; i >= 0; i--) {
    const h = blocks[i]!.height;
    if (tops[i]! + h <= ceiling) break;
    tops[i] = Math.max(lo, ceiling - h);
    ceiling = tops[i]! - gap;
  }
  // A second downward pass repairs any overlap the clamp to lo made when the blocks do not fit.
  floor = lo;
  for (let i = 0; i < tops.length; i++) {
    tops[i] = Math.max(tops[i]!, floor);
    floor = tops[i]! + blocks[i]!.height + gap;
  }
  return tops;
}

/** Height of the tallest stack of label blocks: what the plot must offer so that none overlaps. */
export function stackHeight(heights: readonly number[], gap: number): number {
  return heights.reduce((a, b) => a + b, 0) + Math.max(0, heights.length - 1) * gap;
}

// Japanese line-breaking rules (kinsoku): these may not begin a line, the openers may not end one.
const NO_START =
  /^[ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶー・、。，．）」』】〕！？：；々ゝゞヽヾ)\]}%,.:;!?]/u;
const NO_END = /[（「『【〔([{]$/u;

/** Whether wrapped lines break where Japanese typesetting forbids it. */
export function breaksBadly(lines: readonly string[]): boolean {
  return lines.some((l, i) => (i > 0 && NO_START.test(l)) || (i < lines.length - 1 && NO_END.test(l)));
}

/**
 * How many line breaks fall inside a word ("Nation" / "al SOC", "認証ベ" / "ンダー"), judged
 * against the text: Japanese words as the browser's dictionary cuts them, Latin ones at spaces.
 */
export function wordSplits(text: string, lines: readonly string[]): number {
  const starts = japaneseWordStarts(text);
  let splits = 0;
  let pos = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    pos = text.indexOf(lines[i]!, pos) + lines[i]!.length;
    const before = text[pos - 1] ?? '';
    const after = text[pos] ?? '';
    if (/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after)) splits++;
    else if (starts && !starts.has(pos) && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) splits++;
  }
  return splits;
}

/**
 * Wraps like wrapText, then tries narrower widths with the same number of lines and keeps the
 * narrowest that breaks nowhere forbidden, so that lines come out even ("F 脅威情報の収集" /
 * "および分析と評価") instead of leaving one character alone, or a small kana, at a line start, and
 * without splitting a Latin word that fitted.
 */
export function wrapBalanced(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  wrap: WrapFn,
): readonly string[] {
  const first = wrap(text, maxWidth, fontSize, maxLines);
  if (first.lines.length < 2 || first.truncated) return first.lines;
  // Balancing may not split more words than plain wrapping had to (a word wider than the line).
  const splits = wordSplits(text, first.lines);
  const ok = (lines: readonly string[]) => !breaksBadly(lines) && wordSplits(text, lines) <= splits;
  let best = ok(first.lines) ? first.lines : undefined;
  const step = fontSize / 2;
  for (let w = maxWidth - step; w >= maxWidth / first.lines.length - step; w -= step) {
    const attempt = wrap(text, w, fontSize, maxLines);
    if (attempt.truncated || attempt.lines.length !== first.lines.length) {
      if (best) break;
      continue;
    }
    if (ok(attempt.lines)) best = attempt.lines;
  }
  return best ?? pushDown(first.lines, maxWidth, fontSize, wrap);
}

/**
 * The last resort of Japanese typesetting (oidashi): a line that would start with a forbidden
 * character takes the previous line's last character with it, when the line still fits.
 */
function pushDown(lines: readonly string[], maxWidth: number, fontSize: number, wrap: WrapFn): string[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const prev = [...out[i - 1]!];
    const moved = prev.at(-1) ?? '';
    if (!NO_START.test(out[i]!) || prev.length < 2 || !/[\u3000-\u9fff\uff00-\uffef]/u.test(moved)) continue;
    const next = moved + out[i]!;
    if (wrap(next, maxWidth, fontSize, 1).truncated) continue;
    out[i - 1] = prev.slice(0, -1).join('');
    out[i] = next;
  }
  return out;
}

/** The signature of text-measure's wrapText, passed in so that this module stays measurement-free. */
export type WrapFn = (
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
) => { readonly lines: readonly string[]; readonly truncated: boolean };
