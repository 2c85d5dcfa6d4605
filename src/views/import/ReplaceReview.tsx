import { useMemo } from 'react';
import { dropsAnything, keepsAnything } from '../../domain/replace-matrix';
import type { Workspace } from '../../domain/workspace';
import { replaceMessages } from '../../i18n/replace-messages';
import { candidateKey, reviewDecisions, type ImportReviewState } from '../../state/import-slice';
import { planImport, type ReplaceContest } from '../../state/replace-plan';
import { useAppStore } from '../../state/store-context';
import { Select } from '../../ui/Select';
import { useMessages } from '../use-messages';
import './replace-review.css';

/** Replacements whose kept and dropped lines are listed one by one; a re-import of 300 countries lists the first few. */
const MAX_LISTED = 8;

export interface ReplaceReviewProps {
  readonly review: ImportReviewState;
  readonly workspace: Workspace;
}

/**
 * What the review's replacements will do, before Import: which of several incoming countries set to
 * replace one loaded country does (the user picks), and what each replacement keeps from the
 * loaded country or drops. Nothing when no replacement keeps, drops or contests anything.
 */
export function ReplaceReview({ review, workspace }: ReplaceReviewProps) {
  const t = useMessages(replaceMessages);
  const { results, plan } = useMemo(() => {
    const d = reviewDecisions(review);
    return { results: d.results, plan: planImport(workspace, d.results, d.choose, d.pick) };
  }, [review, workspace]);
  const lines = plan.actions.flatMap((actions) =>
    actions.flatMap((a) =>
      a.kind === 'replace' && (keepsAnything(a.replacement.report) || dropsAnything(a.replacement.report)) ? [a] : [],
    ),
  );
  if (plan.contests.length === 0 && lines.length === 0) return null;
  return (
    <section className="review-replace" aria-label={t.title}>
      <h3 className="review-replace-title">{t.title}</h3>
      {plan.contests.map((c) => (
        <Contest
          key={c.target.id}
          contest={c}
          review={review}
          fileNames={results.map((r) => r.fileName)}
          countriesOf={(i) => results[i]!.matrices.map((m) => m.country)}
        />
      ))}
      {plan.contests.length > 0 && <p className="field-help">{t.contestHelp}</p>}
      {lines.length > 0 && (
        <ul className="review-replace-lines">
          {lines.slice(0, MAX_LISTED).map(({ target, replacement: { report } }) => (
            <li key={target.id}>
              {keepsAnything(report) && (
                <p className="review-replace-kept">
                  {t.kept(target.country, report.kept.rowNotes, report.kept.cellNotes, report.kept.fields)}
                </p>
              )}
              {dropsAnything(report) && (
                <p className="review-replace-dropped">
                  {t.dropped(target.country, report.dropped.rows, report.dropped.cellNotes, report.dropped.fields)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {lines.length > MAX_LISTED && <p className="field-help">{t.moreReplaced(lines.length - MAX_LISTED)}</p>}
    </section>
  );
}

interface ContestProps {
  readonly contest: ReplaceContest;
  readonly review: ImportReviewState;
  readonly fileNames: readonly string[];
  /** The countries of the file at an index, as they will be imported. */
  readonly countriesOf: (fileIndex: number) => readonly string[];
}

/** The pick among the incoming countries set to replace one loaded country. */
function Contest({ contest, review, fileNames, countriesOf }: ContestProps) {
  const t = useMessages(replaceMessages);
  const store = useAppStore();
  const { target, candidates, chosen } = contest;
  const keyOf = (fileIndex: number, matrixIndex: number) => candidateKey(review.files[fileIndex]!.key, matrixIndex);
  const options = candidates.map(({ fileIndex, matrixIndex }) => {
    // Which of the file's countries of that name it is: a JSON workspace may hold two "Kenya".
    const same = countriesOf(fileIndex).flatMap((c, i) => (c === target.country ? [i] : []));
    return {
      id: keyOf(fileIndex, matrixIndex),
      label: t.candidate(target.country, fileNames[fileIndex]!, same.indexOf(matrixIndex) + 1, same.length),
    };
  });
  return (
    <Select
      className="review-replace-contest"
      label={t.contestQuestion(target.country, candidates.length)}
      value={chosen === 'keep-all' ? 'keep-all' : keyOf(chosen.fileIndex, chosen.matrixIndex)}
      options={[...options, { id: 'keep-all', label: t.keepAll(target.country) }]}
      onChange={(id) => store.getState().chooseReplacement(target.id, id)}
    />
  );
}
