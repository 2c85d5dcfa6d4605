import { presentMessages } from '../../i18n/present-messages';
import { useAppState, useAppStore } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { findMatrix } from '../../domain/workspace';
import { useMessages } from '../use-messages';
import { AddToDeckButton } from '../shared/AddToDeckButton';
import { slideTitle } from '../shared/slide-title';
import { buildStandaloneHtml, loadStandaloneTemplate, standaloneFileName } from './standalone-html';

/** The deck being assembled: its slides in order (move, remove), adding the current view, and saving. */
export function DeckPanel() {
  const t = useMessages(presentMessages);
  const store = useAppStore();
  const deck = useAppState((s) => s.deck);
  const workspace = useAppState((s) => s.workspace);
  const moveSlide = useAppState((s) => s.moveSlide);
  const removeSlide = useAppState((s) => s.removeSlide);
  const clearDeck = useAppState((s) => s.clearDeck);

  const saveStandalone = async () => {
    const s = store.getState();
    try {
      const template = await loadStandaloneTemplate();
      // ?data= links are dropped: their countries travel inside the file, which may be opened offline.
      const search = new URLSearchParams(window.location.search);
      search.delete('data');
      const html = buildStandaloneHtml(template, {
        version: 1,
        workspace: s.workspace,
        deck: s.deck,
        search: search.toString(),
        versions: s.versions,
      });
      const file = standaloneFileName(findMatrix(s.workspace, s.selectedId)?.country);
      downloadText(file, html, 'text/html;charset=utf-8');
      s.announce(t.savedStandalone(file));
    } catch {
      s.announce('', t.standaloneMissing);
    }
  };

  return (
    <div className="deck-panel">
      {deck.length === 0 ? (
        <p>{t.emptyDeck}</p>
      ) : (
        <ol className="deck-list" aria-label={t.deckHeading}>
          {deck.map((slide, i) => {
            const title = slideTitle(slide, workspace, t);
            return (
              <li key={slide.id} className="deck-item">
                <span className="deck-item-title">
                  {i + 1}. {title}
                </span>
                <Button aria-label={t.moveUp(title)} isDisabled={i === 0} onPress={() => moveSlide(slide.id, -1)}>
                  ↑
                </Button>
                <Button
                  aria-label={t.moveDown(title)}
                  isDisabled={i === deck.length - 1}
                  onPress={() => moveSlide(slide.id, 1)}
                >
                  ↓
                </Button>
                <Button aria-label={t.remove(title)} onPress={() => removeSlide(slide.id)}>
                  ✕
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="deck-actions">
        <AddToDeckButton />
        <Button isDisabled={deck.length === 0} onPress={clearDeck}>
          {t.clearDeck}
        </Button>
        <Button onPress={() => void saveStandalone()}>{t.saveStandalone}</Button>
      </div>
    </div>
  );
}
