import { describe, expect, it } from 'vitest';
import { fileNameOfUrl, importUrls, looksLikeHtml } from '../../src/io/import-files';
import { said } from './said';

describe('?data= links', () => {
  it('names a file by its decoded last path part, or the raw text when the escape is malformed', () => {
    expect(fileNameOfUrl('https://x.org/d/K%C3%A9nya.csv?v=2#top')).toBe('Kénya.csv');
    expect(fileNameOfUrl('x%25zz.csv')).toBe('x%zz.csv');
    expect(fileNameOfUrl('x%zz.csv')).toBe('x%zz.csv');
    expect(fileNameOfUrl('dir/')).toBe('dir/');
  });

  it('never rejects for a malformed escape in the URL', async () => {
    const fetchFn = (() =>
      Promise.resolve(new Response('country,service,stakeholder,score\nKenya,D-2,NCSC,9\n'))) as typeof fetch;
    const [r] = await importUrls(['x%zz.csv'], fetchFn);
    expect([r!.fileName, r!.matrices[0]!.country]).toEqual(['x%zz.csv', 'Kenya']);
  });

  it('says a web page came back instead of a CSV (a server answering a missing file with its home page)', async () => {
    const fetchFn = (() =>
      Promise.resolve(
        new Response('\uFEFF\n  <!DOCTYPE html><html><head><title>App</title></head></html>'),
      )) as typeof fetch;
    const [r] = await importUrls(['data/missing.csv'], fetchFn);
    expect(r!.matrices).toEqual([]);
    expect(r!.problems.map((p) => said(p))).toEqual([
      'could not load data/missing.csv: the server sent a web page, not a CSV file (is the address right?)',
    ]);
    // A CSV that merely mentions html is read as usual.
    const csv = (() =>
      Promise.resolve(
        new Response('country,service,stakeholder,score,note\nKenya,D-2,NCSC,9,<html> in a note\n'),
      )) as typeof fetch;
    expect((await importUrls(['k.csv'], csv))[0]!.matrices).toHaveLength(1);
    expect(looksLikeHtml(new TextEncoder().encode('<html lang="en">'))).toBe(true);
    expect(looksLikeHtml(new TextEncoder().encode('service,html'))).toBe(false);
  });
});

const GOOD = 'country,service,stakeholder,score\nKenya,D-2,NCSC,9\n';
const bytesOf = (s: string) => new TextEncoder().encode(s);
/** A fetch that answers each URL with the response the table gives, passing on the abort signal. */
const fakeFetch = (answers: Record<string, (signal: AbortSignal) => Response | Promise<Response>>) =>
  ((url: string, init?: RequestInit) => answers[url]!(init!.signal!)) as typeof fetch;
/** A body that sends its chunks and then never ends (a server that hangs); it records being cancelled. */
const stallingBody = (chunks: Uint8Array[], state: { cancelled: boolean }) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const x of chunks) c.enqueue(x);
    },
    cancel() {
      state.cancelled = true;
    },
  });

describe('?data= links are streamed and bounded', () => {
  it('abandons a link that stops sending, naming it, while another link loads', async () => {
    const state = { cancelled: false };
    const seen: string[] = [];
    const fetchFn = fakeFetch({
      'stuck.csv': () => new Response(stallingBody([bytesOf('country,service,stakeholder,score\n')], state)),
      'k.csv': () => new Response(GOOD),
    });
    const results = await importUrls(['stuck.csv', 'k.csv'], fetchFn, undefined, {
      stallMs: 200,
      onResult: (i, r) => seen.push(`${i} ${r.matrices.length}`),
    });
    // The good link is told first: it does not wait for the stuck one.
    expect(seen).toEqual(['1 1', '0 0']);
    expect(results[1]!.matrices[0]!.country).toBe('Kenya');
    expect(results[0]!.problems.map((p) => [p.code, said(p)])).toEqual([
      [
        'link-stalled',
        'could not load stuck.csv: nothing arrived for 0.2 s (34 bytes received): the link was abandoned',
      ],
    ]);
    expect(state.cancelled).toBe(true);
  });

  it('abandons a server that never answers, and aborts its request', async () => {
    let aborted = false;
    const fetchFn = fakeFetch({
      'never.csv': (signal) => {
        signal.addEventListener('abort', () => (aborted = true));
        return new Promise<Response>(() => undefined);
      },
    });
    const [r] = await importUrls(['never.csv'], fetchFn, undefined, { stallMs: 100 });
    expect(r!.problems[0]!.code).toBe('link-stalled');
    expect(r!.problems[0]!.params).toEqual({ url: 'never.csv', seconds: 0.1, bytes: 0 });
    expect(aborted).toBe(true);
  });

  it('stops an endless stream just past the 50 MB limit instead of buffering it', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x31);
    let pulled = 0;
    const state = { cancelled: false };
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    });
    const [r] = await importUrls(['endless.csv'], fakeFetch({ 'endless.csv': () => new Response(endless) }));
    expect(r!.problems.map((p) => said(p))).toEqual([
      'could not load endless.csv: the file is over the 50 MB limit: the download was stopped',
    ]);
    expect(r!.problems[0]!.code).toBe('link-too-large');
    // 51 chunks of 1 MB passed the limit; the stream may have queued one more ahead of the reader.
    expect(pulled).toBeGreaterThanOrEqual(51);
    expect(pulled).toBeLessThanOrEqual(53);
    expect(state.cancelled).toBe(true);
  });

  it('refuses a body whose declared length is over the limit before reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => void (pulled++, c.enqueue(bytesOf(GOOD))) });
    const [r] = await importUrls(
      ['big.csv'],
      fakeFetch({ 'big.csv': () => new Response(body, { headers: { 'content-length': String(60 * 1024 * 1024) } }) }),
    );
    expect(r!.problems[0]!.code).toBe('link-too-large');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('refuses web pages, images, audio and video by content type, naming it, even when the body reads as CSV', async () => {
    const answer = (type: string) => () => new Response(GOOD, { headers: { 'content-type': type } });
    const refused = [
      'text/html; charset=utf-8',
      'application/xhtml+xml',
      'image/png',
      'audio/mpeg',
      'video/mp4',
      'TEXT/HTML',
    ];
    for (const type of refused) {
      const [r] = await importUrls(['x.csv'], fakeFetch({ 'x.csv': answer(type) }));
      const bare = type.split(';')[0]!.toLowerCase();
      expect(r!.matrices, type).toEqual([]);
      expect(
        r!.problems.map((p) => [p.code, said(p)]),
        type,
      ).toEqual([
        ['link-type', `could not load x.csv: the server sent ${bare}, not a CSV file (is the address right?)`],
      ]);
    }
    const accepted = [
      'text/csv',
      'text/plain; charset=utf-8',
      'application/json',
      'application/octet-stream',
      'application/vnd.ms-excel',
      'text/tab-separated-values',
    ];
    for (const type of accepted) {
      const [r] = await importUrls(['x.csv'], fakeFetch({ 'x.csv': answer(type) }));
      expect(
        r!.matrices.map((m) => m.country),
        type,
      ).toEqual(['Kenya']);
    }
    // No content type at all is accepted.
    const none = new Response(new ReadableStream({ start: (c) => void (c.enqueue(bytesOf(GOOD)), c.close()) }));
    expect(none.headers.get('content-type')).toBeNull();
    const [r] = await importUrls(['x.csv'], fakeFetch({ 'x.csv': () => none }));
    expect(r!.matrices).toHaveLength(1);
  });

  it('joins the chunks of a body in order', async () => {
    const text = `${GOOD}Kenya,D-3,NCSC,7\n`;
    const all = bytesOf(text);
    const parts = [all.subarray(0, 5), all.subarray(5, 40), all.subarray(40)];
    const state = { cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (const x of parts) c.enqueue(x.slice());
        c.close();
      },
      cancel: () => void (state.cancelled = true),
    });
    const [r] = await importUrls(['k.csv'], fakeFetch({ 'k.csv': () => new Response(body) }));
    expect(r!.matrices[0]!.rows.map((x) => x.key)).toEqual(['D-2', 'D-3']);
    expect(state.cancelled).toBe(false);
  });
});
