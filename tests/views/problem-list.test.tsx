// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../src/io/csv-import';
import { problem } from '../../src/io/problems';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { ProblemList } from '../../src/views/import/ProblemList';

const many = [
  'country,service,stakeholder,score',
  ...Array.from({ length: 300 }, (_, i) => `Land,A-${(i % 9) + 1},NCSC ${i},${20 + i}`),
].join('\n');

describe('ProblemList', () => {
  it('counts the errors the "… and more" line stands for, and says "at least" when reading stopped', () => {
    const store = createAppStore();
    const { problems } = importCsvText(many, { fileName: 'many.csv' });
    const { unmount } = render(
      <StoreProvider store={store}>
        <ProblemList problems={problems} />
      </StoreProvider>,
    );
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe('At least 101 errors, 0 warnings');
    expect(screen.getAllByRole('listitem')).toHaveLength(51);
    unmount();
    store.getState().setLang('ja');
    render(
      <StoreProvider store={store}>
        <ProblemList problems={problems} />
      </StoreProvider>,
    );
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe('エラー101件以上、警告0件');
    expect(screen.getAllByRole('listitem').at(-1)!.textContent).toContain(
      '…ほかに51件以上のエラー（エラーが100件を超えたため、103行目から先は読んでいません）',
    );
  });

  it("counts the cells a file leaves out in their group's heading, as the notice under it does", () => {
    render(
      <StoreProvider store={createAppStore()}>
        <ProblemList problems={[problem('warning', 'unlisted-cells', {}, { n: 10, as: 'blank' })]} />
      </StoreProvider>,
    );
    // Was "Cells the file leaves out (1)" over "10 cells are not in the file" (a new user's trial).
    expect(screen.getByRole('heading', { level: 5 }).textContent).toBe('Cells the file leaves out (10)');
    expect(screen.getByRole('listitem').textContent).toContain('10 cells are not in the file');
  });
});
