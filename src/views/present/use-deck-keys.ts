import { useEffect, type RefObject } from 'react';

/** What a key can do in presenter mode. */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'blackout';

/**
 * What each key does in presenter mode: a clicker sends Page Up/Down (some send arrows), and its
 * "blank screen" button sends B or a period, which black the screen out.
 */
export function deckActionFor(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): DeckAction | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  switch (e.key) {
    case 'b':
    case 'B':
    case '.':
      return 'blackout';
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
      return 'next';
    case ' ':
      return e.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return undefined;
  }
}

/**
 * Steps the deck from the keyboard anywhere on the page. A key that a focused control already
 * handled (a button pressed with Space, a grid cell moved with an arrow) arrives defaultPrevented and
 * is left alone, so one key press never does two things.
 */
export function useDeckKeys(act: (action: DeckAction | 'resume') => void, blackedOut = false): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      // A blacked-out screen comes back on any key (the clicker's same button included), and does nothing else.
      if (blackedOut) {
        if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
        e.preventDefault();
        act('resume');
        return;
      }
      const action = deckActionFor(e);
      if (!action) return;
      e.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, blackedOut]);
}

/** Asks for full screen (only allowed during a click or key press); a refusal leaves the window as it is. */
export function enterFullscreen(): void {
  const el = document.documentElement;
  if (typeof el.requestFullscreen === 'function' && !document.fullscreenElement)
    el.requestFullscreen().catch(() => undefined);
}

/** Leaves full screen if this page is in it. */
export function leaveFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    document.exitFullscreen().catch(() => undefined);
}

/**
 * Focuses the show, and ends it when the browser leaves full screen by its own Escape (which the page
 * never sees) — unless the presenter view's window opened in the last 2 s (`openedAt`, ms), which can end
 * full screen too. Leaves full screen when the show ends.
 */
export function useShowFocus(
  rootRef: RefObject<HTMLElement | null>,
  setPresenting: (on: boolean) => void,
  openedAt: RefObject<number>,
): void {
  useEffect(() => {
    rootRef.current?.focus();
    const onChange = () => {
      if (!document.fullscreenElement && Date.now() - openedAt.current > 2000) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      leaveFullscreen();
    };
  }, [rootRef, setPresenting, openedAt]);
}
