import type { Provenance } from '../domain/matrix';
import type { ImportProblem } from './import-types';
import { problem } from './problems';

// Lines that say where data come from or what they mean, in English or Japanese.
// (The usual words of French, German, Spanish and Portuguese spreadsheets too.)
const NOTE_PREFIX =
  /^(?:sources?|notes?|remarks?|quelle|fuente|fonte|nota|notas|anmerkung|hinweis|remarque|出典|注記?|備考|資料|メモ|参考|注意)\s*[:：]/iu;
const SOURCE_PREFIX = /^(?:sources?|quelle|fuente|fonte|出典|資料)\s*[:：]\s*/iu;

/** Whether a line's first cell starts a source or note line (`Source: …`, `Note: …`, `出典：…`, `注：…`). */
export function isNoteLine(firstCell: string): boolean {
  // Long files ask this of every line: most first cells ("Japan") can be told at their first character.
  const c0 = firstCell.charCodeAt(0);
  if (c0 > 0x20 && c0 < 0x80) {
    const c = c0 | 0x20; // lower case: s(ource), n(ote), r(emarks), q(uelle), f(uente), a(nmerkung), h(inweis)
    if (c !== 0x73 && c !== 0x6e && c !== 0x72 && c !== 0x71 && c !== 0x66 && c !== 0x61 && c !== 0x68) return false;
  }
  return NOTE_PREFIX.test(firstCell.trim());
}

/** A line's text from its cells: an unquoted "Source: interviews, May 2024" was split at its comma. */
export function joinCells(row: readonly string[], delimiter: string): string {
  let end = row.length;
  while (end > 0 && row[end - 1]!.trim() === '') end--;
  return row
    .slice(0, end)
    .join(delimiter === '\t' ? ' ' : delimiter)
    .trim();
}

/** Where in the file a line that is not a row stands. */
export type ProvenanceLineKind = 'title' | 'note' | 'trailer';

/** The lines of a file that are not rows, kept as its countries' source and notes, each with a warning quoting it. */
export class ProvenanceLines {
  private readonly sources: string[] = [];
  private readonly notes: string[] = [];

  add(text: string, line: number, as: ProvenanceLineKind, problems: ImportProblem[]): void {
    const isSource = SOURCE_PREFIX.test(text);
    if (isSource) this.sources.push(text.replace(SOURCE_PREFIX, ''));
    else this.notes.push(text);
    const kept = isSource ? 'source' : 'notes';
    const quoted = clipText(text);
    problems.push(problem('warning', 'provenance-line', { line }, { text: quoted, as, kept }));
  }

  /** The source and notes found, for a matrix's provenance. */
  provenance(): Pick<Provenance, 'source' | 'notes'> {
    return {
      ...(this.sources.length ? { source: this.sources.join('; ') } : {}),
      ...(this.notes.length ? { notes: this.notes.join('\n') } : {}),
    };
  }
}

function clipText(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}
