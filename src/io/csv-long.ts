import { foldName } from '../domain/stakeholders';
import type { RoleMatrix } from '../domain/matrix';
import { isBlankRow, type TextGrid } from './csv-grid';
import { isTotalsName, readHeader, type HeaderRemap } from './header-names';
import type { HeaderReading, ImportProblem } from './import-types';
import { MatrixBuilder } from './matrix-builder';
import { problem } from './problems';
import { readScore, unguardCell } from './score-text';

/** Where the long format's columns stand (0-based) and on which row its header is. */
export interface LongHeader {
  readonly index: number;
  readonly country?: number;
  readonly service: number;
  readonly stakeholder: number;
  readonly score: number;
  readonly note?: number;
}

const LONG_NAMES: Record<keyof Omit<LongHeader, 'index'>, string[]> = {
  country: ['country', '国', '国名'],
  service: ['service', 'row', 'category', 'サービス', 'サービスid'],
  stakeholder: ['stakeholder', 'player', 'ステークホルダー', 'プレイヤー'],
  score: ['score', 'value', 'スコア', '値'],
  note: ['note', 'notes', 'rationale', '備考', 'メモ'],
};

/** The long-format header among the first 20 rows, if the file has one. */
export function findLongHeader(grid: TextGrid): LongHeader | undefined {
  const limit = Math.min(grid.rows.length, 20);
  for (let r = 0; r < limit; r++) {
    const folded = grid.rows[r]!.map((c) => foldName(c));
    const find = (names: string[]) => {
      const i = folded.findIndex((c) => names.includes(c));
      return i < 0 ? undefined : i;
    };
    const service = find(LONG_NAMES.service);
    const stakeholder = find(LONG_NAMES.stakeholder);
    const score = find(LONG_NAMES.score);
    if (service !== undefined && stakeholder !== undefined && score !== undefined) {
      return { index: r, service, stakeholder, score, country: find(LONG_NAMES.country), note: find(LONG_NAMES.note) };
    }
  }
  return undefined;
}

/** What a reader gives back: matrices, problems, and how the stakeholders were understood. */
export interface ReadOutcome {
  readonly matrices: RoleMatrix[];
  readonly problems: ImportProblem[];
  readonly headers: HeaderReading[];
}

const cellAt = (row: readonly string[], i: number | undefined) => (i === undefined ? '' : unguardCell((row[i] ?? '').trim()));

/** Reads a long file: one line per cell, any number of countries. */
export function readLong(grid: TextGrid, h: LongHeader, fileName: string, fallbackCountry: string, remap?: HeaderRemap, maxProblems = 100): ReadOutcome {
  const problems: ImportProblem[] = [];
  const header = grid.rows[h.index]!;
  const at = (line: number, column: number) => ({ line, column, columnName: header[column]?.trim() });
  const decimalComma = grid.delimiter === ';';
  const builders = new Map<string, MatrixBuilder>();
  const totalsCache = new Map<string, boolean>();
  // Folding a name is costly and long files repeat a few names thousands of times.
  const isTotal = (name: string) => {
    let t = totalsCache.get(name);
    if (t === undefined) totalsCache.set(name, (t = isTotalsName(name)));
    return t;
  };
  const headers = new Map<string, HeaderReading>();
  const seenOn = new Map<string, number>();
  const totals = new Map<string, { line: number; count: number; column: number }>();
  const used = new Set([h.country, h.service, h.stakeholder, h.score, h.note].filter((x) => x !== undefined));
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (used.has(i) || name === '') return;
    problems.push(problem('warning', 'ignored-column', `column "${name}" is not part of the long format and was not imported`, at(grid.lines[h.index]!, i), { name }));
  });
  for (let r = h.index + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    const line = grid.lines[r]!;
    if (problems.length > maxProblems) break;
    if (row.length === 1 && row[0]!.trim() === '') continue;
    if (isBlankRow(row)) continue;
    const country = cellAt(row, h.country) || fallbackCountry;
    const service = cellAt(row, h.service);
    const stakeholder = cellAt(row, h.stakeholder);
    if (service === '') {
      problems.push(problem('error', 'empty-service', 'the service is empty: give an X.1060 id such as D-2, or a row name', at(line, h.service)));
      continue;
    }
    if (stakeholder === '') {
      problems.push(problem('error', 'empty-stakeholder', 'the stakeholder is empty', at(line, h.stakeholder)));
      continue;
    }
    const totalIn = isTotal(service) ? h.service : isTotal(stakeholder) ? h.stakeholder : undefined;
    if (totalIn !== undefined) {
      const name = totalIn === h.service ? service : stakeholder;
      const t = totals.get(name);
      if (t) t.count++;
      else totals.set(name, { line, count: 1, column: totalIn });
      continue;
    }
    let reading = headers.get(stakeholder);
    if (!reading) {
      headers.set(stakeholder, (reading = { name: stakeholder, as: readHeader(stakeholder, remap), remapped: remap?.[foldName(stakeholder)] !== undefined }));
      seenOn.set(stakeholder, line);
    }
    if (reading.as === 'ignored') continue;
    const score = readScore(row[h.score] ?? '', decimalComma);
    if (!score.ok) {
      problems.push(problem('error', score.code, score.reason, at(line, h.score), { value: score.value }));
      continue;
    }
    let b = builders.get(country);
    if (!b) builders.set(country, (b = new MatrixBuilder(country, remap)));
    const rowKey = b.addRow(service);
    const colKey = b.addStakeholder(stakeholder);
    const first = b.setOnce(rowKey, colKey, score.score, line);
    if (first !== undefined) {
      problems.push(problem('error', 'duplicate-cell', `${country} / ${service} / ${stakeholder} was already given on line ${first}`, at(line, h.stakeholder), { country, service, stakeholder, firstLine: first }));
      continue;
    }
    const note = cellAt(row, h.note);
    if (note) b.setNote(rowKey, colKey, note);
  }
  for (const [name, t] of totals) {
    const code = t.column === h.service ? 'totals-row' : 'totals-column';
    problems.push(problem('warning', code, `"${name}" looks like a totals ${code === 'totals-row' ? 'row' : 'column'}: its ${t.count} line${t.count === 1 ? '' : 's'} were skipped (the app computes totals itself)`, at(t.line, t.column), { name, count: t.count }));
  }
  for (const hr of headers.values()) {
    if (hr.as === 'custom' && !hr.remapped) problems.push(problem('warning', 'custom-stakeholder', `"${hr.name}" is not a standard stakeholder type; kept as a custom stakeholder`, at(seenOn.get(hr.name) ?? 1, h.stakeholder), { name: hr.name }));
  }
  const matrices = [...builders.values()].map((b) => b.build({ file: fileName }));
  return { matrices, problems, headers: [...headers.values()] };
}
