import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Heatmap } from '../../src/charts/heatmap/Heatmap';
import type { HeatmapInput } from '../../src/charts/heatmap/heatmap-layout';
import { matrixToHeatmapInput } from '../../src/charts/heatmap/matrix-heatmap';
import { scoreColorScale, textColorOn } from '../../src/charts/color-scales';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';

const japan = loadBundledMatrices().find((m) => m.country === 'Japan');
if (!japan) throw new Error('the bundled datasets have no Japan');

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
    await expect(cells[5]!.querySelector('rect')).toHaveAttribute('fill', scoreColorScale('ylgnbu')(10));
  },
};

/** Japan's bundled matrix: 9 categories × 10 stakeholders. */
export const SeedCountry: Story = {
  args: { data: matrixToHeatmapInput(japan, 'en', 'ylgnbu'), title: 'Japan — division of X.1060 roles' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('grid', { name: 'Japan — division of X.1060 roles' })).toBeInTheDocument();
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
  args: { data: matrixToHeatmapInput(japan, 'ja', 'ylgnbu'), title: '日本 — X.1060 の役割分担' },
  play: async ({ canvasElement }) => {
    await expect(cellsIn(canvasElement)).toHaveLength(90);
    await expect(labelOf(canvasElement, '戦略マネジメント, ナショナルサイバーセキュリティセンター')).toMatch(/: 10 of 10$/);
    const columns = [...canvasElement.querySelectorAll('[role=columnheader]')];
    await expect(columns).toHaveLength(10);
    for (const column of columns) await expect(column.querySelectorAll('tspan').length).toBeLessThanOrEqual(3);
    const ncsc = columns.find((c) => c.querySelector('title')?.textContent === 'ナショナルサイバーセキュリティセンター');
    const lines = [...(ncsc?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent);
    await expect(lines).toHaveLength(3);
    await expect(lines[2]).toMatch(/…$/);
  },
};

/** Japan in the high-contrast projector palette, with text colour picked per fill. */
export const ProjectorPalette: Story = {
  args: { data: matrixToHeatmapInput(japan, 'en', 'projector'), title: 'Japan (projector)' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.heatmap-legend')).toHaveTextContent('Projector (high contrast)');
    const fill = scoreColorScale('projector')(10);
    await expect(fill).not.toBe(scoreColorScale('ylgnbu')(10));
    const cell = cellsIn(canvasElement).find((c) => c.getAttribute('aria-label')?.includes('Strategic management of CDC, NCSC'));
    await expect(cell?.querySelector('rect')).toHaveAttribute('fill', fill);
    await expect(cell?.querySelector('text')).toHaveAttribute('fill', textColorOn(fill));
  },
};
