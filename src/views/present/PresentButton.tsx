import { presentMessages } from '../../i18n/present-messages';
import { useAppState } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { PopoverButton } from '../../ui/PopoverButton';
import { useMessages } from '../use-messages';
import { ViewErrorBoundary } from '../ViewErrorBoundary';
import { lazyPart } from '../../ui/lazy-part';
import { enterFullscreen } from './use-deck-keys';
import './presenter.css';

// The deck's panel and its printed copy draw slides (every chart kind, the PowerPoint export): loaded when the
// deck button is pointed at, focused or opened, not with the toolbar (#18).
const DeckPanel = lazyPart(() => import('./DeckPanel').then((m) => m.DeckPanel), 'deck-loading', 'DeckPanel');
const PrintDeck = lazyPart(() => import('./PrintDeck').then((m) => m.PrintDeck), 'print-deck-loading', 'PrintDeck');
const prefetchDeck = () => void DeckPanel.preload().catch(() => undefined);

/** The toolbar's deck (assemble, reorder, save as standalone HTML) and the button that starts presenting. */
export function PresentButton() {
  const t = useMessages(presentMessages);
  const count = useAppState((s) => s.deck.length);
  const setPresenting = useAppState((s) => s.setPresenting);
  const printing = useAppState((s) => s.printingDeck);
  return (
    <div className="toolbar-group">
      <PopoverButton label={t.deck(count)} onIntent={prefetchDeck}>
        <ViewErrorBoundary part="deck">
          <DeckPanel />
        </ViewErrorBoundary>
      </PopoverButton>
      <Button
        variant="primary"
        onPress={() => {
          // Full screen must be asked for inside the press itself: browsers refuse it later.
          enterFullscreen();
          setPresenting(true);
        }}
      >
        {t.present}
      </Button>
      {printing && <PrintDeck />}
    </div>
  );
}
