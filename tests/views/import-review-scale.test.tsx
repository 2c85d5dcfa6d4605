// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { ImportReview } from '../../src/views/import/ImportReview';

/** A wide table of n custom stakeholders, tab-separated as pasted from a spreadsheet. */
const wide = (n: number) => {
  const names = Array.from({ length: n }, (_, i) => `Org ${i}`);
  return [
    `Service\t${names.join('\t')}`,
    `A\t${names.map((_, i) => i % 11).join('\t')}`,
    `B\t${names.map(() => '').join('\t')}`,
  ].join('\n');
};

async function reviewOf(n: number) {
  const store = createAppStore();
  await store.getState().importPastedText(wide(n));
  const view = render(
    <StoreProvider store={store}>
      <ImportReview />
    </StoreProvider>,
  );
  return { store, view };
}

const nodes = () => document.body.querySelectorAll('*').length;

describe('the review of a huge header', () => {
  it('draws a 2,000-stakeholder file with a bounded DOM: 50 pickers, a summary with one choice for the rest, and 50 of its 2,000 warnings', async () => {
    const { store } = await reviewOf(2000);
    const dialog = await screen.findByRole('dialog', {}, { timeout: 20_000 });
    expect(within(dialog).getByText('Ready to import')).toBeTruthy();
    // Before: 2,000 pickers and 2,000 warnings, ~60,000 nodes.
    expect(nodes()).toBeLessThan(2500);
    expect(within(dialog).getAllByRole('rowheader')).toHaveLength(50);
    expect(
      within(dialog).getByText('… and 1,950 more, not listed one by one: 1,950 read as custom stakeholders.'),
    ).toBeTruthy();
    expect(within(dialog).getByRole('heading', { level: 4 }).textContent).toBe('0 errors, 2000 warnings');
    expect(within(dialog).getByRole('heading', { level: 5 }).textContent).toBe('Custom stakeholders (2,000)');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(50);
    // "Show more" adds the next 50.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Show 50 more (1,950 not shown)' }));
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(100);
    expect(within(dialog).getByRole('button', { name: 'Show 50 more (1,900 not shown)' })).toBeTruthy();
    // One choice ignores the 1,950 not listed: the file then holds the 50 listed.
    await userEvent.click(within(dialog).getByRole('button', { name: /Read the other 1,950 custom stakeholders as/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Ignore this column' }));
    await act(async () => {
      await expect
        .poll(() => store.getState().review?.files[0]!.result.matrices[0]?.stakeholders.length, { timeout: 20_000 })
        .toBe(50);
    });
    expect(within(dialog).getByText('… and 1,950 more, not listed one by one: 1,950 ignored.')).toBeTruthy();
  }, 60_000);

  it('keeps the DOM bounded for 20,000 stakeholders too', async () => {
    await reviewOf(19_999);
    const dialog = await screen.findByRole('dialog', {}, { timeout: 30_000 });
    expect(nodes()).toBeLessThan(2500);
    expect(within(dialog).getAllByRole('rowheader')).toHaveLength(50);
    expect(
      within(dialog).getByText(/^… and 19,949 more, not listed one by one: 19,949 read as custom stakeholders\.$/),
    ).toBeTruthy();
  }, 60_000);

  it('groups problems by kind, errors first, each with its count', async () => {
    const store = createAppStore();
    // 3 custom stakeholders (warnings), 2 scores out of range and 1 text in a score cell (errors).
    await store.getState().importPastedText('Service\tOrg 1\tOrg 2\tOrg 3\nA\t12\t1\tx\nB\t11\t\t\n');
    render(
      <StoreProvider store={store}>
        <ImportReview />
      </StoreProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 5 })
        .map((h) => h.textContent),
    ).toEqual(['Scores outside 0–10 (2)', 'Text where a score belongs (1)', 'Custom stakeholders (3)']);
  });
});
