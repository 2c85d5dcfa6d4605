import { describe, expect, it } from 'vitest';
import { compareMessages } from '../../src/i18n/compare-messages';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import type { CompareSlideSpec, HeatmapSlideSpec } from '../../src/state/present-slice';
import { DEFAULT_HEATMAP_OPTIONS } from '../../src/domain/display-options';
import { presentMessages } from '../../src/i18n/present-messages';
import { slideTitle } from '../../src/views/shared/slide-title';
import type { SankeySlideSpec } from '../../src/state/present-slice';
import { createFromTemplate, setCell } from '../../src/domain/edit-ops';
import {
  SLIDE_MAX_ROWS,
  slideCompareMatrices,
  slideDifference,
  slideHeatmapInput,
  slideMetricBarsInput,
  slideSankeyMatrix,
  slideSmallMultiplesInput,
} from '../../src/views/shared/slide-inputs';

const workspace = addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace;
const slide: CompareSlideSpec = {
  kind: 'compare',
  countryIds: ['bundled:singapore.csv', 'user:Gone', 'bundled:japan.csv'],
  options: { compareThreshold: 5, diffA: null, diffB: null },
};

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
    // Japanese slides name the bundled countries in Japanese (a display name: the data keeps its name).
    expect(bars.series.map((s) => s.label)).toEqual(['シンガポール', '日本']);
    expect(matrices.map((m) => m.country)).toEqual(['Singapore', 'Japan']);
    expect(bars.metrics.length).toBeGreaterThan(0);
  });
});

describe('difference slide inputs', () => {
  const diffSlide = (
    diffA: string | null,
    diffB: string | null,
    countryIds = ['bundled:singapore.csv', 'bundled:japan.csv', 'bundled:united-states.csv'],
  ): CompareSlideSpec => ({ kind: 'difference', countryIds, options: { compareThreshold: 5, diffA, diffB } });

  it('draws A − B of the pair the compare view chose, else its first two countries', () => {
    const chosen = slideDifference(workspace, diffSlide('bundled:japan.csv', 'bundled:united-states.csv'))!;
    expect([chosen.a.country, chosen.b.country, chosen.perCategory]).toEqual(['Japan', 'United States', false]);
    const first = slideDifference(workspace, diffSlide(null, null))!;
    expect([first.a.country, first.b.country]).toEqual(['Singapore', 'Japan']);
    // A cell of the difference is A's score less B's: the first where they differ.
    let found = false;
    chosen.diff.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (found || cell.kind !== 'diff' || cell.value === 0) return;
        const at = (m: typeof chosen.a) =>
          m.cells[m.rows.findIndex((x) => x.key === chosen.diff.rows[r]!.key)]![
            m.stakeholders.findIndex((x) => x.key === chosen.diff.stakeholders[c]!.key)
          ];
        // Blank ("not involved") counts as 0.
        const [a, b] = [(at(chosen.a) ?? 0) as number, (at(chosen.b) ?? 0) as number];
        expect(cell).toEqual({ kind: 'diff', a, b, value: a - b });
        found = true;
      }),
    );
    expect(found).toBe(true);
    expect(slideTitle(diffSlide('bundled:japan.csv', 'bundled:united-states.csv'), workspace, presentMessages.en)).toBe(
      'Difference: Japan − United States',
    );
    expect(slideTitle(diffSlide('bundled:japan.csv', 'bundled:united-states.csv'), workspace, presentMessages.ja)).toBe(
      '差分：日本 − 米国',
    );
  });

  it('rolls a 64-service matrix up per category, so that it lines up with a per-category one, and says so', () => {
    const services = setCell(createFromTemplate('Testland', 'services'), 0, 0, 9); // A-1, first stakeholder
    const ws = addMatrices(workspace, [services]).workspace;
    const id = ws.matrices.find((m) => m.country === 'Testland')!.id;
    const d = slideDifference(ws, diffSlide(id, 'bundled:japan.csv', [id, 'bundled:japan.csv']))!;
    expect(d.perCategory).toBe(true);
    expect(d.diff.rows.map((r) => r.key)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    expect(slideTitle(diffSlide(id, 'bundled:japan.csv', [id, 'bundled:japan.csv']), ws, presentMessages.en)).toBe(
      'Difference: Testland − Japan, per category',
    );
  });

  it('draws nothing when a country of the pair is gone or both are the same', () => {
    expect(
      slideDifference(workspace, diffSlide('user:Gone', null, ['user:Gone', 'bundled:japan.csv'])),
    ).toBeUndefined();
    expect(
      slideDifference(workspace, diffSlide('bundled:japan.csv', 'bundled:japan.csv', ['bundled:japan.csv'])),
    ).toBeUndefined();
  });
});

describe('heatmap slide inputs', () => {
  const heatmap = (granularity: 'as-is' | 'category', expanded: string[] = []): HeatmapSlideSpec => ({
    kind: 'heatmap',
    countryId: 'x',
    palette: 'ylgnbu',
    options: {
      ...DEFAULT_HEATMAP_OPTIONS,
      granularity,
      expanded,
      threshold: 0,
      colorMode: 'continuous',
      brackets: [1, 4, 7, 10],
      showTable: false,
    },
  });
  const services = setCell(createFromTemplate('Testland', 'services'), 9, 2, 7); // B-? row, third stakeholder

  it('shows 64 service rows per category on a slide, and says so', () => {
    const input = slideHeatmapInput(services, heatmap('as-is'), 'en', 'light');
    expect(input.rows.map((r) => r.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    expect(input.captions?.[0]).toBe(
      "64 rows do not fit a slide: shown per category, by the maximum of their services' scores (unknown services left out).",
    );
    // The one score set lands in its category by the maximum rule.
    const row = services.rows[9]!.x1060Id!.split('-')[0]!;
    expect(input.values[input.rows.findIndex((r) => r.id === row)]![2]).toBe(7);
  });

  it('says so in the slide heading when the heatmap is drawn per category', () => {
    const ws = addMatrices(workspace, [services]).workspace;
    const id = ws.matrices.at(-1)!.id;
    expect(slideTitle({ ...heatmap('as-is'), countryId: id }, ws, presentMessages.en)).toBe(
      'Testland — division of X.1060 roles, per category',
    );
    expect(slideTitle({ ...heatmap('as-is'), countryId: id }, ws, presentMessages.ja)).toBe(
      'Testland — X.1060の役割分担（カテゴリごと）',
    );
    // Rolled up by the view already (9 rows): drawn as chosen, the heading unchanged.
    expect(slideTitle({ ...heatmap('category'), countryId: id }, ws, presentMessages.en)).toBe(
      'Testland — division of X.1060 roles',
    );
  });

  it('keeps a slide that fits as it is: nine categories, or expanded rows up to the limit', () => {
    const bundled = workspace.matrices[0]!;
    expect(slideHeatmapInput(bundled, heatmap('as-is'), 'en', 'light').captions).toEqual([]);
    const two = slideHeatmapInput(services, heatmap('category', ['A']), 'ja', 'light');
    expect(two.rows.length).toBeLessThanOrEqual(SLIDE_MAX_ROWS);
    expect(two.captions).toEqual([]);
  });
});

const SANKEY_OPTIONS: SankeySlideSpec['options'] = {
  sankeyDirection: 'forward',
  sankeyOrder: 'x1060',
  sankeyMinScore: 0,
  sankeyNormalise: false,
  sankeyColorBy: 'source',
  sankeyShowSectors: true,
};

describe('Sankey slide matrix', () => {
  it('draws a 64-service matrix per category (highest score of its services), and says so; a 9-row one as it is', () => {
    let m = createFromTemplate('Testland', 'services');
    const d = m.rows.findIndex((r) => r.x1060Id?.startsWith('D-'));
    m = setCell(setCell(setCell(m, d, 0, 4), d + 1, 0, 9), d + 2, 0, 'unknown');
    const shown = slideSankeyMatrix(m);
    expect(shown.rows.map((r) => r.key)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    expect(shown.cells[3]![0]).toBe(9);
    expect(shown.stakeholders).toBe(m.stakeholders);
    const ws = addMatrices(workspace, [m]).workspace;
    const id = ws.matrices.at(-1)!.id;
    expect(slideTitle({ kind: 'sankey', countryId: id, options: SANKEY_OPTIONS }, ws, presentMessages.en)).toBe(
      'Testland — who carries which X.1060 services, per category',
    );
    expect(slideTitle({ kind: 'sankey', countryId: id, options: SANKEY_OPTIONS }, ws, presentMessages.ja)).toBe(
      'Testland — X.1060の各サービスを誰が担うか（カテゴリごと）',
    );
    const japan = workspace.matrices[0]!;
    expect(slideSankeyMatrix(japan)).toBe(japan);
    expect(slideTitle({ kind: 'sankey', countryId: japan.id, options: SANKEY_OPTIONS }, ws, presentMessages.en)).toBe(
      'Japan — who carries which X.1060 services',
    );
  });
});

describe('difference slide inputs, kept', () => {
  it('gives the same difference (and so the same chart input) on every render of the deck', () => {
    const s: CompareSlideSpec = {
      kind: 'difference',
      countryIds: ['bundled:japan.csv', 'bundled:singapore.csv'],
      options: { compareThreshold: 5, diffA: null, diffB: null },
    };
    expect(slideDifference(workspace, s)).toBe(slideDifference(workspace, { ...s }));
  });
});
