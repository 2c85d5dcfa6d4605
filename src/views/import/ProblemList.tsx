import { columnLetter, type ImportProblem } from '../../io/import-types';
import { errorCount } from '../../io/problems';
import { importMessages } from '../../i18n/import-messages';
import { useMessages } from '../use-messages';

/** Every problem of a file, errors first, each with its line and column. */
export function ProblemList({ problems }: { readonly problems: readonly ImportProblem[] }) {
  const t = useMessages(importMessages);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  // The "… and N more" line stands for N errors, and for more when reading stopped early.
  const total = errorCount(problems);
  if (problems.length === 0) return <p className="review-ok">{t.noProblems}</p>;
  return (
    <section className="review-problems">
      <h4>{t.problemsTitle(total.count, warnings.length, total.atLeast)}</h4>
      <ul>
        {[...errors, ...warnings].map((p, i) => {
          const where = t.where(p.line, p.column, p.column === undefined ? undefined : columnLetter(p.column), p.columnName);
          return (
            <li key={i} className={`problem problem-${p.severity}`}>
              <strong className="problem-kind">{p.severity === 'error' ? t.error : t.warning}</strong>{' '}
              {where && <span className="problem-where">{where}: </span>}
              <span>{t.problem(p.code ?? '', p.params ?? {}, p.message)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
