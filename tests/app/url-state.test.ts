import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncUrlState } from '../../src/app/url-state';
import { addMatrices, EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { loadBundledMatrices } from '../../src/io/bundled-datasets';
import { createAppStore, type AppStore } from '../../src/state/store';

let store: AppStore;
let stop: () => void;

beforeEach(() => {
  window.history.replaceState(null, '', '/app/?data=a.csv&country=bundled%3Asingapore.csv&palette=greys');
  store = createAppStore();
  store.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
  stop = syncUrlState(store);
});
afterEach(() => stop());

const popTo = (search: string) => {
  window.history.replaceState(null, '', `/app/${search}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

describe('syncUrlState', () => {
  it('applies the link at start-up and keeps ?data= first', () => {
    expect(store.getState().selectedId).toBe('bundled:singapore.csv');
    expect(store.getState().palette).toBe('greys');
    expect(window.location.search).toBe('?data=a.csv&country=bundled%3Asingapore.csv&palette=greys');
  });

  it('pushes a history entry for a new country or view, and replaces it for option changes', () => {
    const before = window.history.length;
    store.getState().setHeatmap({ threshold: 3 });
    expect(window.history.length).toBe(before);
    expect(new URLSearchParams(window.location.search).get('hm.threshold')).toBe('3');
    store.getState().select('bundled:japan.csv');
    expect(window.history.length).toBe(before + 1);
    store.getState().setView('compare');
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?data=a.csv&view=compare&country=bundled%3Ajapan.csv&palette=greys&hm.threshold=3');
  });

  it('puts a history entry back into the store on popstate, without pushing', () => {
    const before = window.history.length;
    popTo('?data=a.csv&view=sankey&country=bundled%3Aunited-states.csv&lang=ja');
    const s = store.getState();
    expect([s.view, s.selectedId, s.lang, s.palette, s.heatmap.threshold]).toEqual(['sankey', 'bundled:united-states.csv', 'ja', 'ylgnbu', 0]);
    expect(window.history.length).toBe(before);
  });

  it('ignores a country that is not loaded', () => {
    popTo('?country=user%3ANowhere');
    expect(store.getState().selectedId).toBe('bundled:singapore.csv');
  });

  it('opens on the view a standalone file was saved on unless the address names a country', () => {
    stop();
    window.history.replaceState(null, '', '/app/x1060-roles.html');
    stop = syncUrlState(store, window, '?view=sankey&country=bundled%3Ajapan.csv');
    expect([store.getState().view, store.getState().selectedId]).toEqual(['sankey', 'bundled:japan.csv']);
  });
});
