import { useState } from 'react';
import { columnLetter, type ImportProblem, type ProblemCode } from '../../io/import-types';
import { errorCount } from '../../io/problems';
import { importMessages } from '../../i18n/import-messages';
import { Button } from '../../ui/Button';
import { useMessages } from '../use-messages';

/** Problems of one kind listed at first, and added by each "show more". */
export const PROBLEMS_LISTED = 50;

/** Problems of one kind (code and severity), in file order. */
interface ProblemGroup {
  readonly key: string;
  readonly code: ProblemCode | '';
  readonly severity: ImportProblem['severity'];
  readonly problems: ImportProblem[];
}

/**
 * A file's problems grouped by kind, errors first, each kind with its count and its first problems
 * (PROBLEMS_LISTED, more on request): a file of 2,000 custom stakeholders draws 50 warnings, not
 * 2,000. The "… and N more errors" line closes the errors.
 */
export function groupProblems(problems: readonly ImportProblem[]): { groups: ProblemGroup[]; more: ImportProblem[] } {
  const byKey = new Map<string, ProblemGroup>();
  const more: ImportProblem[] = [];
  for (const p of problems) {
    if (p.code === 'more-errors') {
      more.push(p);
      continue;
    }
    const code = p.code ?? '';
    const key = `${p.severity}:${code}`;
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { key, code, severity: p.severity, problems: [] }));
    g.problems.push(p);
  }
  const groups = [...byKey.values()];
  return {
    groups: [...groups.filter((g) => g.severity === 'error'), ...groups.filter((g) => g.severity === 'warning')],
    more,
  };
}

/** Every problem of a file by kind, errors first, each with its line and column. */
export function ProblemList({ problems }: { readonly problems: readonly ImportProblem[] }) {
  const t = useMessages(importMessages);
  if (problems.length === 0) return <p className="review-ok">{t.noProblems}</p>;
  let warnings = 0;
  for (const p of problems) if (p.severity === 'warning') warnings++;
  // The "… and N more" line stands for N errors, and for more when reading stopped early.
  const total = errorCount(problems);
  const { groups, more } = groupProblems(problems);
  return (
    <section className="review-problems">
      <h4>{t.problemsTitle(total.count, warnings, total.atLeast)}</h4>
      {groups.map((g) => (
        <Group key={g.key} group={g} />
      ))}
      {more.length > 0 && (
        <ul className="problem-more">
          {more.map((p, i) => (
            <Problem key={i} p={p} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What a group's heading counts: its problems, except where one notice stands for many cells ("10 cells are not
 * in the file"): there the cells, or the heading's "(1)" reads as one cell.
 */
function groupCount({ code, problems }: ProblemGroup): number {
  if (code !== 'unlisted-cells') return problems.length;
  return problems.reduce((sum, p) => sum + (typeof p.params.n === 'number' ? p.params.n : 1), 0);
}

function Group({ group }: { readonly group: ProblemGroup }) {
  const t = useMessages(importMessages);
  const [shown, setShown] = useState(PROBLEMS_LISTED);
  const { problems, severity, code } = group;
  const left = problems.length - shown;
  return (
    <div className="problem-group">
      <h5 className={`problem-group-title problem-group-${severity}`}>
        {t.problemGroup(severity === 'error', code, groupCount(group))}
      </h5>
      <ul>
        {problems.slice(0, shown).map((p, i) => (
          <Problem key={i} p={p} />
        ))}
      </ul>
      {left > 0 && (
        <Button className="problem-show-more" onPress={() => setShown((n) => n + PROBLEMS_LISTED)}>
          {t.showMoreProblems(Math.min(PROBLEMS_LISTED, left), left)}
        </Button>
      )}
    </div>
  );
}

function Problem({ p }: { readonly p: ImportProblem }) {
  const t = useMessages(importMessages);
  const where = t.where(
    p.line,
    p.column,
    p.column === undefined ? undefined : columnLetter(p.column),
    p.columnName,
    p.sheet,
  );
  return (
    <li className={`problem problem-${p.severity}`}>
      <strong className="problem-kind">{p.severity === 'error' ? t.error : t.warning}</strong>{' '}
      {where && <span className="problem-where">{where}: </span>}
      <span>{t.problem(p)}</span>
    </li>
  );
}
