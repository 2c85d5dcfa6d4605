import { describe, expect, it } from 'vitest';
import { figureSourceLines, footerFontSize, layoutSourceFooter } from '../../src/charts/figure-source';
import { figureMessages } from '../../src/i18n/figure-messages';

const app = { name: 'X.1060 roles', version: '0.1.0' };
const japan = { name: 'Japan', source: 'NISC survey', date: '2026-04' };
const singapore = { name: 'Singapore', source: 'CSA report' };

describe('figureSourceLines', () => {
  it('gives each country its source and date, then the app and version', () => {
    expect(figureSourceLines({ countries: [japan, singapore], app }, figureMessages.en)).toEqual([
      'Source: Japan: NISC survey, 2026-04; Singapore: CSA report',
      'Made with X.1060 roles 0.1.0',
    ]);
  });

  it('puts the typed caption first, trimmed, and drops a blank one', () => {
    expect(
      figureSourceLines({ countries: [japan], app, caption: '  Fig. 2 — as of April ' }, figureMessages.en),
    ).toEqual(['Fig. 2 — as of April', 'Source: Japan: NISC survey, 2026-04', 'Made with X.1060 roles 0.1.0']);
    expect(figureSourceLines({ countries: [japan], app, caption: '   ' }, figureMessages.en)).toHaveLength(2);
  });

  it('says how the figure was made after the caption and before the sources, blank notes dropped', () => {
    expect(
      figureSourceLines(
        { countries: [japan], app, caption: 'Fig. 3', notes: ['Rows per X.1060 category (maximum).', ' '] },
        figureMessages.en,
      ),
    ).toEqual([
      'Fig. 3',
      'Rows per X.1060 category (maximum).',
      'Source: Japan: NISC survey, 2026-04',
      'Made with X.1060 roles 0.1.0',
    ]);
  });

  it('names countries that share a source and date together', () => {
    const us = { ...japan, name: 'United States' };
    expect(figureSourceLines({ countries: [japan, us, singapore], app }, figureMessages.en)[0]).toBe(
      'Source: Japan, United States: NISC survey, 2026-04; Singapore: CSA report',
    );
  });

  it('says when a country has no source, and lists a country shown twice once', () => {
    const custom = { name: 'Kenya', source: ' ', date: '' };
    expect(figureSourceLines({ countries: [custom, custom], app }, figureMessages.en)[0]).toBe(
      'Source: Kenya: source not given',
    );
  });

  it('keeps just the app line when no country is shown', () => {
    expect(figureSourceLines({ countries: [], app }, figureMessages.en)).toEqual(['Made with X.1060 roles 0.1.0']);
  });

  it('speaks Japanese', () => {
    expect(
      figureSourceLines({ countries: [{ ...japan, name: '日本' }, { name: '米国' }], app }, figureMessages.ja),
    ).toEqual(['出典：日本：NISC survey、2026-04／米国：出典の記載なし', '作成：X.1060 roles 0.1.0']);
  });
});

describe('layoutSourceFooter', () => {
  it('places one baseline per line under the chart, 12 px type on a narrow chart', () => {
    const f = layoutSourceFooter(['Source: Japan', 'Made with X.1060 roles 0.1.0'], 600, 400);
    expect(f).toEqual({
      top: 400,
      height: 12 + 2 * 16,
      fontSize: 12,
      lines: [
        { text: 'Source: Japan', x: 12, y: 412 },
        { text: 'Made with X.1060 roles 0.1.0', x: 12, y: 428 },
      ],
    });
  });

  it('wraps a line longer than the chart is wide', () => {
    const long = `Source: ${Array.from({ length: 12 }, (_, i) => `Country ${i}: a long report title`).join('; ')}`;
    const f = layoutSourceFooter([long], 600, 100);
    expect(f.lines.length).toBeGreaterThan(1);
    expect(f.lines.length).toBeLessThanOrEqual(8);
    expect(f.lines.map((l) => l.text).join(' ')).toBe(long);
    expect(f.height).toBe(12 + f.lines.length * 16);
  });

  it('grows the type with the chart, up to 18 px', () => {
    expect([600, 1500, 4000].map(footerFontSize)).toEqual([12, 15, 18]);
  });
});
