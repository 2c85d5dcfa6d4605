import { isValidScore, MAX_SCORE, MIN_SCORE, type Score } from '../domain/matrix';

const BLANK = new Set(['', '-', '–', '—', '−', '―']);
const UNKNOWN = new Set(['na', 'n/a', 'n.a.', '?', '？', 'unknown', '不明', 'unk']);

/** The result of reading one score cell. */
export type ScoreReading = { ok: true; score: Score } | { ok: false; reason: string; code: 'not-a-score' | 'out-of-range'; value: string };

// Most cells of big files are blank, a single digit or this app's "NA": those readings are shared
// objects, so a 150,000-line file does not allocate one per cell.
const BLANK_READING: ScoreReading = Object.freeze({ ok: true, score: null });
const UNKNOWN_READING: ScoreReading = Object.freeze({ ok: true, score: 'unknown' });
const WHOLE_READINGS: readonly ScoreReading[] = Array.from({ length: MAX_SCORE + 1 }, (_, n) => Object.freeze({ ok: true, score: n }));
// Other plain decimals are read without normalising.
const PLAIN = /^(?:10|\d(?:\.\d+)?)$/;

/**
 * Reads a score cell. Blank, "-" and "–" mean not involved; NA, N/A, ?, unknown and 不明 mean
 * unknown; numbers must lie in 0–10. With decimalComma, "2,5" reads as 2.5.
 */
export function readScore(raw: string, decimalComma = false): ScoreReading {
  if (raw === '') return BLANK_READING;
  if (raw.length === 1) {
    const digit = raw.charCodeAt(0) - 48;
    if (digit >= 0 && digit <= 9) return WHOLE_READINGS[digit]!;
  } else if (raw === '10') return WHOLE_READINGS[10]!;
  else if (raw === 'NA') return UNKNOWN_READING;
  if (PLAIN.test(raw)) return { ok: true, score: Number(raw) };
  const text = unguardCell(raw).normalize('NFKC').trim();
  if (BLANK.has(text)) return BLANK_READING;
  if (UNKNOWN.has(text.toLowerCase())) return UNKNOWN_READING;
  let num = text;
  if (decimalComma && /^[+]?\d*,\d+$/.test(num)) num = num.replace(',', '.');
  // Exponents are read too: other tools (and older exports of this app) write 1e-7.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(num)) {
    return { ok: false, code: 'not-a-score', value: clip(raw.trim()), reason: `"${clip(raw.trim())}" is not a score: use a number from ${MIN_SCORE} to ${MAX_SCORE}, leave it blank for "not involved", or NA for unknown` };
  }
  // "-0" is 0: the sign of a zero means nothing here, and 0 is what every export writes back.
  const n = Number(num) + 0;
  if (!isValidScore(n)) {
    return { ok: false, code: 'out-of-range', value: clip(raw.trim()), reason: `score ${clip(raw.trim())} is outside ${MIN_SCORE}–${MAX_SCORE}` };
  }
  return { ok: true, score: n };
}

/** The reading of a score already read (shared objects for blank, unknown and whole numbers). */
export function readingOfScore(score: Score): ScoreReading {
  if (score === null) return BLANK_READING;
  if (score === 'unknown') return UNKNOWN_READING;
  return WHOLE_READINGS[score] ?? { ok: true, score };
}

/** Writes a score as this app exports it: "7", "2.5", "0.0000001" (never an exponent), "" for blank, "NA" for unknown. */
export function formatScore(s: Score): string {
  if (s === null) return '';
  if (s === 'unknown') return 'NA';
  return plainDecimal(s);
}

/**
 * A number in plain decimal notation with the same digits as String(n), so it reads back exactly:
 * spreadsheets and our own reader may not take "1e-7".
 */
export function plainDecimal(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, lead, rest = '', exp] = m;
  const digits = lead! + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Guards a cell against spreadsheet formula injection by prefixing an apostrophe to text that a
 * spreadsheet would run (=, +, -, @, tab, CR). Apostrophes already there are kept, so
 * unguardCell(guardCell(x)) === x for every x.
 */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes guardCell: one leading apostrophe before a formula character is removed. */
export function unguardCell(text: string): string {
  // Most cells do not start with an apostrophe: skip the pattern for them.
  return text.charCodeAt(0) === 39 && /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
