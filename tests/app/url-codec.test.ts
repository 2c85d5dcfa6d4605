import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, URL_PARAMS, type UrlViewState } from '../../src/app/url-codec';
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
        '&hm.rows=stakeholder%3Anational-csirt&hm.cols=sector&hm.hideRows=A&hm.hideCols=isac%2Cacademia&hm.marginal=none&hm.threshold=4.5&hm.color=brackets&hm.brackets=2%2C5%2C8&hm.table=1',
    );
    expect(decodeUrlState(search)).toEqual(custom);
  });

  it('keeps every ?data= link, in order, and replaces only its own parameters', () => {
    const base = '?data=a.csv&view=compare&data=https%3A%2F%2Fx.org%2Fb.csv&other=1';
    const search = encodeUrlState({ ...DEFAULT_URL_STATE, country: 'user:a' }, base);
    expect(search).toBe('?data=a.csv&data=https%3A%2F%2Fx.org%2Fb.csv&other=1&country=user%3Aa');
    expect(new URLSearchParams(search).getAll('data')).toEqual(['a.csv', 'https://x.org/b.csv']);
    expect(URL_PARAMS).not.toContain('data');
  });

  it('falls back to the default for unknown or invalid values, never throwing', () => {
    const u = decodeUrlState('?view=nope&lang=fr&palette=rainbow&theme=x&hm.threshold=11&hm.brackets=1,x&hm.rows=random&hm.table=yes&hm.cols=sector');
    expect(u).toEqual({ ...DEFAULT_URL_STATE, heatmap: { ...DEFAULT_URL_STATE.heatmap, columnSort: 'sector' } });
    expect(decodeUrlState('?hm.threshold=').heatmap.threshold).toBe(0);
  });
});

describe('connect-src for ?data= links', () => {
  it('keeps list items whole when a custom key holds a comma or a percent sign', () => {
    const heatmap = { ...DEFAULT_URL_STATE.heatmap, expanded: ['custom:Foo, Bar', 'D'], hiddenRows: ['custom:50%, more'], hiddenColumns: ['custom:a,b', 'ncsc'] };
    const back = decodeUrlState(encodeUrlState({ ...DEFAULT_URL_STATE, heatmap }));
    expect([back.heatmap.expanded, back.heatmap.hiddenRows, back.heatmap.hiddenColumns]).toEqual([heatmap.expanded, heatmap.hiddenRows, heatmap.hiddenColumns]);
    // Links written before items were encoded still read, as do hand-made ones with a stray %.
    expect(decodeUrlState('?hm.expanded=D,F&hm.hideRows=custom%3A5%25zz').heatmap).toMatchObject({ expanded: ['D', 'F'], hiddenRows: ['custom:5%zz'] });
  });

  it("allows 'self' plus the other origins of the data links only", () => {
    const page = 'https://app.example/x/index.html';
    expect(connectSrcFor('', page)).toBe("'self'");
    expect(connectSrcFor('?data=rel.csv&data=https://app.example/y.csv', page)).toBe("'self'");
    expect(connectSrcFor('?data=https://data.gov.example/jp.csv&data=http://10.0.0.1:8080/a.csv&data=https://data.gov.example/us.csv', page)).toBe(
      "'self' https://data.gov.example http://10.0.0.1:8080",
    );
    expect(connectSrcFor('?data=javascript:alert(1)&data=file:///etc/passwd&data=http://[bad', page)).toBe("'self'");
  });
});
