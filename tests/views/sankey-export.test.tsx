// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { placeSideBySide } from '../../src/views/sankey/side-by-side';

const svg = (w: number, h: number, text: string) => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  el.setAttribute('viewBox', `0 0 ${w} ${h}`);
  el.setAttribute('class', 'sankey');
  el.innerHTML = `<text>${text}</text>`;
  return el;
};

describe('placeSideBySide', () => {
  it('puts clones of the charts side by side, tops aligned, on one background', () => {
    const a = svg(660, 800, 'Japan');
    const b = svg(660, 700, 'Singapore');
    const both = placeSideBySide([a, b], '#ffffff', 24);
    expect(both.getAttribute('viewBox')).toBe('0 0 1344 800');
    expect([both.getAttribute('width'), both.getAttribute('height')]).toEqual(['1344', '800']);
    const [bg, first, second] = [...both.children];
    expect(bg!.getAttribute('fill')).toBe('#ffffff');
    expect([first!.getAttribute('x'), first!.getAttribute('width'), first!.getAttribute('height')]).toEqual([
      '0',
      '660',
      '800',
    ]);
    expect([second!.getAttribute('x'), second!.getAttribute('width'), second!.getAttribute('height')]).toEqual([
      '684',
      '660',
      '700',
    ]);
    expect(second!.textContent).toBe('Singapore');
    // the charts on the page are untouched
    expect(a.parentNode).toBeNull();
    expect(a.getAttribute('x')).toBeNull();
  });
});
