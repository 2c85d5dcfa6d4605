import { DEFINITION_GROUPS } from '../../domain/metrics/definitions';
import { METRIC_DEFINITIONS } from '../../i18n/metric-definitions';
import { groupTitle } from '../../i18n/metric-messages';
import { compareMessages } from '../../i18n/compare-messages';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import { definitionsId } from './DefinitionsLink';

/** Every metric's definition and how it treats unknowns: the same text as the README's. */
export function DefinitionsSection() {
  const t = useMessages(compareMessages);
  const lang = useAppState((s) => s.lang);
  return (
    <details className="compare-section compare-definitions">
      <summary>
        <h3>{t.definitions}</h3>
      </summary>
      {DEFINITION_GROUPS.map((g) => (
        <section key={g.id} aria-label={groupTitle(lang, g.id)} id={definitionsId(g.id)} tabIndex={-1}>
          <h4>{groupTitle(lang, g.id)}</h4>
          <dl>
            {g.terms.map((id) => {
              const d = METRIC_DEFINITIONS[lang][id];
              return (
                <div key={id} className="definition">
                  <dt>{d.name}</dt>
                  <dd>
                    {d.definition} <em>{t.unknowns}:</em> {d.unknowns}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </details>
  );
}
