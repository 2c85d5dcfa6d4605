import type { DefinitionGroupId } from '../../domain/metrics/definitions';
import { compareMessages } from '../../i18n/compare-messages';
import { groupTitle } from '../../i18n/metric-messages';
import { useAppState } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { useMessages } from '../use-messages';

/** The id of the definitions of a group of metrics (DefinitionsSection). */
export const definitionsId = (group: DefinitionGroupId) => `compare-definitions-${group}`;

/**
 * Opens "How the metrics are computed" at the definitions of a table's metrics and moves the focus there: the
 * column headings' definitions show on hover only, which keyboard, touch and screen-reader users never get.
 */
export function DefinitionsLink({ group }: { readonly group: DefinitionGroupId }) {
  const t = useMessages(compareMessages);
  const lang = useAppState((s) => s.lang);
  const open = () => {
    const target = document.getElementById(definitionsId(group));
    const details = target?.closest('details');
    if (!target || !details) return;
    details.open = true;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <Button className="definitions-link" onPress={open}>
      {t.definitionsOf(groupTitle(lang, group))}
    </Button>
  );
}
