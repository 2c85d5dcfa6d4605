// The review suite: the import review of a wide file of 2,000 custom stakeholders (2,000 headings
// and 2,000 warnings), drawn by the real App. Goal: < 200 ms to the dialog painted.
import type { AppStore } from '../../src/state/store';
import { collectGarbage, nextFrame, summarise, type Timing } from './bench-kit';

/** A wide CSV of n custom stakeholders and the nine categories. */
export function benchWideCsv(n = 2000): string {
  const names = Array.from({ length: n }, (_, i) => `Org ${i + 1}`);
  const rows = 'ABCDEFGHI'
    .split('')
    .map((id, r) => `${id},${names.map((_, c) => ((r * 7 + c) % 12 === 11 ? '' : (r * 7 + c) % 11)).join(',')}`);
  return [`Service,${names.join(',')}`, ...rows].join('\r\n') + '\r\n';
}

/** Runs the suite; mount() gives a fresh store with the App rendered on it. */
export async function reviewSuite(
  mount: () => AppStore,
  flush: (fn: () => void) => void,
): Promise<Record<string, Timing | number[]>> {
  const bytes = new TextEncoder().encode(benchWideCsv());
  const drawn: number[] = [];
  const painted: number[] = [];
  const whole: number[] = [];
  const nodes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const store = mount();
    await nextFrame();
    collectGarbage();
    store.getState().prepareImport();
    const start = performance.now();
    await store.getState().importFiles([new File([bytes], 'Wide.csv', { type: 'text/csv' })]);
    await nextFrame();
    whole.push(performance.now() - start);
    const review = store.getState().review;
    if (!review || review.files[0]!.result.matrices[0]?.stakeholders.length !== 2000)
      throw new Error('bench: the wide file did not read 2,000 stakeholders');
    // The dialog alone: closed, then opened again on the same review.
    flush(() => store.setState({ review: null }));
    await nextFrame();
    collectGarbage();
    const open = performance.now();
    flush(() => store.setState({ review }));
    drawn.push(performance.now() - open);
    await nextFrame();
    painted.push(performance.now() - open);
    nodes.push(document.querySelector('[role=dialog]')!.querySelectorAll('*').length);
  }
  return {
    drawn: summarise('review of 2,000 stakeholders: dialog drawn (React work)', drawn),
    painted: summarise('review of 2,000 stakeholders: … until the dialog is painted (style, layout, paint)', painted),
    whole: summarise('review of 2,000 stakeholders: File → worker read → dialog painted', whole),
    dialogNodes: nodes,
  };
}

const ROUNDS = 7;
