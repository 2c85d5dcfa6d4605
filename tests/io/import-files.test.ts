import { describe, expect, it } from 'vitest';
import { fileNameOfUrl, importUrls } from '../../src/io/import-files';

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
});
