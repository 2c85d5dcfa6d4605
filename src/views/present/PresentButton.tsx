import { presentMessages } from '../../i18n/present-messages';
import { recoveryMessages } from '../../i18n/recovery-messages';
import { useAppState, useAppStore } from '../../state/store-context';
import { ErrorBoundary, errorText } from '../../ui/ErrorBoundary';
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
const prefetchDeck = () => void Promise.all([DeckPanel.preload(), PrintDeck.preload()]).catch(() => undefined);

/** The printed deck; one that cannot be loaded or drawn closes the print and says why (not the whole app). */
function GuardedPrintDeck() {
  const store = useAppStore();
  const t = useMessages(recoveryMessages);
  const onError = (error: unknown) => {
    const s = store.getState();
    s.setPrintingDeck(false);
    s.announce(s.status, t.alert(t.deck, errorText(error)));
  };
  return (
    <ErrorBoundary fallback={() => null} onError={onError}>
      <PrintDeck />
    </ErrorBoundary>
  );
}

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
      {printing && <GuardedPrintDeck />}
    </div>
  );
}
