// A wide file's header row: which columns are stakeholders (and where each stands in the matrix),
// which are skipped (service names, totals, ignored by the user, repeated), and the warnings and
// errors its names give.
import { isTotalsName, readHeader, remapKey, type HeaderRemap } from './header-names';
import type { HeaderReading, ImportProblem } from './import-types';
import { stakeholderKeyOf, type MatrixBuilder } from './matrix-builder';
import { problem } from './problems';

/** A stakeholder column: its index in the row, its place in the builder, its name. */
export interface WideColumn {
  readonly index: number;
  readonly at: number;
  readonly name: string;
}

/** What reading a wide header needs: the header row, where names start and end, and where problems go. */
export interface WideHeaderContext {
  readonly headerLine: number;
  readonly labelCol: number;
  /** The column of service names (not scores), or -1. */
  readonly descCol: number;
  /** Columns up to the header's last name. */
  readonly width: number;
  readonly cell: (column: number) => string;
  readonly remap: HeaderRemap | undefined;
  readonly builder: MatrixBuilder;
  readonly problems: ImportProblem[];
  readonly header: readonly string[];
}

/**
 * The header's columns: those read as stakeholders (added to the builder, with where each stands), the
 * reading of every name, and the columns skipped (description, totals, ignored, repeated).
 */
export function readWideColumns(ctx: WideHeaderContext): {
  columns: WideColumn[];
  headers: HeaderReading[];
  skipped: Set<number>;
} {
  const { headerLine, labelCol, descCol, width, cell, remap, builder, problems } = ctx;
  const columns: WideColumn[] = [];
  const headers: HeaderReading[] = [];
  const skipped = new Set<number>();
  const keyAt = new Map<string, number>();
  for (let c = labelCol + 1; c < width; c++) {
    const name = cell(c);
    const at = { line: headerLine, column: c, columnName: name };
    if (name === '') continue;
    if (c === descCol) {
      skipped.add(c);
      headers.push({ name, column: c + 1, as: 'description', remapped: false });
      problems.push(problem('warning', 'description-column', at, { name }));
      continue;
    }
    if (isTotalsName(name)) {
      skipped.add(c);
      headers.push({ name, column: c + 1, as: 'total', remapped: false });
      problems.push(problem('warning', 'totals-column', at, { name }));
      continue;
    }
    const as = readHeader(name, remap);
    headers.push({ name, column: c + 1, as, remapped: remap?.[remapKey(name)] !== undefined });
    if (as === 'ignored') {
      skipped.add(c);
      continue;
    }
    const key = stakeholderKeyOf(name, remap);
    const other = keyAt.get(key);
    if (other !== undefined) {
      skipped.add(c);
      problems.push(problem('error', 'duplicate-stakeholder', at, { name, other: other + 1 }));
      continue;
    }
    keyAt.set(key, c);
    columns.push({ index: c, at: builder.addStakeholder(name), name });
    if (as === 'custom' && remap?.[remapKey(name)] === undefined) {
      problems.push(problem('warning', 'custom-stakeholder', at, { name }));
    }
  }
  return { columns, headers, skipped };
}
