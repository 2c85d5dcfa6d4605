// Layouts run without a DOM (tests, workers), so text is measured by a per-character estimate
// tuned for the system sans-serif stacks we use: CJK glyphs are one em wide, Latin ones narrower.

/** Estimated width in px of text at a font size. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return textWidthEm(text) * fontSize * (bold ? 1.14 : 1);
}

/** Widths in ems of texts measured before: layouts measure the same labels on every sort, colour or threshold change. */
const emCache = new Map<string, number>();
/** Past this many texts the cache starts again, so that typing never grows it without bound. */
const EM_CACHE_LIMIT = 5000;

/** A text's width in ems (the sum of its characters' estimates), cached by text. */
export function textWidthEm(text: string): number {
  let em = emCache.get(text);
  if (em === undefined) {
    em = 0;
    for (const ch of text) em += charWidthEm(ch);
    if (emCache.size >= EM_CACHE_LIMIT) emCache.clear();
    emCache.set(text, em);
  }
  return em;
}

function charWidthEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  // Erring wide (DejaVu Sans, the widest common fallback) so that labels never overrun.
  if (ch === ' ') return 0.32;
  if (/[ijl.,:;'|!()[\]]/.test(ch)) return 0.32;
  if (/[rtf]/.test(ch)) return 0.43;
  if (/[mwMW@%]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (/[0-9]/.test(ch)) return 0.64;
  return 0.62;
}

/** Whether a code point is drawn full-width (CJK, kana, full-width forms). */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/**
 * Breaks text into at most maxLines lines no wider than maxWidth: between words, Japanese ones
 * included, and within a Japanese word only when it is wider than a line. The last line ends in "…" when text had to be cut; callers
 * keep the full text in a tooltip or <title>.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): WrappedText {
  // Layouts wrap the same labels at the same widths on every sort or colour change, and fit a column by
  // wrapping its name at one width after another: each answer is kept (shared, so it is read-only).
  const key = `${maxWidth}|${fontSize}|${maxLines}|${bold ? 1 : 0}|${text}`;
  let wrapped = wrapCache.get(key);
  if (!wrapped) {
    if (wrapCache.size >= WRAP_CACHE_LIMIT) wrapCache.clear();
    wrapCache.set(key, (wrapped = wrapUncached(text, maxWidth, fontSize, maxLines, bold)));
  }
  return wrapped;
}

/** Text broken into lines; `truncated` when the last line had to be cut short (it then ends in "…"). */
export interface WrappedText {
  readonly lines: readonly string[];
  readonly truncated: boolean;
}

const wrapCache = new Map<string, WrappedText>();
/** Past this many wrapped texts the cache starts again, so that typing never grows it without bound. */
const WRAP_CACHE_LIMIT = 20000;

function wrapUncached(text: string, maxWidth: number, fontSize: number, maxLines: number, bold: boolean): WrappedText {
  const width = (t: string) => estimateTextWidth(t, fontSize, bold);
  // A bracketed Japanese phrase wider than the line is split into its words, and a Japanese word wider
  // than the line between its characters, still minding kinsoku.
  const tooWide = (t: string) => hasWide(t) && width(t.trim()) > maxWidth;
  const tokens = groupBrackets(tokenize(text.trim())).flatMap((t) =>
    tooWide(t) ? tokenize(t).flatMap((w) => (tooWide(w) ? tokenize(w, false) : [w])) : [t],
  );
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    const candidate = current === '' ? token.trimStart() : current + token;
    if (width(candidate) <= maxWidth || current === '') {
      current = candidate;
      // A single token wider than the line (a long word) is split by characters.
      while (width(current) > maxWidth && current.length > 1) {
        let cut = current.length - 1;
        while (cut > 1 && width(current.slice(0, cut)) > maxWidth) cut--;
        lines.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    } else {
      lines.push(current.trimEnd());
      current = token.trimStart();
    }
  }
  if (current !== '') lines.push(current.trimEnd());
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && width(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return { lines: kept, truncated: true };
}

/** Full-width opening brackets and their closing ones. */
const BRACKETS: Readonly<Record<string, string>> = {
  '（': '）',
  '「': '」',
  '『': '』',
  '【': '】',
  '〔': '〕',
  '〈': '〉',
  '《': '》',
};

/**
 * A bracketed Japanese phrase as one token ("（高コントラスト）"), so that a line breaks before the bracket
 * rather than inside it ("プロジェクター（高 / コントラスト）"); wrapText splits it again when it is wider than a line.
 */
function groupBrackets(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const close = BRACKETS[tokens[i]![0] ?? ''];
    const end = close === undefined ? -1 : tokens.findIndex((t, j) => j > i && t.includes(close));
    out.push(end > i ? tokens.slice(i, end + 1).join('') : tokens[i]!);
    if (end > i) i = end;
  }
  return out;
}

const NO_LINE_END = /[（「『【〔〈《]$/u;
const NO_LINE_START = /[ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ、。，．・：；？！）」』】〕〉》）]/u;

/** Whether a text holds a wide (CJK) character. */
export function hasWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWide(text.charCodeAt(i))) return true;
  return false;
}

// Japanese words ("機関", "セキュリティ") from the browser's dictionary, so that lines break between
// words rather than anywhere ("法執行機/関・司法"); absent in very old engines, which break anywhere.
// Made on the first Japanese text, not at load: ICU's word dictionary takes ~30 ms to open (#18, a
// profile of a cold load), and an English first screen needs none.
let segmenter: Intl.Segmenter | null | undefined;
const jaSegmenter = () =>
  segmenter === undefined
    ? (segmenter =
        typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('ja', { granularity: 'word' }) : null)
    : segmenter;

/** A run of Japanese text cut into words; single characters where the engine has no segmenter. */
function japaneseWords(run: string): string[] {
  const jaWords = jaSegmenter();
  return jaWords ? Array.from(jaWords.segment(run), (x) => x.segment) : Array.from(run);
}

const startsCache = new Map<string, Set<number> | undefined>();

/**
 * Where the Japanese words of a text start (string indices), for judging line breaks; undefined for
 * text without wide characters, whose words spaces part.
 */
export function japaneseWordStarts(text: string): Set<number> | undefined {
  const jaWords = hasWide(text) ? jaSegmenter() : null;
  if (!jaWords) return undefined;
  let starts = startsCache.get(text);
  if (!starts) {
    if (startsCache.size > 2000) startsCache.clear();
    startsCache.set(text, (starts = new Set(Array.from(jaWords.segment(text), (x) => x.index))));
  }
  return starts;
}

/** Splits into words (with their leading space) and, in CJK text, words or single wide characters. */
function tokenize(text: string, cjkWords = true): string[] {
  const out: string[] = [];
  let word = '';
  let run = '';
  const flushRun = () => {
    if (!run) return;
    const parts = cjkWords ? japaneseWords(run) : Array.from(run);
    for (const part of parts) {
      // Japanese line breaking (kinsoku): a prolonged sound mark, small kana or closing punctuation
      // never starts a line, so it stays with the text before it.
      if (out.length > 0 && NO_LINE_START.test(part[0]!)) out[out.length - 1] += part;
      else out.push(part);
    }
    run = '';
  };
  for (const ch of text) {
    const wide = isWide(ch.codePointAt(0) ?? 0);
    if (wide) {
      if (word) out.push(word);
      word = '';
      run += ch;
      continue;
    }
    flushRun();
    if (ch === ' ') {
      if (word) out.push(word);
      word = ' ';
    } else if (ch === '/') {
      out.push(word + ch);
      word = '';
    } else {
      word += ch;
    }
  }
  flushRun();
  if (word) out.push(word);
  // An opening bracket never ends a line: it stays with what follows it, Japanese or not ("窓口「NCSC」").
  for (let i = out.length - 2; i >= 0; i--) if (NO_LINE_END.test(out[i]!)) out.splice(i, 2, out[i]! + out[i + 1]!);
  return out;
}

/** Width of the widest word of a text, Japanese words included: the narrowest it wraps to unbroken. */
export function longestWordWidth(text: string, fontSize: number, bold = false): number {
  return Math.max(0, ...tokenize(text.trim()).map((t) => estimateTextWidth(t.trim(), fontSize, bold)));
}
