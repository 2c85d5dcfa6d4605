// The rows of a text grid as the parser hands them over, sorted: the first LONG_HEADER_ROWS rows tell
// whether the file is long. A long file's lines then go straight to its LongReader and are dropped
// (150,000 rows of strings kept alive cost more in garbage collection than reading them); a wide
// file's rows are kept whole for readWide (one country: small).
import { dropTrailingBlankRows, isBlankRow, type TextGrid } from './csv-grid';
import { LongReader } from './csv-long';
import type { HeaderRemap } from './header-names';
import { findLongHeader, LONG_HEADER_ROWS, type LongHeader } from './long-header';
import { longLayout, type LongLayout } from './long-lines';

/** What sorting a file's rows needs to know. */
export interface GridRowsOptions {
  readonly fileName: string;
  /** The country of a wide file, and of a long file's lines without a country column. */
  readonly country: string;
  /** Whether the file is one this app wrote (see readTextCell). */
  readonly guarded: boolean;
  readonly remap?: HeaderRemap;
  /** Lines after this many errors are not read (warnings do not count). */
  readonly maxProblems: number;
  /** A row with more cells than this stops the reading (see tooWide). */
  readonly maxColumns: number;
  /** Told how a long file is laid out as soon as its header is found. */
  readonly onLongLayout?: (layout: LongLayout) => void;
}

/** A file's rows, sorted as they are parsed into the long reader or the rows kept for the wide one. */
export class GridRows {
  readonly country: string;
  readonly guarded: boolean;
  /** The long format's header, once found among the first rows. */
  longHeader: LongHeader | undefined;
  /** The reader of a long file's lines. */
  long: LongReader | undefined;
  /** The first row over maxColumns cells, which stopped the reading. */
  tooWide: { readonly line: number; readonly cells: number } | undefined;
  private readonly kept: string[][] = [];
  private readonly keptLines: number[] = [];
  private decided = false;
  private delimiter = ',';

  constructor(private readonly options: GridRowsOptions) {
    this.country = options.country;
    this.guarded = options.guarded;
  }

  /** Takes a slice of rows from the parser, with the line each starts on. */
  take(rows: readonly string[][], lines: readonly number[], delimiter: string): void {
    if (this.tooWide) return;
    const wide = rows.findIndex((row) => row.length > this.options.maxColumns);
    if (wide >= 0) {
      this.tooWide = { line: lines[wide]!, cells: rows[wide]!.length };
      return;
    }
    let i = 0;
    if (!this.decided) {
      this.delimiter = delimiter;
      i = Math.min(rows.length, LONG_HEADER_ROWS - this.kept.length);
      this.keep(rows, lines, 0, i);
      if (this.kept.length < LONG_HEADER_ROWS) return;
      this.decide();
    }
    const { long } = this;
    if (long) for (; i < rows.length; i++) long.add(rows[i]!, lines[i]!);
    else this.keep(rows, lines, i, rows.length);
  }

  /** Decides, from the rows kept so far, whether the file is long (once; the end of a short file decides too). */
  decide(): void {
    if (this.decided) return;
    this.decided = true;
    const { kept, keptLines, options } = this;
    const h = (this.longHeader = findLongHeader({ rows: kept }));
    if (!h) return;
    const layout = longLayout(h, this.delimiter, this.country, this.guarded);
    const long = new LongReader(kept[h.index]!, keptLines[h.index]!, h, {
      fileName: options.fileName,
      ...layout.context,
      remap: options.remap,
      maxProblems: options.maxProblems,
    });
    this.long = long;
    options.onLongLayout?.(layout);
    // Title lines above the header are kept as the countries' notes, not dropped.
    for (let r = 0; r < h.index; r++) if (!isBlankRow(kept[r]!)) long.title(kept[r]!, keptLines[r]!);
    for (let r = h.index + 1; r < kept.length; r++) long.add(kept[r]!, keptLines[r]!);
  }

  /** The rows kept (all of a wide file's; a long file's first rows), without trailing blank rows. */
  keptGrid(): Pick<TextGrid, 'rows' | 'lines'> {
    dropTrailingBlankRows(this.kept, this.keptLines);
    return { rows: this.kept, lines: this.keptLines };
  }

  private keep(rows: readonly string[][], lines: readonly number[], from: number, to: number): void {
    for (let k = from; k < to; k++) {
      this.kept.push(rows[k]!);
      this.keptLines.push(lines[k]!);
    }
  }
}
