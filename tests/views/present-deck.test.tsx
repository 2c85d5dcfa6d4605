// @vitest-environment jsdom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { partializePresent, snapshotSlide } from '../../src/state/present-slice';
import { createAppStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { PresenterMode } from '../../src/views/present/PresenterMode';
import {
  buildStandaloneHtml,
  readEmbeddedWorkspace,
  standaloneFileName,
} from '../../src/views/present/standalone-html';
import { deckActionFor } from '../../src/views/present/use-deck-keys';

function loadedStore() {
  const store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
  return store;
}

describe('the deck (present-slice)', () => {
  it('keeps the difference pair the Compare view shows, even when A or B is not among the compared countries', () => {
    const store = loadedStore();
    const ids = store.getState().workspace.matrices.map((m) => m.id); // Japan, United States, Singapore
    store.getState().setCompareIds([ids[0]!, ids[1]!]);
    store.getState().setDiffPair(ids[2]!, ids[0]!);
    expect(snapshotSlide(store.getState(), 'difference')).toMatchObject({
      kind: 'difference',
      countryIds: [ids[2], ids[0]],
      options: { diffA: ids[2], diffB: ids[0] },
    });
    // No choice made: the first two compared countries, as the view shows them.
    store.getState().setDiffPair(null, null);
    expect(snapshotSlide(store.getState(), 'difference')).toMatchObject({ countryIds: [ids[0], ids[1]] });
    // One country loaded: there is no difference to add.
    store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices().slice(0, 1)).workspace);
    expect(snapshotSlide(store.getState(), 'difference')).toBeUndefined();
  });

  it('adds frozen snapshots, moves and removes slides, and persists only the deck', () => {
    const store = loadedStore();
    const s = store.getState();
    s.setHeatmap({ threshold: 6 });
    const a = s.addSlide(snapshotSlide(store.getState())!);
    store.getState().select('bundled:singapore.csv');
    store.getState().setView('sankey');
    const b = s.addSlide(snapshotSlide(store.getState())!);
    store.getState().setHeatmap({ threshold: 0 });
    const deck = store.getState().deck;
    expect(deck.map((d) => [d.id, d.kind])).toEqual([
      [a, 'heatmap'],
      [b, 'sankey'],
    ]);
    expect(deck[0]).toMatchObject({ countryId: 'bundled:japan.csv', palette: 'ylgnbu', options: { threshold: 6 } });
    expect(deck[1]).toMatchObject({ countryId: 'bundled:singapore.csv', options: { sankeyDirection: 'forward' } });
    s.moveSlide(b, -5);
    expect(store.getState().deck.map((d) => d.id)).toEqual([b, a]);
    s.removeSlide(b);
    expect(store.getState().deck.map((d) => d.id)).toEqual([a]);
    expect(s.addSlide(snapshotSlide(store.getState(), 'compare')!)).not.toBe(a);
    expect(Object.keys(partializePresent(store.getState()))).toEqual(['deck']);
  });

  it('has nothing to snapshot before a country is loaded', () => {
    expect(snapshotSlide(createAppStore().getState())).toBeUndefined();
  });
});

describe('presenter keys', () => {
  const key = (k: string, shiftKey = false) =>
    deckActionFor({ key: k, shiftKey, altKey: false, ctrlKey: false, metaKey: false });
  it('maps arrows, space, Page Up/Down (a clicker), Home/End and Escape', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].map((k) => key(k))).toEqual(Array(5).fill('next'));
    expect(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].map((k) => key(k))).toEqual(Array(4).fill('previous'));
    expect([key(' ', true), key('Home'), key('End'), key('Escape'), key('a')]).toEqual([
      'previous',
      'first',
      'last',
      'exit',
      undefined,
    ]);
  });

  it('steps through the deck in PresenterMode and leaves on Escape', () => {
    const store = loadedStore();
    store.getState().addSlide(snapshotSlide(store.getState())!);
    store.getState().select('bundled:united-states.csv');
    store.getState().addSlide(snapshotSlide(store.getState())!);
    store.getState().setPresenting(true);
    render(
      <StoreProvider store={store}>
        <PresenterMode />
      </StoreProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Japan — division of X.1060 roles');
    act(() => void fireEvent.keyDown(window, { key: 'PageDown' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('United States — division of X.1060 roles');
    expect(screen.getByText('Slide 2 of 2')).toBeTruthy();
    act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }));
    expect(store.getState().slideIndex).toBe(1);
    act(() => void fireEvent.keyDown(window, { key: 'ArrowLeft' }));
    expect(store.getState().slideIndex).toBe(0);
    act(() => void fireEvent.keyDown(window, { key: 'Escape' }));
    expect(store.getState().presenting).toBe(false);
  });
});

describe('standalone HTML', () => {
  const template =
    '<!doctype html>\n<html><head><meta data-x1060-runtime="" http-equiv="Content-Security-Policy" content="connect-src \'self\'"><script type="module">app()</script></head><body><div id="root"></div></body></html>';
  const data = { version: 1 as const, workspace: { matrices: [] }, deck: [], search: 'country=user%3AX' };

  it('embeds the data once, escaped so that no name can end the block, and reads it back', () => {
    const evil = { ...data, search: '</script><script>window.pwned=1</script>\u2028' };
    const html = buildStandaloneHtml(buildStandaloneHtml(template, data), evil);
    expect(html.match(/x1060-workspace/g)).toHaveLength(1);
    expect(html).not.toContain('data-x1060-runtime');
    expect(html).not.toContain('<script>window');
    expect(html.endsWith('</script></body></html>')).toBe(true);
    document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
    expect(readEmbeddedWorkspace(document)).toEqual(evil);
    document.body.innerHTML = '<script type="application/json" id="x1060-workspace">{"version":2}</script>';
    expect(readEmbeddedWorkspace(document)).toBeUndefined();
  });

  it('names the file after the country, safely', () => {
    expect(standaloneFileName('Japan')).toBe('Japan - x1060-roles.html');
    expect(standaloneFileName('a/b:<c>')).toBe('a_b__c_ - x1060-roles.html');
    expect(standaloneFileName(undefined)).toBe('x1060-roles.html');
  });
});

describe('text is never markup', () => {
  it('no source file renders HTML from strings', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const offenders = files('src').filter(
      (f) =>
        /\.(tsx?|ts)$/.test(f) &&
        /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
