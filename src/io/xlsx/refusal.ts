// Why the Excel reader refuses a workbook whole: a code and the values it names, never a sentence
// (src/i18n words it in each language). The Error's own message is the code, for developers' logs.
import type { ProblemParams, WorkbookRefusal } from '../../domain/problem-codes';

/** A workbook refused whole: its reason and the values the reason names. */
export class WorkbookRefused extends Error {
  constructor(
    readonly why: WorkbookRefusal,
    readonly params: ProblemParams = {},
  ) {
    super(`${why} ${JSON.stringify(params)}`);
  }
}
