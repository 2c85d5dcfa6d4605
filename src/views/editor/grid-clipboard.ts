import type { CellRange } from '../../domain/edit-ops';
import type { RoleMatrix, Score } from '../../domain/matrix';
import type { ProblemFacts } from '../../domain/problem-codes';
import { formatScore, readTypedScore, scoreParams } from '../../io/score-text';

/** The selected cells as tab-separated text, as spreadsheets copy them. */
export function copyRange(m: RoleMatrix, sel: CellRange): string {
  const lines: string[] = [];
  for (let r = sel.r0; r <= sel.r1; r++)
    lines.push(
      (m.cells[r] ?? [])
        .slice(sel.c0, sel.c1 + 1)
        .map((s) => (s === 'unknown' ? '?' : formatScore(s)))
        .join('\t'),
    );
  return lines.join('\n');
}

/** Reads pasted spreadsheet cells; the first bad cell refuses the whole paste (why, as src/i18n words it). */
export function parseBlock(
  text: string,
): { block: Score[][] } | { refused: ProblemFacts; line: number; column: number } {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const block: Score[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const row: Score[] = [];
    const cells = lines[i]!.split('\t');
    for (let j = 0; j < cells.length; j++) {
      const reading = readTypedScore(cells[j]!);
      if (!reading.ok)
        return { refused: { code: reading.code, params: scoreParams(reading) }, line: i + 1, column: j + 1 };
      row.push(reading.score);
    }
    block.push(row);
  }
  return { block };
}
