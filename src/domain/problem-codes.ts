// The codes of what can be wrong with a file or a saved value. src/io reports them, src/i18n words
// them: each is a union, so that a message missing in either language fails `tsc`.

/** What kind of problem an import found, so that views can say it in the reader's language. */
export type ProblemCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unreadable'
  | 'unclosed-quote'
  | 'parse'
  | 'not-a-score'
  | 'out-of-range'
  | 'ragged-row'
  | 'beyond-header'
  | 'no-label'
  | 'duplicate-row'
  | 'duplicate-stakeholder'
  | 'duplicate-cell'
  | 'empty-service'
  | 'empty-stakeholder'
  | 'no-header'
  | 'no-stakeholder'
  | 'no-scores'
  | 'custom-stakeholder'
  | 'totals-row'
  | 'totals-column'
  | 'description-column'
  | 'ignored-column'
  | 'group-heading'
  | 'bad-json'
  | 'bad-json-value'
  | 'more-errors'
  | 'link-stalled'
  | 'link-too-large'
  | 'link-type'
  | 'encoding-guess'
  | 'encoding-mixed'
  | 'too-many-columns'
  | 'comma-decimal'
  | 'score-notation'
  | 'thousands-point'
  | 'extra-fields'
  | 'missing-score'
  | 'unlisted-cells'
  | 'provenance-line'
  // Excel workbooks (src/io/xlsx).
  | 'xlsx-refused'
  | 'xlsx-no-sheets'
  | 'xlsx-links'
  | 'xlsx-not-read'
  | 'xlsx-no-value'
  | 'xlsx-formula-error'
  | 'xlsx-band'
  | 'xlsx-unplaced-note';

/**
 * Why a workbook was refused whole (ProblemParams.why of 'xlsx-refused'): the Excel reader names the
 * reason and its values; each language words it (src/i18n).
 */
export type WorkbookRefusal =
  | 'not-zip'
  | 'zip64'
  | 'too-many-parts'
  | 'directory-damaged'
  | 'part-damaged'
  | 'part-method'
  | 'part-size'
  | 'unpacks-too-big'
  | 'not-workbook'
  | 'too-many-sheets'
  | 'too-many-strings'
  | 'too-many-cells'
  | 'xml-attribute-unquoted'
  | 'xml-attribute-open'
  | 'xml-cdata-open'
  | 'xml-comment-open'
  | 'xml-doctype'
  | 'xml-tag-open';

/**
 * The values a problem names (a line, a count, a quoted value, a file …), carried as data so that
 * each language words the problem itself (src/i18n/problem-english.ts, problem-texts.ts).
 */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** A problem as each language words it: its kind, the values it names and where in the file it is. */
export interface ProblemFacts {
  readonly code: ProblemCode;
  readonly params: ProblemParams;
  /** 1-based line in the source file. */
  readonly line?: number;
  /** 1-based column in the source file. */
  readonly column?: number;
  /** The column's header, when it has one. */
  readonly columnName?: string;
  /** The sheet of a workbook the problem is in: line is then its row and column its column ("cell D7"). */
  readonly sheet?: string;
  /** An error of a workbook sheet left out of a `?data=` link, kept as a warning that says so. */
  readonly notImported?: true;
}

/** Why a saved or imported value was refused, so that views can say it in the reader's language. */
export type MatrixFaultReason =
  | 'expected-object'
  | 'expected-list'
  | 'expected-text'
  | 'expected-boolean'
  | 'empty-text'
  | 'too-long'
  | 'too-many'
  | 'too-many-cells'
  | 'repeated-key'
  | 'repeated-id'
  | 'unknown-x1060'
  | 'row-key-mismatch'
  | 'custom-row-key'
  | 'unknown-type'
  | 'stakeholder-key-mismatch'
  | 'custom-stakeholder-key'
  | 'unknown-sector'
  | 'out-of-range'
  | 'not-a-score'
  | 'wrong-row-count'
  | 'wrong-cell-count'
  | 'unknown-row'
  | 'unknown-cell'
  | 'nul-in-key'
  | 'expected-version'
  | 'expected-date'
  | 'expected-kind'
  | 'unreadable';

/** The values a reason names: a value as shown (quoted), a count, a limit and another value or path. */
export interface FaultParams {
  readonly value?: string;
  readonly n?: number;
  readonly limit?: number;
  readonly other?: string;
}
