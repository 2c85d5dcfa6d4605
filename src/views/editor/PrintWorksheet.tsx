import { editorMessages } from '../../i18n/editor-messages';
import { Button } from '../../ui/Button';
import { PopoverButton } from '../../ui/PopoverButton';
import { useMessages } from '../use-messages';
import type { WorksheetMode } from './Worksheet';

/** *Print worksheet*: the whole matrix on paper, with the current scores or blank to fill in by hand. */
export function PrintWorksheet({ onPrint }: { readonly onPrint: (mode: WorksheetMode) => void }) {
  const t = useMessages(editorMessages);
  return (
    <PopoverButton label={t.printWorksheet}>
      <div className="toolbar-group">
        <Button slot="close" onPress={() => onPrint('scores')}>
          {t.printWithScores}
        </Button>
        <Button slot="close" onPress={() => onPrint('blank')}>
          {t.printBlank}
        </Button>
      </div>
    </PopoverButton>
  );
}
