import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Heatmap } from '../../src/charts/heatmap/Heatmap';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-types';
import { scoreColorScale, textColorOn } from '../../src/charts/color-scales';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import {
  buildHeatmapModel,
  DEFAULT_HEATMAP_OPTIONS,
  heatmapInputFromModel,
} from '../../src/charts/heatmap/heatmap-model';
import type { PaletteId } from '../../src/charts/color-scales';
import { scoreBrackets } from '../../src/charts/color-scales';
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import type { RoleMatrix } from '../../src/domain/matrix';

const japan = loadBundledMatrices().find((m) => m.country === 'Japan');
if (!japan) throw new Error('the bundled datasets have no Japan');

/** A country's heatmap as the view builds it (model, then input), without marginals. */
function countryInput(m: RoleMatrix, lang: 'en' | 'ja', palette: PaletteId): HeatmapInput {
  const model = buildHeatmapModel(m, { ...DEFAULT_HEATMAP_OPTIONS, marginal: 'none' }, lang);
  return heatmapInputFromModel(model, {
    palette,
    theme: 'light',
    captions: [],
    colorMode: 'continuous',
    brackets: [1, 4, 7, 10],
    threshold: 0,
  });
}

const small: HeatmapInput = {
  rows: [
    { key: 'D-2', id: 'D-2', name: 'Incident handling' },
    { key: 'custom:Audit', name: 'Audit' },
    { key: 'custom:Drills', name: 'Drills' },
  ],
  columns: [
    { key: 'ncsc', name: 'NCSC' },
    { key: 'isac', name: 'ISAC' },
    { key: 'academia', name: 'Academia' },
  ],
  values: [
    [9, null, 2.5],
    ['unknown', 0, 10],
    [null, 4, 'unknown'],
  ],
  palette: 'ylgnbu',
};

const unknownGrid: HeatmapInput = {
  ...small,
  values: small.rows.map(() => small.columns.map(() => 'unknown' as const)),
};

/** The cells of a rendered heatmap, in drawing order (row by row). */
/**
 * The colour a cell is drawn in (its shape's, or its number's ink): its own attribute, or, for a scored cell, its
 * value class's custom property on the rows' group (heatmap-value-classes.ts).
 */
function drawnColour(cell: Element | undefined, part: 'rect' | 'text'): string | null | undefined {
  const vc = [...(cell?.classList ?? [])].find((c) => /^vc-\d+$/.test(c));
  if (!vc) return cell?.querySelector(part)?.getAttribute('fill');
  const rows = cell!.closest<SVGGElement>('.heatmap-rows')!;
  return rows.style.getPropertyValue(`--v${part === 'rect' ? 'c' : 'i'}-${vc.slice(3)}`);
}

function cellsIn(root: HTMLElement): SVGGElement[] {
  return [...root.querySelectorAll<SVGGElement>('g[role=gridcell]')];
}

/** The aria-label of the one cell whose label contains `part`. */
function labelOf(root: HTMLElement, part: string): string {
  const hits = cellsIn(root).filter((c) => c.getAttribute('aria-label')?.includes(part));
  if (hits.length !== 1) throw new Error(`expected one cell labelled "…${part}…", found ${hits.length}`);
  return hits[0]!.getAttribute('aria-label') ?? '';
}

/** The text a cell prints (its number, "?" or nothing). */
function printed(cell: SVGGElement): string {
  return cell.querySelector('text')?.textContent ?? '';
}

const meta = {
  title: 'Charts/Heatmap',
  component: Heatmap,
  args: { data: small, title: 'Small example' },
} satisfies Meta<typeof Heatmap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 3×3 custom rows: scores, a decimal, blanks, an explicit 0 and unknowns. */
export const Small: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('grid', { name: 'Small example' })).toBeInTheDocument();
    const cells = cellsIn(canvasElement);
    await expect(cells).toHaveLength(9);
    await expect(cells.map(printed)).toEqual(['9', '', '2.5', '?', '0', '10', '', '4', '?']);
    await expect(labelOf(canvasElement, 'D-2 Incident handling, NCSC')).toBe('D-2 Incident handling, NCSC: 9 of 10');
    await expect(labelOf(canvasElement, 'Audit, ISAC')).toBe('Audit, ISAC: 0 of 10');
    await expect(labelOf(canvasElement, 'Drills, NCSC')).toBe('Drills, NCSC: blank = not involved');
    await expect(labelOf(canvasElement, 'Drills, Academia')).toBe('Drills, Academia: unknown');
    await expect(drawnColour(cells[5], 'rect')).toBe(scoreColorScale('ylgnbu')(10));
  },
};

/** Japan's bundled matrix: 9 categories × 10 stakeholders. */
export const SeedCountry: Story = {
  args: { data: countryInput(japan, 'en', 'ylgnbu'), title: 'Japan — division of X.1060 roles' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('grid', { name: 'Japan — division of X.1060 roles' }),
    ).toBeInTheDocument();
    await expect(cellsIn(canvasElement)).toHaveLength(90);
    await expect(labelOf(canvasElement, 'Strategic management of CDC, NCSC')).toMatch(/: 10 of 10$/);
    await expect(labelOf(canvasElement, 'Strategic management of CDC, National SOC')).toMatch(/: 7 of 10$/);
    await expect(labelOf(canvasElement, 'Strategic management of CDC, PSIRT')).toMatch(/: blank = not involved$/);
  },
};

/** No rows at all: the title and legend still draw, no cell does. */
export const Empty: Story = {
  args: { data: { ...small, rows: [], values: [] }, title: 'Nothing yet' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('grid', { name: 'Nothing yet' })).toBeInTheDocument();
    await expect(cellsIn(canvasElement)).toHaveLength(0);
    await expect(canvasElement.querySelectorAll('.heatmap-rows > g[role=row]')).toHaveLength(0);
    await expect(canvasElement.querySelector('.heatmap-legend')).toHaveTextContent('Score 0–10');
  },
};

/** Every score unknown: hatched cells printing "?", never a number. */
export const AllUnknown: Story = {
  args: { data: unknownGrid, title: 'Nothing known' },
  play: async ({ canvasElement }) => {
    const cells = cellsIn(canvasElement);
    await expect(cells).toHaveLength(9);
    for (const cell of cells) {
      await expect(cell.getAttribute('aria-label')).toMatch(/: unknown$/);
      await expect(printed(cell)).toBe('?');
      await expect(printed(cell)).not.toMatch(/\d/);
      await expect(cell.querySelector('rect')?.getAttribute('fill')).toMatch(/^url\(#hm-hatch-/);
    }
  },
};

/** Japan in Japanese: long stakeholder names wrap to at most three lines and end in "…" when cut. */
export const LongJapaneseLabels: Story = {
  args: { data: countryInput(japan, 'ja', 'ylgnbu'), title: '日本 — X.1060の役割分担' },
  play: async ({ canvasElement }) => {
    await expect(cellsIn(canvasElement)).toHaveLength(90);
    await expect(labelOf(canvasElement, '戦略マネジメント, ナショナルサイバーセキュリティセンター')).toMatch(
      /: 10 of 10$/,
    );
    const columns = [...canvasElement.querySelectorAll('[role=columnheader]')];
    await expect(columns).toHaveLength(10);
    for (const column of columns) await expect(column.querySelectorAll('tspan').length).toBeLessThanOrEqual(4);
    const ncsc = columns.find(
      (c) => c.querySelector('title')?.textContent === 'ナショナルサイバーセキュリティセンター',
    );
    const lines = [...(ncsc?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent);
    // Long Japanese names wrap onto up to four lines and are never cut.
    await expect(lines.join('')).toBe('ナショナルサイバーセキュリティセンター');
    await expect(lines.some((l) => l?.endsWith('…'))).toBe(false);
  },
};

/** Japan in the high-contrast projector palette, with text colour picked per fill. */
export const ProjectorPalette: Story = {
  args: { data: countryInput(japan, 'en', 'projector'), title: 'Japan (projector)' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.heatmap-legend')).toHaveTextContent('Projector (high contrast)');
    const fill = scoreColorScale('projector')(10);
    await expect(fill).not.toBe(scoreColorScale('ylgnbu')(10));
    const cell = cellsIn(canvasElement).find((c) =>
      c.getAttribute('aria-label')?.includes('Strategic management of CDC, NCSC'),
    );
    await expect(drawnColour(cell, 'rect')).toBe(fill);
    await expect(drawnColour(cell, 'text')).toBe(textColorOn(fill));
  },
};

/** 64 services × 40 stakeholders: the largest matrix the benchmarks use. */
const large: RoleMatrix = {
  id: 'large',
  country: 'Large',
  rows: X1060_SERVICES.map((s) => ({ key: s.id, x1060Id: s.id, label: s.id })),
  stakeholders: Array.from({ length: 40 }, (_, i) => ({
    key: `s${i}`,
    name: `Stakeholder ${i + 1}`,
    sector: 'other' as const,
  })),
  cells: X1060_SERVICES.map((_, r) =>
    Array.from({ length: 40 }, (_, c) => ((r * 7 + c * 3) % 13 === 0 ? 'unknown' : (r + c) % 11)),
  ),
  provenance: {},
};

const rolled = (() => {
  const model = buildHeatmapModel(
    large,
    {
      ...DEFAULT_HEATMAP_OPTIONS,
      granularity: 'category',
      rollup: 'max',
      expanded: ['H'],
      hiddenColumns: large.stakeholders.slice(8).map((s) => s.key),
    },
    'en',
  );
  return {
    model,
    input: heatmapInputFromModel(model, {
      palette: 'ylgnbu',
      theme: 'light',
      captions: [],
      colorMode: 'continuous',
      brackets: [1, 4, 7, 10],
      threshold: 0,
    }),
  };
})();

export const Large64x40: Story = {
  args: {
    data: {
      rows: large.rows.map((r) => ({
        key: r.key,
        id: r.key,
        name: X1060_SERVICES.find((s) => s.id === r.key)!.nameEn,
      })),
      columns: large.stakeholders,
      values: large.cells,
      palette: 'viridis',
    },
    title: '64 services × 40 stakeholders',
  },
  play: async ({ canvasElement }) => {
    const cells = cellsIn(canvasElement);
    await expect(cells).toHaveLength(64 * 40);
    await expect(labelOf(canvasElement, 'I-7 Security reporting to external parties, Stakeholder 40:')).toMatch(
      /: (\d+ of 10|unknown)$/,
    );
    await expect(cells.filter((c) => printed(c) === '?').length).toBe(
      large.cells.flat().filter((v) => v === 'unknown').length,
    );
  },
};

export const RolledUpWithExpandedCategory: Story = {
  args: { data: rolled.input, title: 'Rolled up by maximum, H expanded' },
  play: async ({ canvasElement }) => {
    const rows = [...canvasElement.querySelectorAll('[role=row][aria-rowindex]')]
      .filter((r) => r.querySelector('[role=rowheader]'))
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((r) => r.querySelector('[role=rowheader]')!.getAttribute('aria-label'));
    await expect(rows.slice(7, 10)).toEqual([
      'H Support of internal fraud response',
      'H-1 Internal fraud response and analysis support',
      'H-2 Support for internal fraud detection and prevention of recurrence',
    ]);
    await expect(rows).toHaveLength(9 + 2);
    await expect(canvasElement.querySelector('[role=rowheader][aria-label^="H "]')).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(canvasElement.querySelector('[role=rowheader][aria-label^="A "]')).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(cellsIn(canvasElement)).toHaveLength(11 * 8);
    await expect(canvasElement.querySelectorAll('.heatmap-marginals rect')).toHaveLength(11 + 8);
  },
};

export const Brackets: Story = {
  args: { data: { ...small, colorMode: 'brackets', brackets: [1, 4, 7, 10] }, title: 'Score brackets' },
  play: async ({ canvasElement }) => {
    const legend = canvasElement.querySelector('.heatmap-legend')!;
    await expect([...legend.querySelectorAll('text')].map((t) => t.textContent).slice(1, 6)).toEqual([
      '0',
      '1–3',
      '4–6',
      '7–9',
      '10',
    ]);
    const brackets = scoreBrackets('ylgnbu', [1, 4, 7, 10]);
    await expect(drawnColour(cellsIn(canvasElement)[0], 'rect')).toBe(brackets[3]!.color);
  },
};

export const Thresholded: Story = {
  args: { data: { ...small, threshold: 5 }, title: 'Cells under 5 faded' },
  play: async ({ canvasElement }) => {
    await expect(cellsIn(canvasElement).map((c) => c.getAttribute('opacity') ?? '1')).toEqual([
      '1',
      '0.22',
      '0.22',
      '1',
      '0.22',
      '1',
      '0.22',
      '0.22',
      '1',
    ]);
  },
};

export const DarkTheme: Story = {
  args: { data: { ...small, theme: 'dark', palette: 'greys' }, title: 'Dark theme' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('svg > rect')).toHaveAttribute('fill', '#111827');
    await expect(drawnColour(cellsIn(canvasElement)[5], 'rect')).toBe(scoreColorScale('greys', true)(10));
  },
};

export const GreyscalePrint: Story = {
  args: { data: { ...small, palette: 'greys' }, title: 'Greyscale for print' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.heatmap-legend')).toHaveTextContent('Greyscale (print)');
    const fill = drawnColour(cellsIn(canvasElement)[0], 'rect')!;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16));
    await expect(g).toBe(r);
    await expect(b).toBe(r);
  },
};
