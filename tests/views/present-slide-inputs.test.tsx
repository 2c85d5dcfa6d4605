import { describe, expect, it } from 'vitest';
import { compareMessages } from '../../src/i18n/compare-messages';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import type { CompareSlideSpec } from '../../src/state/present-slice';
import { slideCompareMatrices, slideMetricBarsInput, slideSmallMultiplesInput } from '../../src/views/present/slide-inputs';

const workspace = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
const slide: CompareSlideSpec = { kind: 'compare', countryIds: ['bundled:singapore.csv', 'user:Gone', 'bundled:japan.csv'], options: { compareThreshold: 5, diffA: null, diffB: null } };

describe('comparison slide inputs', () => {
  it('keeps the slide’s countries that are still loaded, in the slide’s order', () => {
    expect(slideCompareMatrices(workspace, slide).map((m) => m.country)).toEqual(['Singapore', 'Japan']);
  });

  it('builds the compare view’s small multiples in the projector palette and the metric bars at the slide’s threshold', () => {
    const matrices = slideCompareMatrices(workspace, slide);
    const sm = slideSmallMultiplesInput(matrices, 'en', compareMessages.en);
    expect(sm.panels.map((p) => p.title)).toEqual(['Singapore', 'Japan']);
    expect(sm.palette).toBe('projector');
    const bars = slideMetricBarsInput(matrices, slide, 'ja', compareMessages.ja);
    expect(bars.series.map((s) => s.label)).toEqual(['Singapore', 'Japan']);
    expect(bars.metrics.length).toBeGreaterThan(0);
  });
});
