import { defineMessages } from './define-messages';

/** Messages of the app shell: header, toolbar, import/export, announcements. */
export const appMessages = defineMessages({
  en: {
    title: 'X.1060 roles',
    subtitle: 'who delivers which Cyber Defence Centre services',
    country: 'Country',
    language: 'Language',
    importCsv: 'Import CSV…',
    exportCsv: 'Export CSV',
    views: 'Views',
    dropHere: 'Drop CSV files to import them',
    noCountry: 'No country loaded yet. Import a CSV file, or drop one onto this page.',
    exported: (n: number) => `Exported ${n} ${n === 1 ? 'country' : 'countries'} as long CSV (x1060-roles.csv).`,
    loadingLinks: (n: number) => `Loading ${n} linked ${n === 1 ? 'file' : 'files'}…`,
    stillLoadingLinks: (n: number) =>
      `Still loading ${n} linked ${n === 1 ? 'file' : 'files'}: ${n === 1 ? 'it joins' : 'they join'} when ${n === 1 ? 'it arrives' : 'they arrive'}.`,
    startFailed: (why: string) =>
      `Start-up did not finish (${why}). Your changes are still saved in this browser; reload the page to try the links again.`,
  },
  ja: {
    title: 'X.1060 役割分担',
    subtitle: 'サイバーディフェンスセンターの各サービスを誰が担うか',
    country: '国',
    language: '言語',
    importCsv: 'CSVを読み込む…',
    exportCsv: 'CSVを書き出す',
    views: '表示',
    dropHere: 'CSVファイルをここにドロップして読み込む',
    noCountry: 'まだ国が読み込まれていません。CSVファイルを読み込むか、このページにドロップしてください。',
    exported: (n: number) => `${n}か国をロング形式のCSV（x1060-roles.csv）として書き出しました。`,
    loadingLinks: (n: number) => `リンクされた${n}個のファイルを読み込んでいます…`,
    stillLoadingLinks: (n: number) => `リンクされた${n}個のファイルをまだ読み込んでいます。届きしだい追加します。`,
    startFailed: (why: string) =>
      `起動処理を完了できませんでした（${why}）。変更はこのブラウザーに引き続き保存されます。リンクを読み込み直すにはページを再読み込みしてください。`,
  },
});
