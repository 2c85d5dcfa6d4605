// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Heatmap } from '../../src/charts/heatmap/Heatmap';
import { minReadableWidth } from '../../src/charts/compare/grid-frame';
import { CompareChartSvg } from '../../src/charts/compare/svg-parts';
import { serializeSvg } from '../../src/ui/export-image';

afterEach(cleanup);

const parse = (svg: string) => {
  const div = document.createElement('div');
  div.innerHTML = svg.replace(/^<\?xml[^>]*>/, '');
  return div.querySelector('svg')!;
};

describe('exported SVG', () => {
  it('keeps no role, aria-*, tabindex or unreferenced id of the live grid; keeps <title> and the hatch it uses', () => {
    const { container } = render(
      <Heatmap
        title="Japan"
        data={{
          rows: [{ key: 'a', id: 'A', name: 'Prevention' }],
          columns: [
            { key: 'n', name: 'NCSC' },
            { key: 'c', name: 'CSIRTs' },
          ],
          values: [[7, 'unknown']],
          palette: 'ylgnbu',
        }}
      />,
    );
    const live = container.querySelector('svg')!;
    expect(live.querySelectorAll('[role], [tabindex], [aria-label]').length).toBeGreaterThan(0);
    const svg = serializeSvg(live);
    expect(svg).not.toMatch(/\srole=|\saria-|\stabindex=/);
    const out = parse(svg);
    // The ids left are the hatch the unknown cell is filled with and the legend's ramp: each is used.
    const ids = [...out.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids).toEqual([expect.stringMatching(/^hm-hatch-/), expect.stringMatching(/^hm-ramp-/)]);
    for (const id of ids) expect(out.querySelector(`[fill="url(#${id})"]`)).not.toBeNull();
    expect(live.querySelectorAll('[id]').length).toBeGreaterThan(ids.length);
    expect(out.querySelectorAll('title').length).toBeGreaterThan(0);
    expect(out.textContent).toContain('Japan');
  });

  it('keeps a root role="img" and its aria-label, which name the picture', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.innerHTML = '<title>T</title><g role="group" aria-label="x" id="g1" tabindex="0"><rect fill="red"/></g>';
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'A chart');
    svg.setAttribute('aria-describedby', 'd');
    const out = parse(serializeSvg(svg));
    expect(out.getAttribute('role')).toBe('img');
    expect(out.getAttribute('aria-label')).toBe('A chart');
    expect(out.hasAttribute('aria-describedby')).toBe(false);
    expect(out.querySelector('g')!.getAttributeNames()).toEqual([]);
    expect(out.querySelector('title')!.textContent).toBe('T');
  });

  it("drops the page's custom properties from inline styles (a comparison chart's shown width), keeps the rest", () => {
    const { container } = render(
      <CompareChartSvg
        svgRef={undefined}
        className="x"
        titleId="t1"
        title="Side by side"
        width={1641}
        bodyHeight={400}
        fontSize={15}
      >
        <rect width={10} height={10} style={{ opacity: 0.5, ['--mark' as string]: '1' }} />
      </CompareChartSvg>,
    );
    const live = container.querySelector('svg')!;
    expect(live.getAttribute('style')).toBe(`--chart-min-width: ${minReadableWidth(1641, 15)}px;`);
    expect(minReadableWidth(1641, 15)).toBe(1094);
    const out = parse(serializeSvg(live));
    expect(out.hasAttribute('style')).toBe(false);
    expect(out.querySelector('rect[width="10"]')!.getAttribute('style')).toBe('opacity: 0.5');
  });
});
