// How tests read a problem: in English, as the review and the live regions word it (src/i18n).
import type { ImportProblem } from '../../src/io/import-types';
import { importMessages } from '../../src/i18n/import-messages';
import { describeProblemIn } from '../../src/state/import-outcome';

/** What the problem is: "the file is empty". */
export const said = (p: ImportProblem): string => importMessages.en.problem(p);

/** Where and what: "line 5, column 3 (C, PSIRT): …". */
export const describeProblem = (p: ImportProblem): string => describeProblemIn('en', p);
