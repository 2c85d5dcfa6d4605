import { describe, expect, it } from 'vitest';
import { DEFINITION_GROUPS, DEFINITION_IDS, DEFINITION_OF_METRIC } from '../../src/domain/metrics/definitions';
import { METRIC_DEFINITIONS } from '../../src/i18n/metric-definitions';
import { COUNTRY_METRIC_NAMES, metricDefinitionsMarkdown } from '../../src/i18n/metric-messages';
import { COUNTRY_METRIC_IDS } from '../../src/domain/metrics/metric-values';
import { SUMMARY_METRICS } from '../../src/domain/metrics/summary';

describe('metric definitions', () => {
  it('define every term in English and Japanese, each part non-empty and translated', () => {
    for (const id of DEFINITION_IDS) {
      const [en, ja] = [METRIC_DEFINITIONS.en[id], METRIC_DEFINITIONS.ja[id]];
      for (const part of ['name', 'definition', 'unknowns'] as const) {
        expect(en[part].trim(), `${id}.${part} (en)`).not.toBe('');
        expect(ja[part].trim(), `${id}.${part} (ja)`).not.toBe('');
        expect(ja[part], `${id}.${part} is translated`).not.toBe(en[part]);
      }
      expect(ja.definition, `${id} (ja) is Japanese`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
  it('say how unknowns are treated in every metric', () => {
    for (const id of DEFINITION_IDS) expect(METRIC_DEFINITIONS.en[id].unknowns).toMatch(/unknown|absent|undefined/i);
  });
  it('show every term exactly once in the groups', () => {
    expect(DEFINITION_GROUPS.flatMap((g) => g.terms).sort()).toEqual([...DEFINITION_IDS].sort());
  });
  it('name and define every column of the comparison table', () => {
    for (const id of COUNTRY_METRIC_IDS) {
      expect(DEFINITION_IDS).toContain(DEFINITION_OF_METRIC[id]);
      expect(COUNTRY_METRIC_NAMES.en[id].short).not.toBe('');
      expect(COUNTRY_METRIC_NAMES.ja[id].short).not.toBe(COUNTRY_METRIC_NAMES.en[id].short);
    }
  });
  it('state the HHI formula and the summary order as the code uses them', () => {
    expect(METRIC_DEFINITIONS.en.hhi.definition).toContain('Σ (sᵢ / S)²');
    const order = METRIC_DEFINITIONS.en.summary.definition;
    const positions = SUMMARY_METRICS.map((id) =>
      order.indexOf(COUNTRY_METRIC_NAMES.en[id].phrase.replace(/^number of /, '')),
    );
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
  it('render as Markdown for the README with every name', () => {
    const md = metricDefinitionsMarkdown('en');
    for (const id of DEFINITION_IDS) expect(md).toContain(`**${METRIC_DEFINITIONS.en[id].name}**`);
    expect(md).toContain('#### Per country');
    expect(metricDefinitionsMarkdown('ja')).toContain('#### 国ごと');
  });
});
