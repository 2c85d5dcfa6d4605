import { describe, expect, it } from 'vitest';
import { CHART_THEMES } from '../../src/charts/chart-theme';
import { contrastRatio, relativeLuminance, scoreColorScale } from '../../src/charts/color-scales';

// WCAG 2.x contrast, checked against the definition's worked values before it is trusted below.
describe('contrastRatio', () => {
  it('gives 21:1 for black on white, 1:1 for a colour on itself, and the WCAG luminance of mid grey', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 3);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('the projector palette (slides)', () => {
  const color = scoreColorScale('projector');
  const { blankFill, background } = CHART_THEMES.light;

  it('sets scores 1–3 apart from a blank cell by at least 1.5:1 (the score is printed too)', () => {
    for (const score of [0.5, 1, 1.5, 2, 2.5, 3])
      expect(contrastRatio(color(score), blankFill), `score ${score}`).toBeGreaterThanOrEqual(1.5);
  });

  it('draws scores of 4 and more at least 3:1 against the slide (WCAG 1.4.11)', () => {
    for (let score = 4; score <= 10; score += 0.5)
      expect(contrastRatio(color(score), background), `score ${score}`).toBeGreaterThanOrEqual(3);
  });

  it('gets darker with every step, so a higher score never looks lower', () => {
    const steps = Array.from({ length: 11 }, (_, s) => relativeLuminance(color(s)));
    for (let s = 1; s < steps.length; s++) expect(steps[s]!).toBeLessThan(steps[s - 1]!);
  });
});
