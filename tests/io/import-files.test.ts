import { describe, expect, it } from 'vitest';
import { fileNameOfUrl, importUrls, looksLikeHtml } from '../../src/io/import-files';

describe('?data= links', () => {
  it('names a file by its decoded last path part, or the raw text when the escape is malformed', () => {
    expect(fileNameOfUrl('https://x.org/d/K%C3%A9nya.csv?v=2#top')).toBe('Kénya.csv');
    expect(fileNameOfUrl('x%25zz.csv')).toBe('x%zz.csv');
    expect(fileNameOfUrl('x%zz.csv')).toBe('x%zz.csv');
    expect(fileNameOfUrl('dir/')).toBe('dir/');
  });

  it('never rejects for a malformed escape in the URL', async () => {
    const fetchFn = (() => Promise.resolve(new Response('country,service,stakeholder,score\nKenya,D-2,NCSC,9\n'))) as typeof fetch;
    const [r] = await importUrls(['x%zz.csv'], fetchFn);
    expect([r!.fileName, r!.matrices[0]!.country]).toEqual(['x%zz.csv', 'Kenya']);
  });

  it('says a web page came back instead of a CSV (a server answering a missing file with its home page)', async () => {
    const fetchFn = (() => Promise.resolve(new Response('\uFEFF\n  <!DOCTYPE html><html><head><title>App</title></head></html>'))) as typeof fetch;
    const [r] = await importUrls(['data/missing.csv'], fetchFn);
    expect(r!.matrices).toEqual([]);
    expect(r!.problems.map((p) => p.message)).toEqual(['could not load data/missing.csv: the server sent a web page, not a CSV file (is the address right?)']);
    // A CSV that merely mentions html is read as usual.
    const csv = (() => Promise.resolve(new Response('country,service,stakeholder,score,note\nKenya,D-2,NCSC,9,<html> in a note\n'))) as typeof fetch;
    expect((await importUrls(['k.csv'], csv))[0]!.matrices).toHaveLength(1);
    expect(looksLikeHtml(new TextEncoder().encode('<html lang="en">'))).toBe(true);
    expect(looksLikeHtml(new TextEncoder().encode('service,html'))).toBe(false);
  });
});
