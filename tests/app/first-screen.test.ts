// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FIRST_SCREEN_CHECK,
  keepPrerendered,
  NOT_PRERENDERED_CLASS,
  PRERENDERED_ATTR,
} from '../../src/app/first-screen';
import { rememberLang, rememberSaved, saveScope } from '../../src/app/startup-shell';
import { createAppStore } from '../../src/state/store';
import { rememberOptionsPanel } from '../../src/app/remember-options';
import { buildStandaloneHtml } from '../../src/views/present/standalone-html';

/** Runs index.html's inline check as the browser would, with `wide` as the window's media queries. */
function runCheck(width = 1400, languages: readonly string[] = ['en-US']): boolean {
  vi.stubGlobal('matchMedia', (q: string) => {
    const [, kind, px] = /\((max|min)-width: (\d+)px\)/.exec(q)!;
    return { matches: kind === 'max' ? width <= Number(px) : width >= Number(px) };
  });
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  document.documentElement.classList.remove(NOT_PRERENDERED_CLASS);
  // It is a string because index.html runs it inline: run it as the page does.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function(FIRST_SCREEN_CHECK)();
  return !document.documentElement.classList.contains(NOT_PRERENDERED_CLASS);
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
  document.documentElement.classList.remove(NOT_PRERENDERED_CLASS);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the inline first-screen check', () => {
  it('lets the prerendered screen paint on a fresh English start in a wide window', () => {
    expect(runCheck()).toBe(true);
    rememberLang('en');
    expect(runCheck(1100, ['ja-JP'])).toBe(true);
  });

  it('hides it when saved work will be read (the hint main.tsx reads)', () => {
    rememberSaved(saveScope(undefined));
    expect(runCheck()).toBe(false);
  });

  it('hides it for Japanese, chosen or the browser’s', () => {
    expect(runCheck(1400, ['ja'])).toBe(false);
    rememberLang('ja');
    expect(runCheck()).toBe(false);
  });

  it('hides it when the address says anything (?data=, view parameters, a hash)', () => {
    history.replaceState(null, '', '/?data=https://example.org/a.csv');
    expect(runCheck()).toBe(false);
    history.replaceState(null, '', '/#x');
    expect(runCheck()).toBe(false);
  });

  it('hides it when the options panel was left closed, as rememberOptionsPanel restores it', () => {
    const store = createAppStore();
    rememberOptionsPanel(store, () => localStorage);
    store.getState().setOptionsOpen(false);
    expect(runCheck()).toBe(false);
  });

  it('hides it below 1100 px, where the heatmap is drawn compact (HeatmapView) or options go to a sheet', () => {
    expect(runCheck(1099)).toBe(false);
    expect(runCheck(800)).toBe(false);
  });

  it('hides it when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(runCheck()).toBe(false);
  });
});

describe('keepPrerendered', () => {
  const rootWith = (html: string, prerendered: boolean) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    if (prerendered) root.setAttribute(PRERENDERED_ATTR, '');
    if (prerendered) root.setAttribute('inert', '');
    return root;
  };

  it('keeps it when the check passed and the store is the first screen’s', () => {
    const root = rootWith('<div class="app"><svg></svg></div>', true);
    expect(keepPrerendered(document, root, true)).toBe(true);
    expect(root.querySelector('svg')).not.toBeNull();
  });

  it('otherwise puts back the start-up shell (no chart) and shows the page again', () => {
    document.documentElement.classList.add(NOT_PRERENDERED_CLASS);
    const root = rootWith('<div class="app"><svg></svg></div>', true);
    expect(keepPrerendered(document, root, true)).toBe(false);
    expect(root.querySelector('svg')).toBeNull();
    expect(root.textContent).toBe('X.1060');
    expect(root.hasAttribute(PRERENDERED_ATTR)).toBe(false);
    expect(root.hasAttribute('inert')).toBe(false);
    expect(document.documentElement.classList.contains(NOT_PRERENDERED_CLASS)).toBe(false);
    expect(keepPrerendered(document, rootWith('<svg></svg>', true), false)).toBe(false);
  });
});

describe('a saved standalone file', () => {
  it('never carries the prerendered screen of the bundled country, nor the check’s verdict', () => {
    const template =
      `<!doctype html>\n<html lang="en" class="${NOT_PRERENDERED_CLASS}"><head></head><body>\n` +
      `<div id="root" ${PRERENDERED_ATTR}="" inert=""><div class="app"><div><svg><rect></rect></svg></div></div></div>\n` +
      '<noscript>x</noscript>\n</body></html>';
    const html = buildStandaloneHtml(template, { version: 1, workspace: { matrices: [] }, deck: [], search: '' });
    expect(html).toContain('<div id="root"></div>\n<noscript>');
    expect(html).not.toContain('<rect');
    expect(html).toContain('<html lang="en">');
  });
});
