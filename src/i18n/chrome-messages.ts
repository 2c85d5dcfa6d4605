import { defineMessages } from './define-messages';

/** Messages of the app's chrome: the compact app bar, export menus, view-options panel and sheet. */
export const chromeMessages = defineMessages({
  en: {
    moreExports: 'More exports',
    dismissMessage: 'Close this message',
    dismissAlert: 'Close this error message',
    exportChart: 'Export chart',
    viewOptions: 'View options',
    closeOptions: 'Close',
    chartRegion: (title: string) => `${title} (scrolls sideways)`,
  },
  ja: {
    moreExports: 'その他の書き出し',
    dismissMessage: 'このメッセージを閉じる',
    dismissAlert: 'このエラーメッセージを閉じる',
    exportChart: '図を書き出す',
    viewOptions: '表示の設定',
    closeOptions: '閉じる',
    chartRegion: (title: string) => `${title}（横にスクロールできます）`,
  },
});
