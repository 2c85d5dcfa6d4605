import { describe, expect, it } from 'vitest';
import { createFromTemplate, setCells, setRowNote, updateDetails } from '../../src/domain/edit-ops';
import { sameButScores } from '../../src/views/editor/use-panels';

describe('sameButScores', () => {
  const m = createFromTemplate('Zambia', 'categories');
  it('holds when only scores changed', () => {
    expect(sameButScores(m, m)).toBe(true);
    expect(sameButScores(m, setCells(m, 0, 0, [[5]]))).toBe(true);
  });
  it('fails when anything the panels show changed', () => {
    expect(sameButScores(m, updateDetails(m, { country: 'Kenya' }))).toBe(false);
    expect(sameButScores(m, setRowNote(m, 0, 'why'))).toBe(false);
    expect(sameButScores(m, { ...m, linked: 'https://example.org/z.csv' })).toBe(false);
  });
});
