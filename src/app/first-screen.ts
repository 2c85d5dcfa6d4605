// The first screen rendered at build time (scripts/vite-plugin-prerender.ts): the heatmap of the first
// bundled country, in English, options open, on a window at least as wide as a laptop's. index.html's
// inline check (FIRST_SCREEN_CHECK) runs before the first paint and hides it when this page's first
// screen would differ; main.tsx then hydrates it, or replaces it with the start-up shell as before.

/** On #root when it holds the prerendered first screen (with `inert`, until it is hydrated). */
export const PRERENDERED_ATTR = 'data-prerendered';

/** On <html> when the prerendered first screen is not this page's: it is never painted (styles.css). */
export const NOT_PRERENDERED_CLASS = 'not-prerendered';

/**
 * index.html's inline head script, run before the first paint. It mirrors what the first render reads:
 * preferredLang() (x1060.lang, else the browser's languages), hasSavedHint(saveScope(undefined)),
 * rememberOptionsPanel (x1060.optionsOpen), the address (?data=, view parameters, a hash) and the media
 * queries of HeatmapView (compact, narrow) and OptionsLayout (side panel), whose prerendered values are
 * their fallbacks. Blocked storage counts as "differs". tests/app/first-screen.test.ts holds it to them.
 */
export const FIRST_SCREEN_CHECK =
  '(function(){var ok=false;try{var s=localStorage,l=location,m=function(q){return matchMedia(q).matches};' +
  "var g=s.getItem('x1060.lang');if(g!=='en'&&g!=='ja')g=(navigator.languages||[]).some(function(x)" +
  "{return x.toLowerCase().indexOf('ja')===0})?'ja':'en';ok=g==='en'&&!l.search&&!l.hash&&" +
  "s.getItem('x1060-roles:saved:app')!=='1'&&s.getItem('x1060.optionsOpen')!=='closed'&&" +
  "!m('(max-width: 1099px)')&&!m('(max-width: 759px)')&&m('(min-width: 900px)')}catch(e){}" +
  `if(!ok)document.documentElement.classList.add('${NOT_PRERENDERED_CLASS}')})()`;

/** The shell index.html showed before the prerender: a title bar, painted until the saved work is read. */
function startupShell(doc: Document): HTMLElement {
  const el = (tag: string, className: string, ...children: (Node | string)[]) => {
    const e = doc.createElement(tag);
    e.className = className;
    e.append(...children);
    return e;
  };
  return el('div', 'app', el('header', 'app-header', el('h1', 'app-title', 'X.1060')));
}

/**
 * Whether #root holds a prerendered first screen that is this page's (the inline check let it be painted).
 * When it is not, puts the start-up shell in its place, as index.html had it, and shows the page again.
 */
export function keepPrerendered(doc: Document, root: HTMLElement, isFirstScreen: boolean): boolean {
  const html = doc.documentElement;
  if (!root.hasAttribute(PRERENDERED_ATTR)) {
    html.classList.remove(NOT_PRERENDERED_CLASS);
    return false;
  }
  if (isFirstScreen && !html.classList.contains(NOT_PRERENDERED_CLASS)) return true;
  root.replaceChildren(startupShell(doc));
  root.removeAttribute(PRERENDERED_ATTR);
  root.removeAttribute('inert');
  html.classList.remove(NOT_PRERENDERED_CLASS);
  return false;
}
