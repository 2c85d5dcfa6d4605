// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { SlideCaption } from '../../src/views/present/SlideCaption';

afterEach(cleanup);

describe('SlideCaption', () => {
  it('puts each shortened name’s key on its own line after the sentence, apart in its text', () => {
    const { container } = render(
      <SlideCaption
        text="行は各国の採点のまま（集約なし）。"
        keys={['NCSC = ナショナルサイバーセキュリティセンター']}
      />,
    );
    const p = container.querySelector('p.presenter-caption')!;
    expect(p.querySelectorAll('span.presenter-key')).toHaveLength(1);
    expect(p.querySelector('span.presenter-key')!.textContent).toBe('NCSC = ナショナルサイバーセキュリティセンター');
    expect(p.textContent).toBe('行は各国の採点のまま（集約なし）。 NCSC = ナショナルサイバーセキュリティセンター');
  });

  it('draws nothing with neither sentence nor key', () => {
    expect(render(<SlideCaption text="" />).container.innerHTML).toBe('');
  });
});
