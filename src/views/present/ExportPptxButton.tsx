import { useRef } from 'react';
import { presentMessages } from '../../i18n/present-messages';
import { useAppState, useAppStore } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { downloadBlob } from '../../ui/download';
import { slideTitle } from '../shared/slide-title';
import { useMessages } from '../use-messages';
import { captureDeck } from './deck-capture';
import { buildDeckPptx } from './deck-pptx';
import { slideSourceLines } from './slide-sources';
import { deckPages, EXPORT_CHART_BOX, pageWords, slideParts } from './slide-parts';

/** The file the deck is saved as. */
export const PPTX_FILE = 'x1060-roles-deck.pptx';

/**
 * Export PowerPoint: draws every slide apart, then writes the .pptx (pptxgenjs, loaded on demand).
 * The accessible name holds "Export PowerPoint" in every language (the public contract).
 */
export function ExportPptxButton() {
  const t = useMessages(presentMessages);
  const store = useAppStore();
  const count = useAppState((s) => s.deck.length);
  // A press while the file is being made is ignored (not disabled: the button keeps the focus).
  const busy = useRef(false);
  const run = async () => {
    const s = store.getState();
    const tl = presentMessages[s.lang];
    if (busy.current) return;
    busy.current = true;
    s.announce(tl.exportingPptx);
    try {
      // One PowerPoint slide per deck slide, and per part of a slide too wide for one; each part keeps the notes.
      const pages = deckPages(s.deck, (slide) => slideParts(slide, s.workspace, s.lang, EXPORT_CHART_BOX));
      const titles = pages.map((p) => pageWords(tl, p, s.deck.length, slideTitle(p.slide, s.workspace, tl)).title);
      const charts = await captureDeck(pages, s.workspace, titles, s.lang, tl);
      const slides = pages.map(({ slide }, i) => ({
        title: titles[i]!,
        notes: typeof slide.notes === 'string' ? slide.notes : '',
        chart: charts[i]!,
        missing: tl.missingCountry,
        sources: slideSourceLines(slide, s.workspace, s.lang),
      }));
      downloadBlob(PPTX_FILE, await buildDeckPptx(slides, s.lang, tl.pptxTitle));
      s.announce(tl.exportedPptx(PPTX_FILE, slides.length));
    } catch {
      s.announce('', tl.pptxFailed);
    } finally {
      busy.current = false;
    }
  };
  return (
    <Button
      isDisabled={count === 0}
      aria-label={t.exportPptx === 'Export PowerPoint' ? 'Export PowerPoint' : `${t.exportPptx} (Export PowerPoint)`}
      onPress={() => void run()}
    >
      {t.exportPptx}
    </Button>
  );
}
