// @vitest-environment jsdom
// The editor draws only the columns in its box (#17): blank cells stand in for the others.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { columnSpans } from '../../src/views/editor/use-column-window';
import { windowed } from '../../src/views/editor/windowed-columns';

describe('windowed columns', () => {
  it('reads spans and draws a blank cell for each run of columns not drawn', () => {
    expect(columnSpans('0-5,30-40')).toEqual([
      [0, 5],
      [30, 40],
    ]);
    expect(columnSpans('')).toEqual([]);
    const { container } = render(
      <table>
        <tbody>
          <tr>
            {windowed('3-6,30-32', 40, (c) => (
              <td key={c} data-c={c} />
            ))}
          </tr>
        </tbody>
      </table>,
    );
    const cells = [...container.querySelectorAll('td')];
    expect(cells.map((td) => td.dataset.c ?? `gap ${td.colSpan}`)).toEqual([
      'gap 3',
      '3',
      '4',
      '5',
      'gap 24',
      '30',
      '31',
      'gap 8',
    ]);
    expect(
      cells.filter((td) => td.dataset.c === undefined).every((td) => td.getAttribute('aria-hidden') === 'true'),
    ).toBe(true);
  });
});
