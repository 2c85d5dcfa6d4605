// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE } from '../../src/app/url-codec';
import { syncUrlState, urlStateOf } from '../../src/app/url-state';
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
    expect(window.location.search).toBe(
      '?data=a.csv&view=compare&country=bundled%3Ajapan.csv&palette=greys&hm.threshold=3',
    );
  });

  it('puts a history entry back into the store on popstate, without pushing', () => {
    const before = window.history.length;
    popTo('?data=a.csv&view=sankey&country=bundled%3Aunited-states.csv&lang=ja');
    const s = store.getState();
    expect([s.view, s.selectedId, s.lang, s.palette, s.heatmap.threshold]).toEqual([
      'sankey',
      'bundled:united-states.csv',
      'ja',
      'ylgnbu',
      0,
    ]);
    expect(window.history.length).toBe(before);
  });

  it('ignores a country that is not loaded', () => {
    popTo('?country=user%3ANowhere');
    expect(store.getState().selectedId).toBe('bundled:singapore.csv');
  });

  it('has the same defaults as the store', () => {
    const fresh = urlStateOf(createAppStore().getState());
    expect([fresh.heatmap, fresh.sankey, fresh.compare]).toEqual([
      DEFAULT_URL_STATE.heatmap,
      DEFAULT_URL_STATE.sankey,
      DEFAULT_URL_STATE.compare,
    ]);
  });

  it('writes Sankey and comparison options into the address, replacing the entry', () => {
    const before = window.history.length;
    store.getState().setSankeyDirection('reverse');
    store.getState().setSankeyMinScore(3);
    store.getState().setSankeyCompareId('bundled:japan.csv');
    store.getState().setCompareIds(['bundled:japan.csv', 'bundled:united-states.csv']);
    store.getState().setCompareThreshold(6.5);
    store.getState().sortCompareBy('coverage');
    expect(window.history.length).toBe(before);
    const q = new URLSearchParams(window.location.search);
    expect([
      q.get('sk.direction'),
      q.get('sk.min'),
      q.get('sk.compare'),
      q.get('cmp.threshold'),
      q.get('cmp.sort'),
    ]).toEqual(['reverse', '3', 'bundled:japan.csv', '6.5', 'coverage:desc']);
    expect(q.getAll('data')).toEqual(['a.csv']);
  });

  it('puts Sankey and comparison options back into the store on popstate', () => {
    popTo(
      '?data=a.csv&view=compare&sk.order=flow&sk.normalise=1&sk.compare=bundled%3Ajapan.csv&sk.table=1' +
        '&cmp.ids=bundled%253Ajapan.csv%2Cbundled%253Asingapore.csv&cmp.threshold=8&cmp.diffA=bundled%3Asingapore.csv&cmp.sort=gaps%3Aasc',
    );
    const s = store.getState();
    expect([s.view, s.sankeyOrder, s.sankeyNormalise, s.sankeyCompareId, s.sankeyShowTable, s.sankeyDirection]).toEqual(
      ['compare', 'flow', true, 'bundled:japan.csv', true, 'forward'],
    );
    expect([s.compareIds, s.compareThreshold, s.diffA, s.diffB, s.compareSort]).toEqual([
      ['bundled:japan.csv', 'bundled:singapore.csv'],
      8,
      'bundled:singapore.csv',
      null,
      { key: 'gaps', direction: 'ascending' },
    ]);
    // Back to a plain entry: every option returns to its default.
    popTo('?data=a.csv');
    expect(urlStateOf(store.getState())).toMatchObject({
      sankey: DEFAULT_URL_STATE.sankey,
      compare: DEFAULT_URL_STATE.compare,
    });
  });

  it('ignores compared and Sankey country ids that are not loaded', () => {
    popTo('?sk.compare=bundled%3Ajapan.csv&cmp.ids=bundled%253Ajapan.csv&cmp.diffA=bundled%3Ajapan.csv');
    popTo(
      '?sk.compare=user%3ANowhere&cmp.ids=user%253ANowhere%2Cbundled%253Asingapore.csv%2Cuser%253AGone&cmp.diffA=user%3ANowhere&cmp.diffB=user%3AGone',
    );
    let s = store.getState();
    expect([s.sankeyCompareId, s.compareIds, s.diffA, s.diffB]).toEqual([
      'bundled:japan.csv',
      ['bundled:singapore.csv'],
      'bundled:japan.csv',
      null,
    ]);
    // A list with no loaded id says nothing: the choice stays.
    popTo('?cmp.ids=user%253ANowhere');
    s = store.getState();
    expect(s.compareIds).toEqual(['bundled:singapore.csv']);
  });

  it('opens on the view a standalone file was saved on unless the address names a country', () => {
    stop();
    window.history.replaceState(null, '', '/app/x1060-roles.html');
    stop = syncUrlState(store, window, '?view=sankey&country=bundled%3Ajapan.csv');
    expect([store.getState().view, store.getState().selectedId]).toEqual(['sankey', 'bundled:japan.csv']);
  });
});

describe('syncUrlState after a slow start-up', () => {
  it('keeps a tab and a palette the user chose while start-up was reading, and takes the rest from the link', () => {
    stop();
    window.history.replaceState(null, '', '/app/?country=bundled%3Asingapore.csv&palette=greys&theme=dark');
    const slow = createAppStore();
    const atStart = urlStateOf(slow.getState());
    // While saved work is read, the user clicks Compare and picks another palette.
    slow.getState().setView('compare');
    slow.getState().setPalette('projector');
    slow.getState().loadWorkspace(addMatrices(EMPTY_WORKSPACE, loadBundledMatrices()).workspace);
    stop = syncUrlState(slow, window, undefined, atStart);
    expect(slow.getState().view).toBe('compare');
    expect(slow.getState().palette).toBe('projector');
    // What the user did not touch comes from the link, the country too.
    expect(slow.getState().theme).toBe('dark');
    expect(slow.getState().selectedId).toBe('bundled:singapore.csv');
    expect(new URLSearchParams(window.location.search).get('view')).toBe('compare');
  });
});
