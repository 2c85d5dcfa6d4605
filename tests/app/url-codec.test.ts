import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  decodeUrlState,
  encodeUrlState,
  URL_PARAMS,
  type UrlViewState,
} from '../../src/app/url-codec';
import { connectSrcFor } from '../../src/app/url-state';

const custom: UrlViewState = {
  view: 'sankey',
  country: 'user:Kenya (2)',
  lang: 'ja',
  palette: 'projector',
  theme: 'dark',
  heatmap: {
    ...DEFAULT_URL_STATE.heatmap,
    granularity: 'category',
    rollup: 'mean',
    expanded: ['D', 'F'],
    rowSort: 'stakeholder:national-csirt',
    columnSort: 'sector',
    hiddenRows: ['A'],
    hiddenColumns: ['isac', 'academia'],
    marginal: 'none',
    threshold: 4.5,
    colorMode: 'brackets',
    brackets: [2, 5, 8],
    showTable: true,
  },
  sankey: {
    sankeyDirection: 'reverse',
    sankeyOrder: 'flow',
    sankeyMinScore: 2.5,
    sankeyNormalise: true,
    sankeyColorBy: 'sector',
    sankeyShowSectors: true,
    sankeyCompareId: 'bundled:japan.csv',
    sankeyShowTable: true,
  },
  compare: {
    compareIds: ['bundled:japan.csv', 'user:Kenya, 2024', 'user:50%'],
    compareThreshold: 7.5,
    diffA: 'user:Kenya, 2024',
    diffB: 'bundled:japan.csv',
    compareSort: { key: 'meanHhi', direction: 'ascending' },
  },
};

describe('url codec', () => {
  it('writes nothing for the defaults and reads the defaults back', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips every option', () => {
    const search = encodeUrlState(custom);
    expect(search).toBe(
      '?view=sankey&country=user%3AKenya+%282%29&lang=ja&palette=projector&theme=dark&hm.granularity=category&hm.rollup=mean&hm.expanded=D%2CF' +
        '&hm.rows=stakeholder%3Anational-csirt&hm.cols=sector&hm.hideRows=A&hm.hideCols=isac%2Cacademia&hm.marginal=none&hm.threshold=4.5&hm.color=brackets&hm.brackets=2%2C5%2C8&hm.table=1' +
        '&sk.direction=reverse&sk.order=flow&sk.min=2.5&sk.normalise=1&sk.color=sector&sk.sectors=1&sk.compare=bundled%3Ajapan.csv&sk.table=1' +
        '&cmp.ids=bundled%253Ajapan.csv%2Cuser%253AKenya%252C%25202024%2Cuser%253A50%2525&cmp.threshold=7.5' +
        '&cmp.diffA=user%3AKenya%2C+2024&cmp.diffB=bundled%3Ajapan.csv&cmp.sort=meanHhi%3Aasc',
    );
    expect(decodeUrlState(search)).toEqual(custom);
  });

  it('round-trips each Sankey and comparison option on its own', () => {
    const one = (patch: Partial<UrlViewState>) => decodeUrlState(encodeUrlState({ ...DEFAULT_URL_STATE, ...patch }));
    for (const [key, value] of Object.entries(custom.sankey)) {
      const sankey = { ...DEFAULT_URL_STATE.sankey, [key]: value };
      expect(one({ sankey }).sankey).toEqual(sankey);
    }
    for (const [key, value] of Object.entries(custom.compare)) {
      const compare = { ...DEFAULT_URL_STATE.compare, [key]: value };
      expect(one({ compare }).compare).toEqual(compare);
    }
    // An empty choice is a choice (no country), not the default (the first three loaded).
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, compare: { ...DEFAULT_URL_STATE.compare, compareIds: [] } })).toBe(
      '?cmp.ids=',
    );
    expect(one({ compare: { ...DEFAULT_URL_STATE.compare, compareIds: [] } }).compare.compareIds).toEqual([]);
    const sort = { ...DEFAULT_URL_STATE.compare, compareSort: { key: 'country', direction: 'descending' } as const };
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, compare: sort })).toBe('?cmp.sort=country%3Adesc');
    expect(one({ compare: sort }).compare).toEqual(sort);
  });

  it('keeps every ?data= link, in order, and replaces only its own parameters', () => {
    const base = '?data=a.csv&view=compare&data=https%3A%2F%2Fx.org%2Fb.csv&other=1';
    const search = encodeUrlState({ ...DEFAULT_URL_STATE, country: 'user:a' }, base);
    expect(search).toBe('?data=a.csv&data=https%3A%2F%2Fx.org%2Fb.csv&other=1&country=user%3Aa');
    expect(new URLSearchParams(search).getAll('data')).toEqual(['a.csv', 'https://x.org/b.csv']);
    expect(URL_PARAMS).not.toContain('data');
  });

  it('falls back to the default for unknown or invalid values, never throwing', () => {
    const u = decodeUrlState(
      '?view=nope&lang=fr&palette=rainbow&theme=x&hm.threshold=11&hm.brackets=1,x&hm.rows=random&hm.table=yes&hm.cols=sector',
    );
    expect(u).toEqual({ ...DEFAULT_URL_STATE, heatmap: { ...DEFAULT_URL_STATE.heatmap, columnSort: 'sector' } });
    expect(decodeUrlState('?hm.threshold=').heatmap.threshold).toBe(0);
  });

  it('falls back to the default for invalid Sankey and comparison values', () => {
    const bad =
      '?sk.direction=up&sk.order=alpha&sk.min=10.5&sk.normalise=true&sk.color=red&sk.sectors=yes&sk.compare=&sk.table=2' +
      '&cmp.threshold=0.4&cmp.diffA=&cmp.diffB=&cmp.sort=nope%3Aasc';
    expect(decodeUrlState(bad)).toEqual(DEFAULT_URL_STATE);
    for (const t of ['11', '-1', 'x', '', 'Infinity'])
      expect(decodeUrlState(`?cmp.threshold=${t}`).compare.compareThreshold).toBe(5);
    for (const m of ['-0.5', '11', 'abc', '']) expect(decodeUrlState(`?sk.min=${m}`).sankey.sankeyMinScore).toBe(0);
    for (const s of ['coverage', 'coverage:up', 'coverage:asc:x', ':asc', 'gaps:DESC'])
      expect(decodeUrlState(`?cmp.sort=${s}`).compare.compareSort).toBeNull();
    // Bounds are valid; one bad parameter leaves the others alone.
    expect(decodeUrlState('?cmp.threshold=0.5&sk.min=10&sk.order=nope&sk.direction=reverse')).toMatchObject({
      compare: { compareThreshold: 0.5 },
      sankey: { sankeyMinScore: 10, sankeyOrder: 'x1060', sankeyDirection: 'reverse' },
    });
  });
});

describe('connect-src for ?data= links', () => {
  it('keeps list items whole when a custom key holds a comma or a percent sign', () => {
    const heatmap = {
      ...DEFAULT_URL_STATE.heatmap,
      expanded: ['custom:Foo, Bar', 'D'],
      hiddenRows: ['custom:50%, more'],
      hiddenColumns: ['custom:a,b', 'ncsc'],
    };
    const back = decodeUrlState(encodeUrlState({ ...DEFAULT_URL_STATE, heatmap }));
    expect([back.heatmap.expanded, back.heatmap.hiddenRows, back.heatmap.hiddenColumns]).toEqual([
      heatmap.expanded,
      heatmap.hiddenRows,
      heatmap.hiddenColumns,
    ]);
    // Links written before items were encoded still read, as do hand-made ones with a stray %.
    expect(decodeUrlState('?hm.expanded=D,F&hm.hideRows=custom%3A5%25zz').heatmap).toMatchObject({
      expanded: ['D', 'F'],
      hiddenRows: ['custom:5%zz'],
    });
  });

  it('keeps compared country ids whole when they hold commas or percent signs', () => {
    const compareIds = ['user:Kenya, 2024', 'user:a,b,c', 'user:100%', 'bundled:japan.csv'];
    const search = encodeUrlState({ ...DEFAULT_URL_STATE, compare: { ...DEFAULT_URL_STATE.compare, compareIds } });
    expect(new URLSearchParams(search).get('cmp.ids')?.split(',')).toHaveLength(4);
    expect(decodeUrlState(search).compare.compareIds).toEqual(compareIds);
    expect(decodeUrlState('?cmp.ids=user%3Aa,bundled%3Ajapan.csv&cmp.ids=ignored').compare.compareIds).toEqual([
      'user:a',
      'bundled:japan.csv',
    ]);
  });

  it("allows 'self' plus the other origins of the data links only", () => {
    const page = 'https://app.example/x/index.html';
    expect(connectSrcFor('', page)).toBe("'self'");
    expect(connectSrcFor('?data=rel.csv&data=https://app.example/y.csv', page)).toBe("'self'");
    expect(
      connectSrcFor(
        '?data=https://data.gov.example/jp.csv&data=http://10.0.0.1:8080/a.csv&data=https://data.gov.example/us.csv',
        page,
      ),
    ).toBe("'self' https://data.gov.example http://10.0.0.1:8080");
    expect(connectSrcFor('?data=javascript:alert(1)&data=file:///etc/passwd&data=http://[bad', page)).toBe("'self'");
  });
});
