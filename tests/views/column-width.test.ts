import { describe, expect, it } from 'vitest';
import { editorColumnRem, MAX_COLUMN_REM, MIN_COLUMN_REM, unbreakableRuns } from '../../src/views/editor/column-width';
import { textWidthEm } from '../../src/charts/text-measure';

describe('editor column width', () => {
  it('splits headings where a browser may break them: spaces, after a slash or hyphen, around CJK', () => {
    expect(unbreakableRuns('National CSIRTs')).toEqual(['National', 'CSIRTs']);
    expect(unbreakableRuns('LE/Justice')).toEqual(['LE/', 'Justice']);
    expect(unbreakableRuns('Cyber-security  firms')).toEqual(['Cyber-', 'security', 'firms']);
    expect(unbreakableRuns('ナショナルCSIRT')).toEqual(['CSIRT']);
  });

  it('fits the longest word of the bundled headings in a bold 0.9 rem heading with its padding', () => {
    const rem = editorColumnRem(['NCSC', 'National CSIRTs', 'LE/Justice', 'Academia', 'Certificate Vendor']);
    // "Certificate" is the longest word: its estimate at 0.9 rem bold plus 1 rem of padding and slack.
    expect(rem).toBeGreaterThanOrEqual(textWidthEm('Certificate') * 0.9 * 1.14 + 1);
    expect(rem).toBeGreaterThan(MIN_COLUMN_REM);
    expect(rem).toBeLessThan(7);
  });

  it('keeps a score column for short headings and stops growing for absurd words', () => {
    expect(editorColumnRem(['A', 'B'])).toBe(MIN_COLUMN_REM);
    expect(editorColumnRem([])).toBe(MIN_COLUMN_REM);
    expect(editorColumnRem(['Supercalifragilisticexpialidocious'])).toBe(MAX_COLUMN_REM);
    // Japanese headings break between characters: they never widen the column.
    expect(editorColumnRem(['ナショナルサイバーセキュリティセンター'])).toBe(MIN_COLUMN_REM);
  });
});
