import { describe, expect, it } from 'vitest';
import { loadLinks, pageStallMs } from '../../src/app/link-loading';
import { createAppStore } from '../../src/state/store';

const countries = (s: ReturnType<typeof createAppStore>) => s.getState().workspace.matrices.map((m) => m.country);
const csv = (country: string) => new Response(`country,service,stakeholder,score\n${country},A,NCSC,5\n`);
/** Answers "stuck.csv" with headers and a first line, then nothing (the request is aborted when abandoned). */
const fetchFn = ((url: string, init?: RequestInit) => {
  if (url !== 'stuck.csv') return Promise.resolve(csv(url === 'k.csv' ? 'Kenya' : 'Zambia'));
  const body = new ReadableStream<Uint8Array>({
    start: (c) => c.enqueue(new TextEncoder().encode('country,service,stakeholder,score\n')),
  });
  init?.signal?.addEventListener('abort', () => undefined);
  return Promise.resolve(new Response(body));
}) as typeof fetch;

describe('?data= links at start-up', () => {
  it('lets the view apply without waiting for a stalled link: the others join and are shown, the stalled one is still loading', async () => {
    const store = createAppStore();
    // A stall limit far beyond the test: start-up must return on its own wait.
    await loadLinks(store, ['stuck.csv', 'k.csv'], fetchFn, { stallMs: 600_000, viewWaitMs: 100 });
    expect(countries(store)).toEqual(['Kenya']);
    expect(store.getState().selectedId).toBe('user:Kenya');
    expect(store.getState().status).toMatch(
      /^Imported 1 country from k\.csv.*Still loading 1 linked file: it joins when it arrives\.$/,
    );
    expect(store.getState().alert).toBe('');
  });

  it('abandons a stalled link with an alert naming it; one arriving late joins without taking the screen from the shown country', async () => {
    const store = createAppStore();
    let late!: (r: Response) => void;
    const slow = ((url: string, init?: RequestInit) =>
      url === 'z.csv' ? new Promise<Response>((ok) => (late = ok)) : fetchFn(url, init)) as typeof fetch;
    await loadLinks(store, ['stuck.csv', 'k.csv', 'z.csv'], slow, { stallMs: 300, viewWaitMs: 50 });
    expect(countries(store)).toEqual(['Kenya']);
    expect(store.getState().status).toMatch(/Still loading 2 linked files: they join when they arrive\.$/);
    // Zambia arrives after the view applied (and before the stall limit): it joins, Kenya stays on screen.
    late(csv('Zambia'));
    await expect.poll(() => countries(store), { timeout: 10_000 }).toEqual(['Kenya', 'Zambia']);
    expect(store.getState().selectedId).toBe('user:Kenya');
    expect(store.getState().status).toMatch(/^Imported 1 country from z\.csv.*Still loading 1 linked file/);
    // The stalled link is abandoned after its limit, with an alert naming it.
    await expect
      .poll(() => store.getState().alert, { timeout: 10_000 })
      .toMatch(/stuck\.csv.*could not load stuck\.csv: nothing arrived for 0\.3 s/);
    expect(store.getState().status).toBe('');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('shows a late link when no linked country was shown before it', async () => {
    const store = createAppStore();
    let late!: (r: Response) => void;
    const slow = (() => new Promise<Response>((ok) => (late = ok))) as unknown as typeof fetch;
    await loadLinks(store, ['z.csv'], slow, { stallMs: 600_000, viewWaitMs: 20 });
    expect(countries(store)).toEqual([]);
    late(csv('Zambia'));
    await expect.poll(() => store.getState().selectedId, { timeout: 10_000 }).toBe('user:Zambia');
  });

  it('reads the test-only stall limit a page sets', () => {
    expect(pageStallMs({ __x1060StallMs: 1500 })).toBe(1500);
    expect(pageStallMs({ __x1060StallMs: '1500' })).toBeUndefined();
    expect(pageStallMs({})).toBeUndefined();
  });
});
