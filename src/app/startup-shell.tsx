// What the page shows before its saved work is read. Without saved work the first screen is drawn at
// once from the bundled data in the first script; with saved work (remembered by a flag in localStorage
// at each save) only the shell is drawn until IndexedDB has been read, so that the bundled first
// country never flashes before the user's own.
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { Lang } from '../domain/display-options';
import { appMessages } from '../i18n/app-messages';
import { useAppState } from '../state/store-context';

const LANG_KEY = 'x1060.lang';

/** The language to start in: the one chosen last time, else the browser's (Japanese or English). */
export function preferredLang(): Lang {
  try {
    const saved = window.localStorage.getItem(LANG_KEY);
    if (saved === 'en' || saved === 'ja') return saved;
  } catch {
    // Storage may be blocked; the browser's language still tells.
  }
  return navigator.languages.some((l) => l.toLowerCase().startsWith('ja')) ? 'ja' : 'en';
}

/** Remembers the language chosen, for the next start. */
export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembering the language is harmless.
  }
}

/** The scope of saved work: the hosted app, or one standalone file (by the id of its embedded data). */
export function saveScope(embeddedId: string | undefined): string {
  return embeddedId ? `file:${embeddedId}` : 'app';
}

const hintKey = (scope: string) => `x1060-roles:saved:${scope}`;

/** Whether a save was made in this scope before (a hint: the saved work itself is in IndexedDB). */
export function hasSavedHint(scope: string): boolean {
  try {
    return window.localStorage.getItem(hintKey(scope)) === '1';
  } catch {
    return false;
  }
}

/** Remembers that this scope has saved work, so that the next start waits for it. */
export function rememberSaved(scope: string): void {
  try {
    window.localStorage.setItem(hintKey(scope), '1');
  } catch {
    // Without the hint the next start draws the bundled country first: harmless.
  }
}

/** A flag the gate below waits for; set once, when the page's own data is in the store. */
export function readyFlag(initially: boolean) {
  let ready = initially;
  const listeners = new Set<() => void>();
  return {
    get: () => ready,
    set: () => {
      if (ready) return;
      ready = true;
      listeners.forEach((l) => l());
    },
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    /** Resolves once set. */
    whenReady: () =>
      new Promise<void>((ok) => {
        if (ready) ok();
        else listeners.add(ok);
      }),
  };
}

/** Draws the shell (the title bar, no chart) until `ready`, then the app. */
export function StartupGate({
  ready,
  onDrawn,
  children,
}: {
  ready: ReturnType<typeof readyFlag>;
  /** Called once the first screen (shell or app) has been committed to the page. */
  onDrawn: () => void;
  children: ReactNode;
}) {
  const isReady = useSyncExternalStore(ready.subscribe, ready.get, ready.get);
  const lang = useAppState((s) => s.lang);
  useEffect(onDrawn, [onDrawn]);
  if (isReady) return children;
  const t = appMessages[lang];
  return (
    <div className="app" lang={lang} aria-busy="true">
      <header className="app-header">
        <h1 className="app-title">
          {t.title} <span className="app-subtitle">{t.subtitle}</span>
        </h1>
      </header>
    </div>
  );
}
