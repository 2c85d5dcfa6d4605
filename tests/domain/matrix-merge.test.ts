import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, setCell, setCellNote, setRowNote, updateDetails } from '../../src/domain/edit-ops';
import { changedCells, mergeMatrix, mergeText } from '../../src/domain/matrix-merge';
import type { Score } from '../../src/domain/matrix';

const base = createFromTemplate('Kenya', 'categories');
const rows = base.rows.length;
const cols = base.stakeholders.length;
const score = fc.oneof(
  fc.constant<Score>(null),
  fc.constant<Score>('unknown'),
  fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
);
const edit = fc.record({
  r: fc.integer({ min: 0, max: rows - 1 }),
  c: fc.integer({ min: 0, max: cols - 1 }),
  s: score,
});

describe('mergeMatrix', () => {
  it('keeps every change of both sides when they touch different cells, and ours on a clash', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 20 }), fc.array(edit, { maxLength: 20 }), (mine, yours) => {
        const ours = mine.reduce((m, e) => setCell(m, e.r, e.c, e.s), base);
        const theirs = yours.reduce((m, e) => setCell(m, e.r, e.c, e.s), base);
        const { merged, conflicts } = mergeMatrix(base, ours, theirs);
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++) {
            const [b, o, t, m] = [base.cells[r]![c], ours.cells[r]![c], theirs.cells[r]![c], merged.cells[r]![c]];
            expect(m).toEqual(o !== b ? o : t);
          }
        const clashes = changedCells(base, ours).filter((x) =>
          changedCells(base, theirs).some((y) => y.rowKey === x.rowKey && y.stakeholderKey === x.stakeholderKey),
        );
        const realClashes = clashes.filter(({ rowKey, stakeholderKey }) => {
          const [r, c] = [
            base.rows.findIndex((x) => x.key === rowKey),
            base.stakeholders.findIndex((x) => x.key === stakeholderKey),
          ];
          return ours.cells[r]![c] !== theirs.cells[r]![c];
        });
        expect(conflicts.filter((x) => x.kind === 'cell')).toHaveLength(realClashes.length);
      }),
      { numRuns: 300 },
    );
  });

  it('merges notes, row notes and details value by value', () => {
    const ours = updateDetails(setCellNote(base, 0, 0, 'mine'), { provenance: { source: 'interviews' } });
    const theirs = updateDetails(setRowNote(base, 2, 'see annex'), { countryCode: 'KE' });
    const { merged, conflicts } = mergeMatrix(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.notes).toEqual(ours.notes);
    expect(merged.rowNotes).toEqual(theirs.rowNotes);
    expect([merged.countryCode, merged.provenance.source]).toEqual(['KE', 'interviews']);
  });

  it('takes the other side whole when only it changed, and reports a clash of structure', () => {
    const theirs = setCell(base, 1, 1, 5);
    expect(mergeMatrix(base, base, theirs).merged).toBe(theirs);
    // One side dropped a stakeholder, the other a row: both are kept.
    const ours = {
      ...base,
      stakeholders: base.stakeholders.slice(0, -1),
      cells: base.cells.map((r) => r.slice(0, -1)),
    };
    const other = { ...base, rows: base.rows.slice(1), cells: base.cells.slice(1) };
    const both = mergeMatrix(base, ours, other);
    expect([both.merged.rows, both.merged.stakeholders]).toEqual([other.rows, ours.stakeholders]);
    expect(both.conflicts).toEqual([]);
    // Both changed the stakeholders, differently: ours are kept and the clash is reported.
    const other2 = { ...base, stakeholders: base.stakeholders.slice(1), cells: base.cells.map((r) => r.slice(1)) };
    const clash = mergeMatrix(base, ours, other2);
    expect(clash.merged.stakeholders).toBe(ours.stakeholders);
    expect(clash.conflicts.map((c) => c.kind)).toEqual(['structure']);
  });

  it('merges two edits of one text that touch different parts, keeps both insertions at one place, and refuses overlaps', () => {
    expect(mergeText('survey 2024', 'survey 2024 AAA', 'survey 2024 BBB')).toBe('survey 2024 BBB AAA');
    expect(mergeText('a b c', 'A b c', 'a b C')).toBe('A b C');
    expect(mergeText('abc', 'aXc', 'aYc')).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (pre, mid, post, add) => {
        const base = pre + mid + post;
        // One side edits the start, the other the end: both edits survive.
        const merged = mergeText(base, add + base, base + add);
        expect(merged).toBe(add + base + add);
      }),
    );
  });
});
