import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/charts/text-measure';
import { differenceCellEms } from '../../src/views/present/slide-sizes';

describe('differenceCellEms', () => {
  it('gives "+10" (bold, 1.1 em) room in its cell: at least 0.35 em each side, not the 2.4 em it filled', () => {
    const numberEms = estimateTextWidth('+10', 1.1, true);
    expect(differenceCellEms()).toBeGreaterThanOrEqual(numberEms + 0.7 - 1e-9);
    expect(differenceCellEms()).toBeGreaterThan(2.4 + 0.4);
  });
});
