import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { presentMessages } from '../../i18n/present-messages';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import { slideTitle } from '../shared/slide-title';
import { PageChart } from './PageChart';
import { EXPORT_CHART_BOX, pageWords } from './slide-parts';
import { useDeckPages } from './use-deck-pages';
import { slideSourceLines } from './slide-sources';
import './print-deck.css';

/**
 * The deck as a print-only document: one landscape page per slide or slide part (title, chart as vector SVG,
 * system fonts, so Japanese prints as text), handed to the browser's print dialog, where "Save as
 * PDF" makes the PDF. The app itself is hidden from print while it is open; it closes after printing.
 */
export function PrintDeck() {
  const t = useMessages(presentMessages);
  const deck = useAppState((s) => s.deck);
  const workspace = useAppState((s) => s.workspace);
  const lang = useAppState((s) => s.lang);
  const setPrintingDeck = useAppState((s) => s.setPrintingDeck);
  // One page per slide, and per part of a slide too wide for one (as PowerPoint's export splits it).
  const pages = useDeckPages(deck, workspace, lang, EXPORT_CHART_BOX);
  useEffect(() => {
    const done = () => setPrintingDeck(false);
    window.addEventListener('afterprint', done);
    // After this render is on screen, so that every slide is laid out before the print dialog copies it.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [setPrintingDeck]);
  return createPortal(
    <div className="print-deck" lang={lang} aria-hidden="true">
      {pages.map((page) => {
        const { slide, part } = page;
        const { title } = pageWords(t, page, deck.length, slideTitle(slide, workspace, t));
        return (
          <section key={`${slide.id}-${part?.index ?? 0}`} className="print-slide" data-slide-kind={slide.kind}>
            <h1 className="print-slide-title">{title}</h1>
            <div className="print-slide-stage presenter-stage">
              <PageChart page={page} workspace={workspace} title={title} lang={lang} theme="light" />
            </div>
            <p className="print-slide-sources">{slideSourceLines(slide, workspace, lang).join(' · ')}</p>
          </section>
        );
      })}
    </div>,
    document.body,
  );
}
