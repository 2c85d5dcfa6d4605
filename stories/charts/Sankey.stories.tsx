import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { matrixToSankeyInput } from '../../src/charts/sankey/matrix-sankey';
import { CATEGORY_COLORS, SECTOR_COLORS } from '../../src/charts/sankey/sankey-colors';
import { Sankey } from '../../src/charts/sankey/Sankey';
import type { SankeyInput } from '../../src/charts/sankey/sankey-types';
import { DEFAULT_SANKEY_OPTIONS } from '../../src/charts/sankey/sankey-types';
import { effectiveScore } from '../../src/domain/matrix';
import { SECTOR_NAMES } from '../../src/domain/stakeholders';
import { X1060_CATEGORIES, X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { sankeyMessages } from '../../src/i18n/sankey-messages';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';

const matrices = loadBundledMatrices();
const byCountry = (c: string) => {
  const m = matrices.find((x) => x.country === c);
  if (!m) throw new Error(`the bundled datasets have no ${c}`);
  return m;
};
const japan = byCountry('Japan');
const JAPAN = matrixToSankeyInput(japan, 'en');
const JAPAN_JA = matrixToSankeyInput(japan, 'ja');
const SINGAPORE = matrixToSankeyInput(byCountry('Singapore'), 'en');
const US = matrixToSankeyInput(byCountry('United States'), 'en');

/** Japan's cells scoring above 0 (and at least `min`): the links the chart must draw. */
const japanCells = (min = 0) =>
  japan.cells.flat().filter((s) => (effectiveScore(s) ?? 0) > 0 && (effectiveScore(s) ?? 0) >= min).length;

/** All 64 services × 10 stakeholders with blanks and unknowns: the largest matrix X.1060 allows. */
function services64(): SankeyInput {
  const base = JAPAN;
  return {
    ...base,
    rows: X1060_SERVICES.map((s) => ({ key: s.id, id: s.id, name: s.nameEn, category: s.category })),
    values: X1060_SERVICES.map((_, i) =>
      base.stakeholders.map((_, j) =>
        (i + j) % 9 === 0 ? null : (i * j) % 37 === 5 ? 'unknown' : (i * 7 + j * 3) % 11,
      ),
    ),
  };
}
const SERVICES = services64();
const serviceUnknowns = SERVICES.values.flat().filter((v) => v === 'unknown').length;

const ALL_UNKNOWN: SankeyInput = { ...JAPAN, values: JAPAN.values.map((row) => row.map(() => 'unknown' as const)) };

const links = (root: HTMLElement) => [...root.querySelectorAll<SVGPathElement>('path.sankey-link')];
const nodes = (root: HTMLElement) => [...root.querySelectorAll<SVGGElement>('g.sankey-node')];
const node = (root: HTMLElement, id: string) => {
  const el = root.querySelector<SVGGElement>(`g.sankey-node[data-id="${id}"]`);
  if (!el) throw new Error(`no node ${id}`);
  return el;
};
const pxPerUnit = (root: HTMLElement) => Number(root.querySelector('svg.sankey')?.getAttribute('data-px-per-unit'));
const notes = (root: HTMLElement) => root.querySelector('.sankey-notes')?.textContent ?? '';

/** Every link is exactly px-per-unit × its value wide: widths are proportional to the scores. */
async function expectProportional(root: HTMLElement) {
  const k = pxPerUnit(root);
  await expect(k).toBeGreaterThan(0);
  for (const l of links(root))
    await expect(Number(l.getAttribute('stroke-width')) / Number(l.getAttribute('data-value'))).toBeCloseTo(k, 4);
}

const meta = {
  title: 'Charts/Sankey',
  component: Sankey,
  args: { input: JAPAN, options: DEFAULT_SANKEY_OPTIONS, title: 'Japan — who carries which X.1060 services' },
} satisfies Meta<typeof Sankey>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Japan's 9 categories → 10 stakeholders, raw scores in X.1060 order. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('group', { name: 'Japan — who carries which X.1060 services' }),
    ).toBeInTheDocument();
    await expect(links(canvasElement)).toHaveLength(japanCells());
    await expect(nodes(canvasElement)).toHaveLength(19);
    await expectProportional(canvasElement);
    const a = canvasElement.querySelector('[data-id="l:A|ncsc"]');
    await expect(a).toHaveAttribute(
      'aria-label',
      'Flow: A Strategic management of CDC → NCSC. 10 of 10. 50 % of A Strategic management of CDC',
    );
    await expect(node(canvasElement, 'r:C')).toHaveAttribute(
      'aria-label',
      'Node: C Deep analysis. sum of scores 51 (6 cells)',
    );
    // wrapped across lines, no word lost or cut
    const lines = [...node(canvasElement, 'r:A').querySelectorAll('.sankey-label tspan')].map((t) => t.textContent);
    await expect(lines.join(' ')).toBe('A Strategic management of CDC');
    await expect(notes(canvasElement)).toContain(`${japanCells()} flows drawn`);
  },
};

/** Stakeholders → services: stakeholders on the left, flows coloured by stakeholder. */
export const Reverse: Story = {
  args: { options: { ...DEFAULT_SANKEY_OPTIONS, direction: 'reverse' } },
  play: async ({ canvasElement }) => {
    const headings = [...canvasElement.querySelectorAll('.sankey-headings text')].map((t) => t.textContent);
    await expect(headings).toEqual(['Stakeholders', 'X.1060 categories']);
    await expect(canvasElement.querySelector('[data-id="l:A|ncsc"]')).toHaveAttribute(
      'aria-label',
      expect.stringMatching(/^Flow: NCSC → A Strategic management of CDC\./),
    );
    const x = (id: string) => Number(node(canvasElement, id).querySelector('rect')!.getAttribute('x'));
    await expect(x('s:ncsc')).toBeLessThan(x('r:A'));
    await expect(canvasElement.querySelector('[data-legend="stakeholder:ncsc"]')).toHaveTextContent('NCSC');
    await expectProportional(canvasElement);
  },
};

/** Nodes by flow, largest first: Japan's categories C (51), F (48), D (44) … H (14). */
export const OrderedByFlow: Story = {
  args: { options: { ...DEFAULT_SANKEY_OPTIONS, order: 'flow' } },
  play: async ({ canvasElement }) => {
    const rows = nodes(canvasElement).filter((n) => n.getAttribute('data-id')!.startsWith('r:'));
    await expect(rows.map((n) => n.getAttribute('data-id'))).toEqual([
      'r:C',
      'r:F',
      'r:D',
      'r:B',
      'r:I',
      'r:G',
      'r:A',
      'r:E',
      'r:H',
    ]);
    const ys = rows.map((n) => Number(n.querySelector('rect')!.getAttribute('y')));
    await expect(ys).toEqual([...ys].sort((a, b) => a - b));
  },
};

/** Minimum score 5: weaker roles disappear and are counted under the chart. */
export const MinimumScore: Story = {
  args: { options: { ...DEFAULT_SANKEY_OPTIONS, minScore: 5 } },
  play: async ({ canvasElement }) => {
    await expect(links(canvasElement)).toHaveLength(japanCells(5));
    await expect(japanCells(5)).toBeLessThan(japanCells());
    for (const l of links(canvasElement)) await expect(Number(l.getAttribute('data-raw'))).toBeGreaterThanOrEqual(5);
    await expect(notes(canvasElement)).toContain(
      `${japanCells() - japanCells(5)} cells scored below 5 hidden by the minimum-score filter.`,
    );
  },
};

/** Each service scaled to 100 %: every category node carries 100, whatever its raw total. */
export const Normalised: Story = {
  args: { options: { ...DEFAULT_SANKEY_OPTIONS, normalise: true } },
  play: async ({ canvasElement }) => {
    for (const id of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']) {
      const out = links(canvasElement).filter((l) => l.getAttribute('data-id')!.startsWith(`l:${id}|`));
      await expect(out.reduce((s, l) => s + Number(l.getAttribute('data-value')), 0)).toBeCloseTo(100, 2);
      await expect(node(canvasElement, `r:${id}`).getAttribute('aria-label')).toContain(
        'weight 100 (each service = 100)',
      );
    }
    await expect(canvasElement.querySelector('[data-id="l:A|ncsc"]')).toHaveAttribute('data-value', '50');
    await expectProportional(canvasElement);
  },
};

/** Links coloured by the stakeholder's sector group. */
export const ColourBySector: Story = {
  args: { options: { ...DEFAULT_SANKEY_OPTIONS, colorBy: 'sector' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-id="l:A|ncsc"]')).toHaveAttribute(
      'stroke',
      SECTOR_COLORS.government,
    );
    await expect(canvasElement.querySelector('[data-id="l:B|private-soc"]')).toHaveAttribute(
      'stroke',
      SECTOR_COLORS.private,
    );
    await expect(canvasElement.querySelector('[data-id="l:C|academia"]')).toHaveAttribute(
      'stroke',
      SECTOR_COLORS.academia,
    );
    await expect(canvasElement.querySelector('.sankey-legend')).toHaveTextContent('Sector group:');
  },
};

/** Colour by source (the default): each category's flows in its own colour. */
export const ColourBySource: Story = {
  play: async ({ canvasElement }) => {
    for (const l of links(canvasElement))
      await expect(l.getAttribute('stroke')).toBe(CATEGORY_COLORS[l.getAttribute('data-id')!.slice(2, 3)]);
    await expect(canvasElement.querySelector('[data-legend="category:F"]')).toHaveTextContent(
      'F Collection, analysis and evaluation of threat intelligence',
    );
  },
};

/** A third column of sector groups: Japan's government carries 102, the private sector 142. */
export const WithSectorGroups: Story = {
  args: { options: { ...DEFAULT_SANKEY_OPTIONS, showSectors: true } },
  play: async ({ canvasElement }) => {
    const headings = [...canvasElement.querySelectorAll('.sankey-headings text')].map((t) => t.textContent);
    await expect(headings).toEqual(['X.1060 categories', 'Stakeholders', 'Sector groups']);
    await expect(node(canvasElement, 'g:government')).toHaveAttribute('data-value', '102');
    await expect(node(canvasElement, 'g:private')).toHaveAttribute('data-value', '142');
    await expect(node(canvasElement, 'g:law-enforcement')).toHaveAttribute('data-value', '21');
    await expect(node(canvasElement, 'g:academia')).toHaveAttribute('data-value', '22');
    await expect(links(canvasElement)).toHaveLength(japanCells() + 10);
  },
};

/** All 64 services: one node each, unknowns never drawn and listed under the chart. */
export const SixtyFourServices: Story = {
  args: { input: SERVICES, title: 'All 64 X.1060 services', options: { ...DEFAULT_SANKEY_OPTIONS, showSectors: true } },
  play: async ({ canvasElement }) => {
    const rows = nodes(canvasElement).filter((n) => n.getAttribute('data-id')!.startsWith('r:'));
    await expect(rows).toHaveLength(64);
    await expect(rows.map((n) => n.getAttribute('data-id'))).toEqual(X1060_SERVICES.map((s) => `r:${s.id}`));
    const drawn = SERVICES.values.flat().filter((v) => typeof v === 'number' && v > 0).length;
    await expect(links(canvasElement).filter((l) => /^l:[A-I]-\d+\|/.test(l.getAttribute('data-id')!))).toHaveLength(
      drawn,
    );
    await expect(serviceUnknowns).toBeGreaterThan(0);
    await expect(notes(canvasElement)).toContain(`${serviceUnknowns} unknown cells are not drawn (never counted as 0)`);
    await expect(canvasElement.querySelector('[data-legend="category:I"]')).toHaveTextContent(
      'I Active relationship with external parties',
    );
    await expectProportional(canvasElement);
  },
};

/** Japanese names, the longest stakeholder name wrapped onto two lines, none cut. */
export const LongJapaneseLabels: Story = {
  args: {
    input: JAPAN_JA,
    title: '日本 — X.1060の各サービスを誰が担うか',
    text: sankeyMessages.ja,
    options: { ...DEFAULT_SANKEY_OPTIONS, showSectors: true },
  },
  play: async ({ canvasElement }) => {
    const label = node(canvasElement, 's:ncsc').querySelector('.sankey-label')!;
    const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
    await expect(lines).toHaveLength(2);
    await expect(lines.join('')).toBe('ナショナルサイバーセキュリティセンター');
    await expect([...canvasElement.querySelectorAll('.sankey-label')].some((t) => t.textContent?.includes('…'))).toBe(
      false,
    );
    await expect(node(canvasElement, 'g:government').getAttribute('aria-label')).toBe(
      'ノード: 政府. スコア合計 102（14 セル）',
    );
    await expect(notes(canvasElement)).toContain('本のフローを描画');
  },
};

/** Hovering a node lights its paths, dims the rest and shows its exact figures. */
export const HoverHighlights: Story = {
  play: async ({ canvasElement }) => {
    const csirt = node(canvasElement, 's:national-csirt');
    await userEvent.hover(csirt.querySelector('rect')!);
    const svg = canvasElement.querySelector('svg.sankey')!;
    await waitFor(() => expect(svg).toHaveClass('has-active'));
    const lit = links(canvasElement)
      .filter((l) => l.classList.contains('is-hl'))
      .map((l) => l.getAttribute('data-id'));
    const expected = links(canvasElement)
      .filter((l) => l.getAttribute('data-id')!.endsWith('|national-csirt'))
      .map((l) => l.getAttribute('data-id'));
    await expect(lit).toEqual(expected);
    await expect(lit.length).toBe(5);
    await expect(csirt).toHaveClass('is-hl');
    await expect(node(canvasElement, 's:ncsc')).not.toHaveClass('is-hl');
    const tip = within(canvasElement).getByRole('tooltip');
    await expect(tip).toHaveTextContent('National CSIRTs');
    await expect(tip).toHaveTextContent('sum of scores 38 (5 cells)');
    await userEvent.unhover(canvasElement.querySelector('.sankey-wrap')!);
    await waitFor(() => expect(svg).not.toHaveClass('has-active'));
  },
};

/** The keyboard reaches nodes and links: Tab in, arrows move, each item announces its figures. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(document.activeElement).toHaveAttribute('data-id', 'r:A');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    const focused = document.activeElement!;
    await expect(focused.getAttribute('data-id')).toMatch(/^l:C\|/);
    await expect(focused.getAttribute('aria-label')).toMatch(
      /^Flow: C Deep analysis → .+\. \d+ of 10\. [\d.]+ % of C Deep analysis$/,
    );
    await expect(within(canvasElement).getByRole('tooltip')).toHaveTextContent('C Deep analysis →');
    await userEvent.keyboard('{ArrowRight}');
    await expect(document.activeElement!.getAttribute('data-id')).toMatch(/^s:/);
    await expect(canvasElement.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await userEvent.keyboard('{Escape}');
    await expect(within(canvasElement).queryByRole('tooltip')).toBeNull();
  },
};

/** Every cell unknown: nothing drawn, and the 90 unknowns stated. */
export const AllUnknown: Story = {
  args: { input: ALL_UNKNOWN, title: 'Nothing known' },
  play: async ({ canvasElement }) => {
    await expect(links(canvasElement)).toHaveLength(0);
    await expect(nodes(canvasElement)).toHaveLength(19);
    await expect(notes(canvasElement)).toContain('Nothing to draw');
    await expect(notes(canvasElement)).toContain(
      '90 unknown cells are not drawn (never counted as 0): A Strategic management of CDC → NCSC',
    );
  },
};

/** Singapore beside the United States at the same px per unit: totals compare by height. */
export const SameScale: Story = {
  args: { input: SINGAPORE, title: 'Singapore', size: { width: 660, pxPerUnit: 1.5 } },
  render: (args) => (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
      <Sankey {...args} />
      <Sankey {...args} input={US} title="United States" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const charts = [...canvasElement.querySelectorAll<HTMLElement>('.sankey-wrap')];
    await expect(charts).toHaveLength(2);
    for (const c of charts) {
      await expect(pxPerUnit(c)).toBe(1.5);
      await expectProportional(c);
    }
    const ncsc = charts.map((c) => Number(node(c, 's:ncsc').getAttribute('data-value')));
    await expect(ncsc).toEqual([63, 66]);
    const psirt = charts.map((c) => Number(node(c, 's:psirt').getAttribute('data-value')));
    await expect(psirt).toEqual([0, 46]);
  },
};

/** The dark theme: dark page, light text, same flows. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('svg.sankey > rect')).toHaveAttribute('fill', '#111827');
    await expect(node(canvasElement, 'r:A').querySelector('.sankey-label')).toHaveAttribute('fill', '#f9fafb');
    await expect(links(canvasElement)).toHaveLength(japanCells());
  },
};

/** Rows outside X.1060 and a custom stakeholder of sector "other". */
export const CustomRows: Story = {
  args: {
    title: 'Custom rows',
    input: {
      rows: [
        { key: 'custom:Drills', name: 'National drills' },
        { key: 'D-2', id: 'D-2', name: 'Incident handling', category: 'D' },
      ],
      stakeholders: [
        { key: 'custom:ministry', name: 'Ministry of ICT', sector: 'other' },
        { key: 'ncsc', name: 'NCSC', sector: 'government' },
      ],
      values: [
        [7, 3],
        [null, 9],
      ],
      sectorNames: Object.fromEntries(
        Object.entries(SECTOR_NAMES).map(([k, v]) => [k, v.en]),
      ) as SankeyInput['sectorNames'],
      categoryNames: Object.fromEntries(X1060_CATEGORIES.map((c) => [c.id, c.nameEn])),
    },
    options: { ...DEFAULT_SANKEY_OPTIONS, showSectors: true },
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-legend="category:custom"]')).toHaveTextContent(
      'Rows outside X.1060',
    );
    await expect(node(canvasElement, 'g:other')).toHaveAttribute('data-value', '7');
    await expect(node(canvasElement, 'r:custom:Drills')).toHaveAttribute(
      'aria-label',
      'Node: National drills. sum of scores 10 (2 cells)',
    );
    await expect(links(canvasElement)).toHaveLength(5);
  },
};
