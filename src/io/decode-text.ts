// Decoding a file's bytes: a byte-order mark decides; else UTF-16 shows by its NUL bytes, valid UTF-8
// is UTF-8, and anything else is scored as each candidate decoding would read it (see detectEncoding).
// Everything here is pure.

/** The encodings the importer can read. 'windows-1252' also reads ISO-8859-1 (Latin-1), as browsers do. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252';

/** Every encoding, in the order the review's picker offers them. */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = [
  'utf-8',
  'shift_jis',
  'windows-1252',
  'utf-16le',
  'utf-16be',
];

/**
 * What the reader should be told about the decoding: it was a guess between close candidates (read
 * as the encoding chosen; `other` nearly as plausible), or the file is UTF-8 except for `bytes`
 * bytes, on `lines` (the first ones, 1-based), which were read as Windows-1252 (`chars`).
 */
export type EncodingNote =
  | { readonly kind: 'guess'; readonly other: TextEncodingName }
  | { readonly kind: 'mixed'; readonly bytes: number; readonly lines: readonly number[]; readonly chars: string };

/** Decoded text and the encoding used, with a note when the choice deserves one. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly note?: EncodingNote;
}

/** A decoding and what it says of the bytes: whether they were all ASCII, and whether the choice was clear (no note). */
export interface Detection extends DecodedText {
  readonly ascii: boolean;
  readonly certain: boolean;
}

/** How each encoding is named to people (the same in every language). */
export const ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  shift_jis: 'Shift_JIS (CP932)',
  'windows-1252': 'Windows-1252 / ISO-8859-1 (Latin-1)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

/** How many lines holding non-UTF-8 bytes a note lists. */
export const MIXED_LINES_LISTED = 10;

/**
 * Decodes file bytes: `forced` (the user's choice) wins; else as detectEncoding decides. A forced
 * UTF-8 reads invalid bytes as U+FFFD, as the user asked.
 */
export function decodeBytes(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  if (forced) return { text: new TextDecoder(forced).decode(bytes), encoding: forced };
  const { text, encoding, note } = detectEncoding(bytes);
  return note ? { text, encoding, note } : { text, encoding };
}

/** Decodes bytes in one encoding, dropping a leading byte-order mark. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): Detection {
  const text = new TextDecoder(encoding).decode(bytes);
  // UTF-8 text is as long as its bytes only when they are all ASCII.
  return {
    text,
    encoding,
    ascii: encoding === 'utf-8' ? text.length === bytes.byteLength : isAscii(bytes),
    certain: true,
  };
}

/**
 * Detects the encoding of a file's bytes and decodes them.
 * - A byte-order mark decides UTF-8 or UTF-16 LE/BE.
 * - Without one, UTF-16 shows by its NUL bytes: ASCII characters have a 0 byte on one side of each
 *   pair (odd bytes: LE; even bytes: BE). Bytes with NULs in no such pattern are left for the
 *   reader to call binary.
 * - Valid UTF-8 is UTF-8.
 * - Bytes that are UTF-8 except for a few (at least two valid multi-byte characters per invalid
 *   byte) are read as UTF-8 with the invalid bytes read as Windows-1252, and noted with their lines.
 * - Otherwise Shift_JIS and Windows-1252 are each scored on the text they give (see plausibility):
 *   the better one wins, and a margin under a tenth of the non-ASCII bytes (or under 2) is noted as
 *   a guess. The scores add up over parts of a file, so two halves that each decide clearly decide
 *   the whole alike (split-read.ts relies on it).
 */
export function detectEncoding(bytes: Uint8Array, options: { readonly bom?: boolean } = {}): Detection {
  // A part of a file after its start (split-read.ts) has no byte-order mark: a U+FEFF there is text.
  if (options.bom === false) return decodeUtf8(bytes, true);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      ascii: false,
      certain: true,
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      ascii: false,
      certain: true,
    };
  if (bytes.indexOf(0) >= 0) {
    const utf16 = utf16ByNuls(bytes);
    if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, ascii: false, certain: true };
  }
  return decodeUtf8(bytes);
}

/** UTF-8 when valid; else mostly UTF-8 (noted) or scored against Shift_JIS and Windows-1252. */
function decodeUtf8(bytes: Uint8Array, ignoreBOM = false): Detection {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM }).decode(bytes);
    return { text, encoding: 'utf-8', ascii: text.length === bytes.byteLength, certain: true };
  } catch {
    // Not valid UTF-8: see below.
  }
  const scan = scanUtf8(bytes);
  const legacy = scan.valid >= 2 * scan.invalid.length ? scoreLegacy(bytes) : undefined;
  const text = legacy ? mixedUtf8(bytes, scan.invalid, ignoreBOM) : '';
  // Shift_JIS bytes can pass for UTF-8 with a few strays ("ぬれあ" is 82 CA 82 EA 82 A0: a stray 82,
  // then two valid sequences): mostly-UTF-8 wins when strays are rare, or else when it reads better.
  if (legacy && (scan.valid >= 4 * scan.invalid.length || plausibility(text) > plausibility(legacy.text))) {
    const lines = linesOf(bytes, scan.invalid);
    const chars = [...new Set(scan.invalid.map((at) => CP1252[bytes[at]!]!))].slice(0, 10).join(' ');
    return {
      text,
      encoding: 'utf-8',
      ascii: false,
      certain: false,
      note: { kind: 'mixed', bytes: scan.invalid.length, lines, chars },
    };
  }
  return legacy ?? scoreLegacy(bytes);
}

/** The better of Shift_JIS and Windows-1252 for bytes that are not UTF-8. */
function scoreLegacy(bytes: Uint8Array): Detection {
  const sjis = new TextDecoder('shift_jis').decode(bytes);
  const latin = new TextDecoder('windows-1252').decode(bytes);
  const margin = plausibility(sjis) - plausibility(latin);
  let high = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) high++;
  const close = Math.abs(margin) < Math.max(2, high / 10);
  const [encoding, other, text]: [TextEncodingName, TextEncodingName, string] =
    margin > 0 ? ['shift_jis', 'windows-1252', sjis] : ['windows-1252', 'shift_jis', latin];
  return close
    ? { text, encoding, ascii: false, certain: false, note: { kind: 'guess', other } }
    : { text, encoding, ascii: false, certain: true };
}

/** UTF-16 LE or BE when NUL bytes stand almost only on one side of the byte pairs, often. */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.byteLength % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = bytes.length / 2;
  // A text of Japanese still has its delimiters, digits and line ends in ASCII.
  if (odd >= pairs / 10 && even * 20 <= odd) return 'utf-16le';
  if (even >= pairs / 10 && odd * 20 <= even) return 'utf-16be';
  return undefined;
}

/** The valid multi-byte UTF-8 characters of some bytes, and where the bytes are that fit none. */
export function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number[] } {
  let valid = 0;
  const invalid: number[] = [];
  const cont = (at: number, lo = 0x80, hi = 0xbf) => at < bytes.length && bytes[at]! >= lo && bytes[at]! <= hi;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n = 0;
    if (b >= 0xc2 && b <= 0xdf) n = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef)
      n = cont(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && cont(i + 2) ? 3 : 0;
    else if (b >= 0xf0 && b <= 0xf4)
      n = cont(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (n === 0) {
      invalid.push(i);
      i++;
    } else {
      valid++;
      i += n;
    }
  }
  return { valid, invalid };
}

/** Text of UTF-8 bytes whose invalid bytes (at the offsets given) are read as Windows-1252. */
function mixedUtf8(bytes: Uint8Array, invalid: readonly number[], ignoreBOM: boolean): string {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM });
  let text = '';
  let from = 0;
  for (const at of invalid) {
    text += utf8.decode(bytes.subarray(from, at)) + CP1252[bytes[at]!]!;
    from = at + 1;
  }
  return text + utf8.decode(bytes.subarray(from));
}

/** The distinct 1-based lines (CR LF, LF and lone CR each end one) of the first offsets given, up to MIXED_LINES_LISTED. */
function linesOf(bytes: Uint8Array, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  for (const at of offsets) {
    for (; i < at; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
    if (lines[lines.length - 1] !== line) lines.push(line);
    if (lines.length === MIXED_LINES_LISTED) break;
  }
  return lines;
}

/** Whether every byte is ASCII. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** The Windows-1252 character of each byte (as browsers read it: 0x81, 0x8D, 0x8F, 0x90 and 0x9D are C1 controls). */
const CP1252: readonly string[] = Array.from(
  new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i)),
);

// Kinds of characters, for scoring a decoding: ASCII letters, other ASCII, Japanese (kana, kanji,
// full-width forms, CJK punctuation), half-width katakana, Latin letters beyond ASCII, typography
// (quotes, dashes, €, °, NBSP…), symbols that Latin text rarely holds (what Shift_JIS lead bytes read
// as in Windows-1252: ƒ ‚ „ † ‡ ˆ ‰ ‹ › • ˜ ™), broken (U+FFFD, C1 controls, private use) and other.
const ASCII_LETTER = 0;
const ASCII_OTHER = 1;
const JAPANESE = 2;
const HALF_KANA = 3;
const LATIN = 4;
const TYPOGRAPHY = 5;
const ODD_SYMBOL = 6;
const BROKEN = 7;
const OTHER = 8;
const ODD_SYMBOLS = new Set([
  0x0192, 0x201a, 0x201e, 0x2020, 0x2021, 0x02c6, 0x2030, 0x2039, 0x203a, 0x2022, 0x02dc, 0x2122,
]);
const LATIN_EXTRA = new Set([0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e]);

function kindOf(c: number): number {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? ASCII_LETTER : ASCII_OTHER;
  if (c === 0xfffd || c < 0xa0 || (c >= 0xe000 && c <= 0xf8ff)) return BROKEN;
  if (
    (c >= 0x3000 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff01 && c <= 0xff60)
  )
    return JAPANESE;
  if (c >= 0xff61 && c <= 0xff9f) return HALF_KANA;
  if (ODD_SYMBOLS.has(c)) return ODD_SYMBOL;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || LATIN_EXTRA.has(c)) return LATIN;
  if (c <= 0xbf || c === 0xd7 || c === 0xf7 || (c >= 0x2010 && c <= 0x206f) || c === 0x20ac) return TYPOGRAPHY;
  return OTHER;
}

/**
 * How plausible a decoded text is, summed over its non-ASCII characters (higher is better): a
 * kana or kanji in a run of them, an accented letter between ASCII letters, a quote or dash
 * among ASCII count for it; a kanji wedged between two ASCII letters (México read as Shift_JIS:
 * "M騙ico"), a lone half-width kana, an accented letter next to another odd character, symbols
 * Latin text rarely holds, U+FFFD and private-use characters count against it. A sum over
 * characters, so the score of a text is the sum of its lines' scores.
 */
export function plausibility(text: string): number {
  let score = 0;
  let prev: number;
  let kind = ASCII_OTHER;
  let next = text.length > 0 ? kindOf(text.charCodeAt(0)) : ASCII_OTHER;
  for (let i = 0; i < text.length; i++) {
    prev = kind;
    kind = next;
    next = i + 1 < text.length ? kindOf(text.charCodeAt(i + 1)) : ASCII_OTHER;
    if (kind <= ASCII_OTHER) continue;
    const oddNeighbour = (k: number) => k >= JAPANESE && k !== LATIN;
    switch (kind) {
      case JAPANESE:
        if (prev === JAPANESE || next === JAPANESE || prev === HALF_KANA || next === HALF_KANA) score += 1;
        else if (prev === ASCII_LETTER && next === ASCII_LETTER) score -= 2;
        else if (prev === ASCII_LETTER || next === ASCII_LETTER) score -= 1;
        else score += 0.5;
        break;
      case HALF_KANA:
        score += prev === HALF_KANA || next === HALF_KANA || prev === JAPANESE || next === JAPANESE ? 0.5 : -2;
        break;
      case LATIN:
        if (oddNeighbour(prev) || oddNeighbour(next)) score -= 1;
        else score += prev === LATIN || next === LATIN ? 0.5 : 1;
        break;
      case TYPOGRAPHY:
        score += prev <= ASCII_OTHER && next <= ASCII_OTHER ? 0.5 : -1;
        break;
      case ODD_SYMBOL:
      case OTHER:
        score -= 1;
        break;
      default:
        score -= 4;
    }
  }
  return score;
}
