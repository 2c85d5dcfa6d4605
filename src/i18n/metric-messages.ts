import type { Lang } from '../domain/display-options';
import { DEFINITION_GROUPS, type DefinitionGroupId } from '../domain/metrics/definitions';
import type { CountryMetricId } from '../domain/metrics/metric-values';
import { compareMessages } from './compare-messages';
import { defineMessages } from './define-messages';
import { METRIC_DEFINITIONS } from './metric-definitions';

/** The titles of the groups of metric definitions (how unknowns are treated is labelled by compareMessages.unknowns). */
export const metricMessages = defineMessages({
  en: {
    groupRow: 'Per row (service or category)',
    groupCountry: 'Per country',
    groupPair: 'Per pair of countries',
    groupMarks: 'Difference and absent cells',
  },
  ja: {
    groupRow: '行ごと（サービスまたはカテゴリ）',
    groupCountry: '国ごと',
    groupPair: '2か国の組ごと',
    groupMarks: '差分と「表にない」セル',
  },
});

const GROUP_KEY = {
  row: 'groupRow',
  country: 'groupCountry',
  pair: 'groupPair',
  marks: 'groupMarks',
} as const satisfies Record<DefinitionGroupId, keyof (typeof metricMessages)['en']>;

/** A group of definitions' title. */
export function groupTitle(lang: Lang, id: DefinitionGroupId): string {
  return metricMessages[lang][GROUP_KEY[id]];
}

/** Column headings of the comparison table and the noun phrases summary lines use. */
export const COUNTRY_METRIC_NAMES: Record<
  Lang,
  Record<CountryMetricId, { readonly short: string; readonly phrase: string }>
> = {
  en: {
    coverage: { short: 'Coverage', phrase: 'coverage' },
    meanPlayers: { short: 'Players per row', phrase: 'mean number of players per row' },
    distinctPlayers: { short: 'Distinct players', phrase: 'number of distinct players' },
    meanHhi: { short: 'Mean concentration (HHI)', phrase: 'concentration' },
    governmentShare: { short: 'Government share', phrase: 'government share' },
    lawEnforcementShare: { short: 'Law-enforcement share', phrase: 'law-enforcement share' },
    privateShare: { short: 'Private-sector share', phrase: 'private-sector share' },
    academiaShare: { short: 'Academia share', phrase: 'academia share' },
    otherShare: { short: 'Other share', phrase: 'share of other stakeholders' },
    ncscShare: { short: 'National-agency (NCSC) share', phrase: 'national-agency share' },
    technicalPrivateShare: {
      short: 'Private share of technical work (B\u2060–\u2060G)',
      phrase: 'private share of technical work',
    },
    gaps: { short: 'Gaps', phrase: 'number of gaps' },
    singlePoints: { short: 'Single points of failure', phrase: 'number of single points of failure' },
  },
  ja: {
    coverage: { short: 'カバー率', phrase: 'カバー率' },
    meanPlayers: { short: '行あたりのプレイヤー数', phrase: '行あたりのプレイヤー数' },
    distinctPlayers: { short: 'プレイヤーの数', phrase: 'プレイヤーの数' },
    meanHhi: { short: '平均集中度（HHI）', phrase: '集中度' },
    governmentShare: { short: '政府の比率', phrase: '政府の比率' },
    lawEnforcementShare: { short: '法執行の比率', phrase: '法執行の比率' },
    privateShare: { short: '民間の比率', phrase: '民間の比率' },
    academiaShare: { short: '学術の比率', phrase: '学術の比率' },
    otherShare: { short: 'その他の比率', phrase: 'その他の比率' },
    ncscShare: { short: '国家機関（NCSC）の比率', phrase: '国家機関の比率' },
    technicalPrivateShare: { short: '技術的業務（B\u2060〜\u2060G）の民間比率', phrase: '技術的業務の民間比率' },
    gaps: { short: '担い手なし', phrase: '担い手なしの行数' },
    singlePoints: { short: '単一障害点', phrase: '単一障害点の数' },
  },
};

/** The definitions as Markdown, for the README (the view renders the same text). */
export function metricDefinitionsMarkdown(lang: Lang): string {
  return DEFINITION_GROUPS.map((g) => {
    const items = g.terms.map((id) => {
      const d = METRIC_DEFINITIONS[lang][id];
      return `- **${d.name}**: ${d.definition} *${compareMessages[lang].unknowns}:* ${d.unknowns}`;
    });
    return [`#### ${groupTitle(lang, g.id)}`, '', ...items].join('\n');
  }).join('\n\n');
}
