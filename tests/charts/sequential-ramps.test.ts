import * as chromatic from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { interpolateGreys, interpolateViridis, interpolateYlGnBu } from '../../src/charts/sequential-ramps';

// The heatmap's palettes keep d3-scale-chromatic's colours to the last digit (its figures in papers do not change).
describe('the heatmap ramps', () => {
  const ts = [...Array.from({ length: 1001 }, (_, i) => i / 1000), -0.5, 1.5];
  it.each([
    ['YlGnBu', interpolateYlGnBu, chromatic.interpolateYlGnBu],
    ['Greys', interpolateGreys, chromatic.interpolateGreys],
    ['Viridis', interpolateViridis, chromatic.interpolateViridis],
  ])('%s equals d3-scale-chromatic at 1,003 points', (_name, ours, theirs) => {
    expect(ts.map(ours)).toEqual(ts.map(theirs));
  });

  it('reads the ramps end to end', () => {
    expect([interpolateYlGnBu(0), interpolateYlGnBu(1)]).toEqual(['rgb(255, 255, 217)', 'rgb(8, 29, 88)']);
    expect([interpolateViridis(0), interpolateViridis(1)]).toEqual(['#440154', '#fde725']);
  });
});
