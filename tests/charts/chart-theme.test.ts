import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_FOCUS, CHART_THEMES } from '../../src/charts/chart-theme';

const css = readFileSync('src/charts/chart-theme.css', 'utf8');
const property = (name: string) => css.match(new RegExp(`--${name}:\\s*([^;]+);`))?.[1]?.trim();
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('chart tokens', () => {
  it('are the same in the stylesheet (screen) as in chart-theme.ts (exports)', () => {
    for (const [name, value] of Object.entries(CHART_THEMES.light)) {
      const prop = kebab(name);
      expect([prop, property(`chart-${prop}`)]).toEqual([prop, value]);
    }
    expect(property('chart-focus')).toBe(CHART_FOCUS);
    expect(property('chart-tooltip-background')).toBe(CHART_THEMES.dark.background);
    expect(property('chart-tooltip-ink')).toBe(CHART_THEMES.dark.ink);
  });
});
