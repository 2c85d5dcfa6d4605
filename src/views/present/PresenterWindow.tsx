import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Lang } from '../../domain/display-options';
import type { Workspace } from '../../domain/workspace';
import { presentMessages } from '../../i18n/present-messages';
import type { Slide } from '../../state/present-slice';
import { slideTitle } from '../shared/slide-title';
import { PageChart } from './PageChart';
import { pageWords, type DeckPage } from './slide-parts';
import './presenter-window.css';

/** Steps the presenter view's keys ask for. */
export type PresenterStep = 'next' | 'previous';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * Opens the presenter's own window (same origin, about:blank) and gives it the app's stylesheets. The
 * window is a second place this page draws into (a portal), so it always shows the slide being projected.
 */
export function openPresenterWindow(title: string, lang: Lang): Window | null {
  const w = window.open('', 'x1060-presenter', 'popup,width=1100,height=720');
  if (!w) return null;
  const doc = w.document;
  doc.title = title;
  doc.documentElement.lang = lang;
  doc.head.replaceChildren(
    ...[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => {
      const copy = doc.createElement('link');
      copy.rel = 'stylesheet';
      copy.href = l.href;
      return copy;
    }),
  );
  doc.body.replaceChildren();
  return w;
}

/** m:ss since `start` (ms), updated every second. */
function useElapsed(start: number): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const s = Math.max(0, Math.floor((now - start) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export interface PresenterWindowProps {
  /** The presenter's window, opened by openPresenterWindow. */
  readonly target: Window;
  /** The deck's pages: a slide that continues, once per part. */
  readonly pages: readonly DeckPage<Slide>[];
  /** The page being projected (0-based). */
  readonly at: number;
  /** How many slides the deck has (the counter counts slides, and names the part). */
  readonly slideCount: number;
  readonly workspace: Workspace;
  readonly lang: Lang;
  /** When the presenter view was opened (ms): the timer counts from it. */
  readonly start: number;
  readonly onStep: (step: PresenterStep) => void;
  /** The window was closed by its user. */
  readonly onClosed: () => void;
}

/** The presenter view: the current slide, the next one, the speaker notes and a timer, kept in step. */
export function PresenterWindow({
  target,
  pages,
  at,
  slideCount,
  workspace,
  lang,
  start,
  onStep,
  onClosed,
}: PresenterWindowProps) {
  const t = presentMessages[lang];
  const elapsed = useElapsed(start);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (NEXT_KEYS.has(e.key)) onStep('next');
      else if (PREVIOUS_KEYS.has(e.key)) onStep('previous');
      else return;
      e.preventDefault();
    };
    target.addEventListener('keydown', onKey);
    target.addEventListener('pagehide', onClosed);
    return () => {
      target.removeEventListener('keydown', onKey);
      target.removeEventListener('pagehide', onClosed);
    };
  }, [target, onStep, onClosed]);
  const [page, next] = [pages[at], pages[at + 1]];
  const slide = page?.slide;
  const now = pageWords(t, page, slideCount, slide ? slideTitle(slide, workspace, t) : '');
  const nextTitle = next && pageWords(t, next, slideCount, slideTitle(next.slide, workspace, t)).title;
  const notes = typeof slide?.notes === 'string' && slide.notes.trim() ? slide.notes : t.noNotes;
  return createPortal(
    <main className="pv" lang={lang} aria-label={t.presenterView}>
      <header className="pv-bar">
        <p className="pv-counter">{now.counter}</p>
        <p className="pv-timer" aria-label={t.elapsed(elapsed)}>
          {elapsed}
        </p>
      </header>
      <section className="pv-current" aria-label={t.currentSlide}>
        <h1 className="pv-title">{now.title}</h1>
        {page && <Preview page={page} title={now.title} workspace={workspace} lang={lang} />}
      </section>
      <section className="pv-next" aria-label={t.nextSlide}>
        <h2 className="pv-next-title">
          {t.nextSlide}: {nextTitle ?? t.endOfDeck}
        </h2>
        {next && nextTitle && <Preview page={next} title={nextTitle} workspace={workspace} lang={lang} />}
      </section>
      <section className="pv-notes" aria-label={t.notesLabel}>
        <h2>{t.notesLabel}</h2>
        <p className="pv-notes-text">{notes}</p>
      </section>
    </main>,
    target.document.body,
  );
}

/** A page's chart (a slide, or one part of it), drawn small (light theme) as the projected slide draws it. */
function Preview({
  page,
  title,
  workspace,
  lang,
}: {
  readonly page: DeckPage<Slide>;
  readonly title: string;
  readonly workspace: Workspace;
  readonly lang: Lang;
}) {
  return (
    <div className="pv-stage presenter-stage">
      <PageChart page={page} workspace={workspace} title={title} lang={lang} theme="light" />
    </div>
  );
}

/**
 * The presenter view's window for presenter mode: `open` opens it (or brings it forward), `view` draws
 * into it while it is open; it closes with presenter mode. `openedAt` is when it last opened (ms), so
 * the browser leaving full screen as a window opens is not taken for the presenter leaving the show.
 */
export function usePresenterWindow(props: Omit<PresenterWindowProps, 'target' | 'start' | 'onClosed'>): {
  readonly open: () => void;
  readonly view: ReactNode;
  readonly openedAt: RefObject<number>;
} {
  const [pv, setPv] = useState<{ target: Window; start: number } | null>(null);
  const openedAt = useRef(0);
  useEffect(() => () => pv?.target.close(), [pv]);
  const onClosed = useCallback(() => setPv(null), []);
  const open = () => {
    if (pv && !pv.target.closed) return pv.target.focus();
    openedAt.current = Date.now();
    const target = openPresenterWindow(presentMessages[props.lang].presenterView, props.lang);
    if (target) setPv({ target, start: Date.now() });
  };
  const view = pv && <PresenterWindow {...props} target={pv.target} start={pv.start} onClosed={onClosed} />;
  return { open, view, openedAt };
}
