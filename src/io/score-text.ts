import { isValidScore, MAX_SCORE, type Score } from '../domain/matrix';

const BLANK = new Set(['', '-', '–', '—', '−', '―']);
const UNKNOWN = new Set(['na', 'n/a', 'n.a.', '?', '？', 'unknown', '不明', 'unk']);

/** The result of reading one score cell. */
export type ScoreReading =
  | { ok: true; score: Score }
  | {
      ok: false;
      code: 'not-a-score' | 'out-of-range' | 'comma-decimal' | 'score-notation' | 'thousands-point';
      value: string;
      /** A decimal comma's score written with a point ("7.5" for "7,5"). */
      fixed?: string;
    };

/** The values an import problem names for a refused score (src/i18n words them). */
export function scoreParams(r: Extract<ScoreReading, { ok: false }>): { value: string; fixed?: string } {
  return r.fixed === undefined ? { value: r.value } : { value: r.value, fixed: r.fixed };
}

// Most cells of big files are blank, a single digit or this app's "NA": those readings are shared
// objects, so a 150,000-line file does not allocate one per cell.
const BLANK_READING: ScoreReading = Object.freeze({ ok: true, score: null });
const UNKNOWN_READING: ScoreReading = Object.freeze({ ok: true, score: 'unknown' });
const WHOLE_READINGS: readonly ScoreReading[] = Array.from({ length: MAX_SCORE + 1 }, (_, n) =>
  Object.freeze({ ok: true, score: n }),
);
// Other plain decimals are read without normalising.
const PLAIN = /^(?:10|\d(?:\.\d+)?)$/;
// Digits grouped by thousands with points, as a semicolon file's convention writes them ("1.000" = 1000).
const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * Reads a score cell. Blank, "-" and "–" mean not involved; NA, N/A, ?, unknown and 不明 mean
 * unknown; numbers must lie in 0–10. With decimalComma (files delimited by tab, semicolon or pipe,
 * pastes, the editor), "2,5" reads as 2.5; without it (comma files) it is refused with the reason. With
 * thousandsPoint (semicolon files), digits grouped by points ("1.000") are refused as ambiguous.
 */
export function readScore(raw: string, decimalComma = false, thousandsPoint = false): ScoreReading {
  if (raw === '') return BLANK_READING;
  if (raw.length === 1) {
    const digit = raw.charCodeAt(0) - 48;
    if (digit >= 0 && digit <= 9) return WHOLE_READINGS[digit]!;
  } else if (raw === '10') return WHOLE_READINGS[10]!;
  else if (raw === 'NA') return UNKNOWN_READING;
  // In a semicolon file a point may group thousands: "1.000" is one thousand there, 1 elsewhere. Refused, never
  // read as either without a word.
  if (thousandsPoint && GROUPED.test(unguardCell(raw).normalize('NFKC').trim()))
    return { ok: false, code: 'thousands-point', value: clip(raw.trim()) };
  if (PLAIN.test(raw)) return { ok: true, score: Number(raw) };
  const text = unguardCell(raw).normalize('NFKC').trim();
  if (BLANK.has(text)) return BLANK_READING;
  if (UNKNOWN.has(text.toLowerCase())) return UNKNOWN_READING;
  let num = text;
  if (/^[+]?\d*,\d+$/.test(num)) {
    if (!decimalComma) {
      return {
        ok: false,
        code: 'comma-decimal',
        value: clip(raw.trim()),
        fixed: num.replace(',', '.'),
      };
    }
    num = num.replace(',', '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(num)) {
    return {
      ok: false,
      code: 'not-a-score',
      value: clip(raw.trim()),
    };
  }
  // An exponent or a leading plus reads otherwise than it looks (1e1 is 10): refused, never read silently.
  if (/[eE+]/.test(num)) {
    return {
      ok: false,
      code: 'score-notation',
      value: clip(raw.trim()),
    };
  }
  // "-0" is 0: the sign of a zero means nothing here, and 0 is what every export writes back.
  const n = Number(num) + 0;
  if (!isValidScore(n)) {
    return {
      ok: false,
      code: 'out-of-range',
      value: clip(raw.trim()),
    };
  }
  return { ok: true, score: n };
}

/** Reads a score typed or pasted in the editor: cells are split at tabs, so "5,5" is 5.5. */
export function readTypedScore(raw: string): ScoreReading {
  // A person typing "1e1" into a cell meant no exponent: files may hold them, typing may not.
  if (/\d\s*[eE]/.test(raw))
    return {
      ok: false,
      code: 'not-a-score',
      value: clip(raw.trim()),
    };
  return readScore(raw, true);
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

// What a spreadsheet may run as a formula (OWASP "CSV injection"): =, +, -, @ and their full-width
// forms, also after leading whitespace (ASCII, NBSP, U+3000, BOM), and a leading tab or CR. Text
// with leading or trailing whitespace is guarded too, so that the reader, which trims unguarded
// cells, gives it back exactly; and so is text whose apostrophes guard such text.
const NEEDS_GUARD = /^'*(?:[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|\s)/u;

/** Whether text needs guardCell's apostrophe to reach a spreadsheet inert and to read back exactly. */
export function needsGuard(text: string): boolean {
  return text.length > 0 && (NEEDS_GUARD.test(text) || /\s$/u.test(text));
}

/**
 * Guards a cell against spreadsheet formula injection by prefixing an apostrophe to text that a
 * spreadsheet would run (see needsGuard). unguardCell(guardCell(x)) === x for every x.
 */
export function guardCell(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** Undoes guardCell: a leading apostrophe is removed when what follows needed it. */
export function unguardCell(text: string): string {
  // Most cells do not start with an apostrophe: skip the pattern for them.
  return text.charCodeAt(0) === 39 && needsGuard(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A text cell as a reader keeps it. In a file this app wrote (`guarded`), a guard apostrophe is
 * removed and the text after it kept exactly; any other cell is trimmed. In other files an
 * apostrophe is the author's text and is kept.
 */
export function readTextCell(raw: string, guarded: boolean): string {
  if (guarded && raw.charCodeAt(0) === 39 && needsGuard(raw.slice(1))) return raw.slice(1);
  return raw.trim();
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
