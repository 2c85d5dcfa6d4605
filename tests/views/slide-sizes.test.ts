import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/charts/text-measure';
import { differenceCellEms, slideSankeyPair } from '../../src/views/present/slide-sizes';
import { keyRowIds } from '../../src/views/present/slide-keys';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { matrixToSankeyInput } from '../../src/charts/sankey/matrix-sankey';
import { sankeyMessages } from '../../src/i18n/sankey-messages';
import { DEFAULT_SANKEY_OPTIONS } from '../../src/domain/display-options';

describe('differenceCellEms', () => {
  it('gives "+10" (bold, 1.1 em) room in its cell: at least 0.35 em each side, not the 2.4 em it filled', () => {
    const numberEms = estimateTextWidth('+10', 1.1, true);
    expect(differenceCellEms()).toBeGreaterThanOrEqual(numberEms + 0.7 - 1e-9);
    expect(differenceCellEms()).toBeGreaterThan(2.4 + 0.4);
  });
});

describe('slideSankeyPair', () => {
  const ws = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
  const [jp, sg] = ['Japan', 'Singapore'].map((c) =>
    matrixToSankeyInput(
      ws.matrices.find((m) => m.country === c)!,
      'en',
    ),
  );
  const inputs = [jp!, sg!] as const;
  const text = { ...sankeyMessages.en, noteRaw: '', noteNormalised: '' };
  const options = DEFAULT_SANKEY_OPTIONS;
  const pair = (box: { width: number; height: number; screenHeight: number }) =>
    slideSankeyPair(inputs, options, text, box, 16, ['Japan', 'Singapore'], keyRowIds(inputs));

  it('names rows by id, with their key, where whole names would draw the pair under the room’s minimum', () => {
    // The stage of a 1280 × 720 slide: whole category names wrapped in half its width (0.82 of 18 px).
    expect(pair({ width: 1229, height: 540, screenHeight: 720 }).keyed).toBe(true);
    // A 1920 × 1080 screen has room for every whole name.
    expect(pair({ width: 1843, height: 850, screenHeight: 1080 }).keyed).toBe(false);
  });
});
