import { useCallback, useMemo, useRef, useState, type CSSProperties } from 'react';
import { presentMessages } from '../../i18n/present-messages';
import { snapshotSlide, type Slide } from '../../state/present-slice';
import { useAppState, useAppStore } from '../../state/store-context';
import { textWidthEm } from '../../charts/text-measure';
import { Button } from '../../ui/Button';
import { useMessages } from '../use-messages';
import { slideTitle } from '../shared/slide-title';
import { PageChart } from './PageChart';
import { slideSourceLines } from './slide-sources';
import { usePresenterWindow } from './PresenterWindow';
import { useDeckKeys, useShowFocus, type DeckAction } from './use-deck-keys';
import { pageIndexOf, pageWords, presenterChartBox, stepPage } from './slide-parts';
import { useDeckPages, useScreenSize } from './use-deck-pages';
import './presenter.css';

/**
 * Full-screen presenter mode: one slide at a time in large type with the projector palette and no
 * editing chrome. Arrows, Space, Page Up/Down (a clicker) step; Home/End jump; Escape leaves.
 * An empty deck presents the current view as its only slide.
 */
export function PresenterMode() {
  const t = useMessages(presentMessages);
  const store = useAppStore();
  const deck = useAppState((s) => s.deck);
  const index = useAppState((s) => s.slideIndex);
  const part = useAppState((s) => s.slidePart);
  const workspace = useAppState((s) => s.workspace);
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const goToSlide = useAppState((s) => s.goToSlide);
  const setPresenting = useAppState((s) => s.setPresenting);
  const slides = useMemo((): readonly Slide[] => {
    if (deck.length > 0) return deck;
    const current = snapshotSlide(store.getState());
    return current ? [{ ...current, id: 'current' }] : [];
  }, [deck, store]);
  // A slide too wide for the screen continues on further parts: the keys, the counter and the presenter view walk pages.
  const pages = useDeckPages(slides, workspace, lang, presenterChartBox(useScreenSize()));
  const at = pageIndexOf(pages, Math.min(index, Math.max(0, slides.length - 1)), part);
  const page = pages[at];
  const slide = page?.slide;
  const rootRef = useRef<HTMLElement>(null);

  const [blackedOut, setBlackedOut] = useState(false);
  const act = useCallback(
    (action: DeckAction | 'resume') => {
      if (action === 'exit') setPresenting(false);
      else if (action === 'blackout' || action === 'resume') setBlackedOut(action === 'blackout');
      else {
        const to = pages[stepPage(at, pages.length, action)];
        if (to) goToSlide(to.slideIndex, to.part?.index ?? 0);
      }
    },
    [at, pages, goToSlide, setPresenting],
  );
  useDeckKeys(act, blackedOut);
  const {
    open: openPresenter,
    view: presenterView,
    openedAt,
  } = usePresenterWindow({ pages, at, slideCount: slides.length, workspace, lang, onStep: act });

  useShowFocus(rootRef, setPresenting, openedAt);

  const { counter, title } = pageWords(
    t,
    page,
    slides.length,
    slide ? slideTitle(slide, workspace, t) : t.presenterMode,
  );
  // The slide's sources (each country's source and date, the app and version), as under every figure.
  const sources = slide ? slideSourceLines(slide, workspace, lang, true).join(' · ') : '';
  return (
    <main ref={rootRef} className="presenter" lang={lang} data-theme={theme} tabIndex={-1} aria-label={t.presenterMode}>
      <section
        className="presenter-slide"
        aria-roledescription="slide"
        aria-label={`${counter}: ${title}`}
        data-slide-kind={slide?.kind}
        data-slide-part={page?.part ? `${page.part.index + 1}/${page.part.count}` : undefined}
      >
        <h1 className="presenter-title" style={titleFit(title)}>
          {title}
        </h1>
        <div className="presenter-stage">
          {page && <PageChart page={page} title={title} workspace={workspace} lang={lang} theme={theme} />}
        </div>
      </section>
      {/* A phone held upright has no room for a wide slide (presenter.css shows this instead of it). */}
      <p className="presenter-turn">{t.turnSideways}</p>
      {presenterView}
      {blackedOut && <Blackout label={t.blackedOut} onReturn={() => setBlackedOut(false)} />}
      <PresenterFooter
        counter={counter}
        sources={sources}
        at={at}
        count={pages.length}
        onStep={act}
        onPresenterView={openPresenter}
      />
    </main>
  );
}

/**
 * The heading's largest size that keeps it on one line across the slide (96 vw; bold, estimated wide), as a CSS
 * variable: presenter.css never goes under 28 px, and a title longer than that wraps. A two-line heading took
 * the chart's room on every long-titled slide (the side-by-side Sankeys lost a seventh of their height).
 */
function titleFit(title: string): CSSProperties {
  const em = textWidthEm(title) * 1.14;
  return { '--title-fit': `${(96 / Math.max(1, em)).toFixed(3)}vw` } as CSSProperties;
}

/** The blacked-out screen (B or .): covers slide and footer; a click brings the slide back as any key does. */
function Blackout({ label, onReturn }: { readonly label: string; readonly onReturn: () => void }) {
  return (
    <div className="presenter-blackout" role="status" onClick={onReturn}>
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

/** The slide counter, the sources beside it (never under it) and the presenter's buttons. */
function PresenterFooter({
  counter,
  sources,
  at,
  count,
  onStep,
  onPresenterView,
}: {
  readonly counter: string;
  readonly sources: string;
  readonly at: number;
  readonly count: number;
  readonly onStep: (action: DeckAction) => void;
  readonly onPresenterView: () => void;
}) {
  const t = useMessages(presentMessages);
  return (
    <footer className="presenter-footer">
      <p className="presenter-counter" aria-live="polite" aria-atomic="true">
        {counter}
      </p>
      {/* The sources wrap beside the counter, never under it, and under the buttons once past them. */}
      <div className="presenter-foot-body">
        <div className="presenter-nav">
          <Button aria-label={t.previous} isDisabled={at === 0} onPress={() => onStep('previous')}>
            ←
          </Button>
          <Button aria-label={t.next} isDisabled={at >= count - 1} onPress={() => onStep('next')}>
            →
          </Button>
          <Button onPress={onPresenterView}>{t.presenterView}</Button>
          <Button onPress={() => onStep('exit')}>{t.exit}</Button>
        </div>
        {/* The room reads the sources; the keys are for the presenter (README, the presenter view, and here for screen readers). */}
        <p className="presenter-sources">{sources}</p>
      </div>
      <p className="presenter-hint visually-hidden">{t.keysHint}</p>
    </footer>
  );
}
