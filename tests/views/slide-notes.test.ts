import { describe, expect, it } from 'vitest';
import { matrixToSankeyInput } from '../../src/charts/sankey/matrix-sankey';
import { DEFAULT_SANKEY_OPTIONS } from '../../src/domain/display-options';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { presentMessages } from '../../src/i18n/present-messages';
import { sankeyMessages } from '../../src/i18n/sankey-messages';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { sankeyPairNotes } from '../../src/views/present/slide-notes';

describe('sankeyPairNotes', () => {
  const ws = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
  const input = (country: string, lang: 'en' | 'ja') =>
    matrixToSankeyInput(
      ws.matrices.find((m) => m.country === country)!,
      lang,
    );
  const notes = (lang: 'en' | 'ja', names: readonly [string, string], options = DEFAULT_SANKEY_OPTIONS) =>
    sankeyPairNotes(
      [input('Japan', lang), input('Singapore', lang)],
      names,
      options,
      sankeyMessages[lang],
      presentMessages[lang].sankeyPairDrawn,
    );

  it('says the flows both charts drew and the cells they left out on one line, once', () => {
    expect(notes('en', ['Japan', 'Singapore'])).toEqual([
      'Flows drawn: Japan 39, Singapore 33. Cells blank or 0 (not involved), which draw nothing: Japan 51, Singapore 57.',
    ]);
    expect(notes('ja', ['日本', 'シンガポール'])).toEqual([
      '描画したフロー：日本 39 本、シンガポール 33 本。空欄または 0（関与なし）で描画しないセル：日本 51、シンガポール 57。',
    ]);
  });

  it('adds any further note once per chart, after its country, never the width note', () => {
    const lines = notes('en', ['Japan', 'Singapore'], { ...DEFAULT_SANKEY_OPTIONS, minScore: 6 });
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Japan: \d+ cells? scored below 6 hidden by the minimum-score filter\.$/);
    expect(lines[2]).toMatch(/^Singapore: \d+ cells? scored below 6/);
    expect(lines.join(' ')).not.toContain('Link width');
  });
});
