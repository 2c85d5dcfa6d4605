import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { DifferenceHeatmap } from '../../src/charts/compare/DifferenceHeatmap';
import { differenceColor } from '../../src/charts/compare/difference-layout';
import { MetricBars } from '../../src/charts/compare/MetricBars';
import { SmallMultiples } from '../../src/charts/compare/SmallMultiples';
import { scoreColorScale } from '../../src/charts/color-scales';
import { alignMatrices, diffMatrices, type AlignedScore, type DiffCell } from '../../src/domain/compare';
import { rowName } from '../../src/domain/matrix';
import { importCsvText } from '../../src/io/csv-import';

const wide = (country: string, text: string) => importCsvText(text, { fileName: `${country}.csv` }).matrices[0]!;
const asIs = wide('As is', 'Service,NCSC,PSIRT,ISAC\nA,10,,2\nB,NA,4,\nD,3,3,3\n');
const toBe = wide('To be', 'Service,NCSC,PSIRT,Academia\nA,6,,5\nB,8,7,\nC,4,,\n');
const aligned = alignMatrices([asIs, toBe]);
const cols = aligned.stakeholders.map((s) => ({ key: s.key, name: s.name }));
const rows = aligned.rows.map((r) => ({ key: r.key, ...(r.x1060Id ? { id: r.x1060Id } : {}), name: rowName(r, 'en') }));
const value = (v: AlignedScore) =>
  v === 'absent' ? 'absent' : v === 'unknown' ? 'unknown' : v === null ? 'blank' : `${v} of 10`;
const diff = diffMatrices(toBe, asIs);
const describeDiff = (row: string, column: string, cell: DiffCell) =>
  `${row}, ${column}: ${cell.kind === 'diff' ? String(cell.value) : cell.kind}`;

/** The drawn cells of a chart, in drawing order. */
const cellsIn = (root: HTMLElement) => [...root.querySelectorAll<SVGGElement>('g[role=img]')];

const meta = {
  title: 'Charts/Compare',
  component: SmallMultiples,
  args: {
    data: {
      rows,
      columns: cols,
      panels: aligned.countries.map((c) => ({ key: c.matrix.country, title: c.matrix.country, values: c.cells })),
      palette: 'ylgnbu',
      legend: {
        caption: 'Score 0–10',
        blank: 'blank = not involved',
        unknown: '? = unknown',
        absent: 'dashed = not in this table',
      },
    },
    title: 'As is and to be',
    describeCell: (panel: string, row: string, column: string, v: AlignedScore) =>
      `${panel}: ${row}, ${column}: ${value(v)}`,
  },
} satisfies Meta<typeof SmallMultiples>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two versions side by side on the union grid (4 rows × 4 stakeholders): absent cells dashed, unknown hatched. */
export const SideBySide: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'As is and to be' })).toBeInTheDocument();
    await expect(cellsIn(canvasElement)).toHaveLength(2 * 4 * 4);
    await expect(
      canvas.getByRole('img', { name: 'As is: C Deep analysis, NCSC: absent' }).querySelector('rect'),
    ).toHaveAttribute('stroke-dasharray', '4 3');
    await expect(
      canvas.getByRole('img', { name: 'To be: A Strategic management of CDC, ISAC: absent' }),
    ).toHaveAttribute('data-kind', 'absent');
    await expect(canvas.getByRole('img', { name: 'As is: B Real-time analysis, NCSC: unknown' })).toHaveTextContent(
      '?',
    );
    await expect(
      canvas.getByRole('img', { name: 'As is: A Strategic management of CDC, PSIRT: blank' }).querySelector('rect'),
    ).toHaveAttribute('fill', '#f3f4f6');
    // One shared scale: 10 in one panel and 8 in the other are coloured by the same function.
    await expect(
      canvas.getByRole('img', { name: 'As is: A Strategic management of CDC, NCSC: 10 of 10' }).querySelector('rect'),
    ).toHaveAttribute('fill', scoreColorScale('ylgnbu')(10));
    await expect(
      canvas.getByRole('img', { name: 'To be: B Real-time analysis, NCSC: 8 of 10' }).querySelector('rect'),
    ).toHaveAttribute('fill', scoreColorScale('ylgnbu')(8));
    await expect(canvasElement.querySelector('.legend')).toHaveTextContent('dashed = not in this table');
  },
};

/** To be − as is: signed values, the direction in the legend, unknown and absent marked. */
export const Difference: StoryObj<typeof DifferenceHeatmap> = {
  render: () => (
    <DifferenceHeatmap
      data={{
        rows: diff.rows.map((r) => ({ key: r.key, ...(r.x1060Id ? { id: r.x1060Id } : {}), name: rowName(r, 'en') })),
        columns: diff.stakeholders.map((s) => ({ key: s.key, name: s.name })),
        cells: diff.cells,
        legend: {
          caption: 'To be − As is',
          aHigher: 'To be higher →',
          bHigher: '← As is higher',
          blank: 'neither',
          unknown: '? = unknown',
          absent: 'absent',
        },
      }}
      title="Gap to the target"
      describeCell={describeDiff}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: 'A Strategic management of CDC, NCSC: -4' })).toHaveTextContent(
      '\u22124',
    );
    await expect(
      canvas.getByRole('img', { name: 'A Strategic management of CDC, NCSC: -4' }).querySelector('rect'),
    ).toHaveAttribute('fill', differenceColor(-4));
    await expect(canvas.getByRole('img', { name: 'B Real-time analysis, PSIRT: 3' })).toHaveTextContent('+3');
    await expect(canvas.getByRole('img', { name: 'B Real-time analysis, NCSC: unknown' })).toHaveTextContent('?');
    await expect(canvas.getByRole('img', { name: 'C Deep analysis, NCSC: absent' })).not.toHaveTextContent(/\d/);
    await expect(canvasElement.querySelector('.legend-a-higher')).toHaveTextContent('To be higher →');
    await expect(canvasElement.querySelector('.legend-b-higher')).toHaveTextContent('← As is higher');
  },
};

/** One bar chart per metric; an undefined value has no bar and prints "—". */
export const Metrics: StoryObj<typeof MetricBars> = {
  render: () => (
    <MetricBars
      title="Metrics"
      data={{
        series: [
          { key: 'jp', label: 'Japan' },
          { key: 'ke', label: 'Kenya' },
        ],
        metrics: [
          {
            key: 'ncscShare',
            title: 'National-agency share',
            max: 1,
            values: [0.087, 0.25],
            texts: ['8.7 %', '25.0 %'],
          },
          { key: 'academiaShare', title: 'Academia share', max: 1, values: [0.077, undefined], texts: ['7.7 %', '—'] },
        ],
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const ncsc = canvas.getByRole('group', { name: 'National-agency share' });
    await expect(within(ncsc).getByRole('img', { name: 'Kenya: 25.0 %' })).toBeInTheDocument();
    const widths = [...ncsc.querySelectorAll('g[role=img] rect')].map((r) => Number(r.getAttribute('width')));
    await expect(Math.round((widths[1]! / widths[0]!) * 100) / 100).toBe(Math.round((0.25 / 0.087) * 100) / 100);
    const academia = canvas.getByRole('group', { name: 'Academia share' });
    await expect(within(academia).getByRole('img', { name: 'Kenya: —' }).querySelector('rect')).toBeNull();
  },
};
