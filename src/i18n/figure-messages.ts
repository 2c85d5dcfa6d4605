import { defineMessages } from './define-messages';

/** The words a figure's source lines and the citation use. */
export const figureMessages = defineMessages({
  en: {
    /** One country's part of the source line: "Japan: NISC survey, 2026-04". */
    countrySource: (country: string, source: string | undefined, date: string | undefined) =>
      `${country}: ${source ?? 'source not given'}${date ? `, ${date}` : ''}`,
    sources: (list: string) => `Source: ${list}`,
    listSeparator: '; ',
    nameSeparator: ', ',
    madeWith: (app: string, version: string) => `Made with ${app} ${version}`,
    captionLabel: 'Caption on exports',
    captionHint: 'Printed under the chart and in its SVG and PNG files.',
    howToCite: 'How to cite',
    citation: (app: string, version: string) =>
      `${app}, version ${version} [software]. Data: the source and date printed under each chart.`,
  },
  ja: {
    countrySource: (country: string, source: string | undefined, date: string | undefined) =>
      `${country}：${source ?? '出典の記載なし'}${date ? `、${date}` : ''}`,
    sources: (list: string) => `出典：${list}`,
    listSeparator: '／',
    nameSeparator: '、',
    madeWith: (app: string, version: string) => `作成：${app} ${version}`,
    captionLabel: '書き出す図の説明文',
    captionHint: '図の下と、そのSVG・PNGファイルに入ります。',
    howToCite: '引用のしかた',
    citation: (app: string, version: string) =>
      `${app}（バージョン ${version}、ソフトウェア）。データ：各図の下に記載の出典と日付。`,
  },
});
