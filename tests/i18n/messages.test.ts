import { describe, expect, it } from 'vitest';
import { registeredBundles } from '../../src/i18n/define-messages';

// Load every message module so that each one registers its bundle.
const modules = Object.fromEntries(
  Object.entries(import.meta.glob('../../src/i18n/*-messages.ts', { eager: true })).filter(
    ([path]) => !/\/(define|use)-messages\.ts$/.test(path),
  ),
);

/** Technical names and codes that stay as they are in Japanese text. */
const ALLOWED_LATIN = new Set([
  'CSV',
  'TSV',
  'SVG',
  'PNG',
  'PDF',
  'PowerPoint',
  'JSON',
  'HTML',
  'UTF',
  'BOM',
  'Shift_JIS',
  'CP932',
  'ISO',
  'URL',
  'HHI',
  'NCSC',
  'CSIRT',
  'CSIRTs',
  'PSIRT',
  'ISAC',
  'SOC',
  'CDC',
  'Viridis',
  'Ctrl',
  'Cmd',
  'Shift',
  'Tab',
  'Enter',
  'Delete',
  'Esc',
  'Escape',
  'Space',
  'PageUp',
  'PageDown',
  'Page',
  'Up',
  'Down',
  'Home',
  'End',
  'Backspace',
  'F2',
  'NA',
  // JSON literals and the key prefix of custom rows, as a workspace file spells them.
  'true',
  'false',
  'null',
  'unknown',
  'custom',
  // Excel workbooks (#20): the program, the file type and the sheets an Excel export names as they are spelled.
  'Excel',
  'LibreOffice',
  'xlsx',
  'long',
  'metrics',
  'sources',
]);

/**
 * A formatter's output for sample arguments: numbers, text, lists of text, or a problem (formatters
 * take one of these). Fails the test when no kind of argument works.
 */
function call(fn: (...args: never[]) => string, arity: number): string[] {
  const f = fn as (...a: unknown[]) => string;
  const samples = [
    Array.from({ length: arity }, (_, i) => i + 2),
    Array.from({ length: arity }, (_, i) => `X${i}`),
    Array.from({ length: arity }, (_, i) => [`X${i}`, `X${i + 1}`]),
    [{ code: 'out-of-range', params: { value: '12' }, line: 3 }],
  ];
  const out: string[] = [];
  for (const args of samples) {
    try {
      const r: unknown = f(...args);
      if (typeof r === 'string' && !r.includes('[object')) out.push(r);
    } catch {
      // This formatter takes another kind of argument.
    }
  }
  if (out.length === 0) throw new Error(`no sample arguments fit formatter ${fn.toString().slice(0, 60)}`);
  return out;
}

/** Latin words of three letters or more that are not technical names, file names or commands. */
function englishWords(text: string): string[] {
  const withoutCode = text.replace(/npm run [\w:-]+/g, '').replace(/[\w-]+\.(csv|json|html|tsv|svg|png)\b/g, '');
  return (withoutCode.match(/[A-Za-z][A-Za-z_]{2,}/g) ?? []).filter(
    (w) => !ALLOWED_LATIN.has(w) && w !== 'NaN' && !/^X\d$/.test(w),
  );
}

describe('translations', () => {
  const bundles = registeredBundles();

  it('load every message module', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(8);
    expect(bundles.length).toBe(Object.keys(modules).length);
  });

  it('give every message in both languages, none empty', () => {
    for (const b of bundles) {
      expect(Object.keys(b.ja).sort()).toEqual(Object.keys(b.en).sort());
      for (const [key, en] of Object.entries(b.en)) {
        const ja = b.ja[key];
        expect(typeof ja, key).toBe(typeof en);
        const values =
          typeof en === 'function'
            ? [...call(en as never, (en as () => string).length), ...call(ja as never, (ja as () => string).length)]
            : [en as string, ja as string];
        for (const v of values) expect(v.trim(), key).not.toBe('');
      }
    }
  });

  it('leave no English words in the Japanese, apart from technical names', () => {
    const leftovers: string[] = [];
    for (const b of bundles) {
      for (const [key, ja] of Object.entries(b.ja)) {
        const texts = typeof ja === 'function' ? call(ja as never, (ja as () => string).length) : [ja as string];
        for (const t of texts) {
          const words = englishWords(t);
          if (words.length > 0) leftovers.push(`${key}: ${words.join(' ')}`);
        }
      }
    }
    expect(leftovers).toEqual([]);
  });
});
