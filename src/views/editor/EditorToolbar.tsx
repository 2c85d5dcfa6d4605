import type { RoleMatrix } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppStore } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { useMessages } from '../use-messages';
import { PrintWorksheet } from './PrintWorksheet';
import { useUndo } from './use-undo';
import type { WorksheetMode } from './Worksheet';

export interface EditorToolbarProps {
  readonly matrix: RoleMatrix | undefined;
  /** A new country was made (the cursor goes back to its first cell). */
  readonly onCreated: () => void;
  readonly onRemove: () => void;
  readonly onPrint: (mode: WorksheetMode) => void;
}

/** New, duplicate, remove, undo, redo and print: the editor's commands above the country. */
export function EditorToolbar({ matrix, onCreated, onRemove, onPrint }: EditorToolbarProps) {
  const t = useMessages(editorMessages);
  const store = useAppStore();
  const { sayUndo, canUndo, canRedo } = useUndo(store);
  const create = (template: 'services' | 'categories') => {
    store.getState().createCountry(t.newName, template);
    onCreated();
  };
  return (
    <div className="toolbar-group editor-toolbar">
      <Button onPress={() => create('services')}>{t.newFromServices}</Button>
      <Button onPress={() => create('categories')}>{t.newFromCategories}</Button>
      <Button isDisabled={!matrix} onPress={() => matrix && store.getState().duplicateCountry(matrix.id)}>
        {t.duplicate}
      </Button>
      {/* A bundled country would come back from the bundled data at the next start: removing it would not last. */}
      <span title={matrix?.bundled ? t.removeBundledTip : undefined}>
        <Button isDisabled={!matrix || matrix.bundled === true} onPress={onRemove}>
          {t.removeCountry}
        </Button>
      </span>
      <Button isDisabled={!canUndo} onPress={() => sayUndo(false)} aria-keyshortcuts="Control+Z">
        {t.undo}
      </Button>
      <Button isDisabled={!canRedo} onPress={() => sayUndo(true)} aria-keyshortcuts="Control+Y">
        {t.redo}
      </Button>
      {matrix && <PrintWorksheet onPrint={onPrint} />}
    </div>
  );
}
