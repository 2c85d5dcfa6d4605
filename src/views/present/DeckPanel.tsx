import { presentMessages } from '../../i18n/present-messages';
import { useAppState, useAppStore } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { findMatrix } from '../../domain/workspace';
import { useMessages } from '../use-messages';
import { AddToDeckButton } from '../shared/AddToDeckButton';
import { generatedTitle, slideTitle } from '../shared/slide-title';
import { useMemo, useState } from 'react';
import type { Slide } from '../../state/present-slice';
import type { Workspace } from '../../domain/workspace';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ExportPptxButton } from './ExportPptxButton';
import { EXPORT_CHART_BOX, slideParts } from './slide-parts';
import { buildStandaloneHtml, loadStandaloneTemplate, standaloneFileName } from './standalone-html';

/** The deck being assembled: its slides in order (move, remove), adding the current view, and saving. */
export function DeckPanel() {
  const t = useMessages(presentMessages);
  const store = useAppStore();
  const deck = useAppState((s) => s.deck);
  const workspace = useAppState((s) => s.workspace);

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
          {deck.map((slide, i) => (
            <DeckItem key={slide.id} slide={slide} index={i} count={deck.length} workspace={workspace} />
          ))}
        </ol>
      )}
      <div className="deck-actions">
        <AddToDeckButton />
        <ClearDeckButton />
        {/* The accessible name holds "Export PDF" in every language (the public contract), as Export CSV does. */}
        <Button
          isDisabled={deck.length === 0}
          aria-label={t.exportPdf === 'Export PDF' ? 'Export PDF' : `${t.exportPdf} (Export PDF)`}
          onPress={() => store.getState().setPrintingDeck(true)}
        >
          {t.exportPdf}
        </Button>
        <ExportPptxButton />
        <Button onPress={() => void saveStandalone()}>{t.saveStandalone}</Button>
      </div>
    </div>
  );
}

/** One slide of the deck: its title, moving and removing it, and its own title and speaker notes. */
function DeckItem({
  slide,
  index,
  count,
  workspace,
}: {
  readonly slide: Slide;
  readonly index: number;
  readonly count: number;
  readonly workspace: Workspace;
}) {
  const t = useMessages(presentMessages);
  const moveSlide = useAppState((s) => s.moveSlide);
  const removeSlide = useAppState((s) => s.removeSlide);
  const editSlide = useAppState((s) => s.editSlide);
  const [editing, setEditing] = useState(false);
  const title = slideTitle(slide, workspace, t);
  const lang = useAppState((s) => s.lang);
  // Shown once here; presented and exported on as many slide parts as it needs (counted for a 16:9 slide).
  const parts = useMemo(() => slideParts(slide, workspace, lang, EXPORT_CHART_BOX).length, [slide, workspace, lang]);
  const formId = `deck-edit-${slide.id}`;
  return (
    <li className="deck-item">
      <div className="deck-item-row">
        <span className="deck-item-title">
          {index + 1}. {title}
        </span>
        {parts > 1 && <span className="deck-item-parts">{t.spansParts(parts)}</span>}
        <Button
          aria-label={t.editSlide(title)}
          aria-expanded={editing}
          aria-controls={editing ? formId : undefined}
          onPress={() => setEditing(!editing)}
        >
          ✎
        </Button>
        <Button aria-label={t.moveUp(title)} isDisabled={index === 0} onPress={() => moveSlide(slide.id, -1)}>
          ↑
        </Button>
        <Button aria-label={t.moveDown(title)} isDisabled={index === count - 1} onPress={() => moveSlide(slide.id, 1)}>
          ↓
        </Button>
        <Button aria-label={t.remove(title)} onPress={() => removeSlide(slide.id)}>
          ✕
        </Button>
      </div>
      {editing && (
        <div id={formId} className="deck-item-edit">
          <label>
            {t.slideTitleLabel}
            <input
              type="text"
              defaultValue={slide.title ?? ''}
              placeholder={generatedTitle(slide, workspace, t)}
              onBlur={(e) => editSlide(slide.id, { title: e.currentTarget.value })}
            />
          </label>
          <label>
            {t.notesLabel}
            <textarea
              rows={3}
              defaultValue={slide.notes ?? ''}
              aria-describedby={`${formId}-hint`}
              onBlur={(e) => editSlide(slide.id, { notes: e.currentTarget.value })}
            />
          </label>
          <p id={`${formId}-hint`} className="deck-hint">
            {t.notesHint}
          </p>
        </div>
      )}
    </li>
  );
}

/** Clears the deck after asking; the slides removed can be put back until the deck is cleared again. */
function ClearDeckButton() {
  const t = useMessages(presentMessages);
  const store = useAppStore();
  const count = useAppState((s) => s.deck.length);
  const cleared = useAppState((s) => s.clearedDeck.length);
  const [asking, setAsking] = useState(false);
  const clear = () => {
    setAsking(false);
    store.getState().clearDeck();
    store.getState().announce(t.clearedDeck(count));
  };
  const undo = () => {
    store.getState().undoClearDeck();
    store.getState().announce(t.restoredDeck(cleared));
  };
  return (
    <>
      <Button isDisabled={count === 0} onPress={() => setAsking(true)}>
        {t.clearDeck}
      </Button>
      {cleared > 0 && <Button onPress={undo}>{t.undoClear(cleared)}</Button>}
      <ConfirmDialog
        open={asking}
        title={t.clearDeckTitle}
        message={t.clearDeckMessage(count)}
        confirmLabel={t.clearDeck}
        cancelLabel={t.cancel}
        onConfirm={clear}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
