import { useCallback, useState } from 'react';
import type { RoleMatrix } from '../../domain/matrix';
import { findMatrix } from '../../domain/workspace';
import { editorMessages } from '../../i18n/editor-messages';
import type { useAppStore } from '../../state/store-context';
import type { EditOp, EditOptions } from '../../state/workspace-slice';
import { describeEditError } from './edit-errors';

/**
 * Writes an edit of the selected country to the store and returns the country as edited, or
 * undefined when the domain refused it. A refusal is told in the alert region, or to `onRefused`.
 */
export type EditSelected = (
  op: EditOp,
  options?: EditOptions & { readonly onRefused?: (message: string) => void },
) => RoleMatrix | undefined;

/**
 * The editor's one way to change the selected country, and the key its text fields are keyed by.
 * The first edit of a bundled country selects its copy: the fields keep the key they had, so that
 * the one being typed in keeps its focus and goes on typing into the copy.
 */
export function useEditSelected(store: ReturnType<typeof useAppStore>) {
  const [copiedFrom, setCopiedFrom] = useState<ReadonlyMap<string, string>>(() => new Map());
  const edit = useCallback<EditSelected>(
    (op, options) => {
      const { selectedId: id, editMatrix, announce, lang } = store.getState();
      if (!id) return undefined;
      try {
        const edited = editMatrix(id, op, options);
        if (edited && edited !== id) setCopiedFrom((was) => new Map(was).set(edited, was.get(id) ?? id));
        return findMatrix(store.getState().workspace, edited);
      } catch (e) {
        const message = describeEditError(e, editorMessages[lang], lang);
        if (options?.onRefused) options.onRefused(message);
        else announce('', message);
        return undefined;
      }
    },
    [store],
  );
  const fieldsKeyOf = (m: RoleMatrix | undefined) => (m ? (copiedFrom.get(m.id) ?? m.id) : '');
  return { edit, fieldsKeyOf };
}
