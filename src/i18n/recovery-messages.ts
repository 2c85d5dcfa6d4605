import { defineMessages } from './define-messages';

/** Messages shown when a part of the app could not be drawn (the error boundaries). */
export const recoveryMessages = defineMessages({
  en: {
    heading: (part: string) => `The ${part} could not be drawn`,
    help: 'Something in the data or in the display choices made it fail. The rest of the app still works: export the workspace to keep your data, then reset this view or choose another country.',
    whatFailed: 'What failed:',
    exportJson: 'Export workspace (JSON)',
    reset: 'Reset this view',
    alert: (part: string, message: string) => `The ${part} could not be drawn: ${message}`,
    exportFailed: (message: string) => `The workspace could not be exported: ${message}`,
    heatmap: 'Heatmap view',
    sankey: 'Sankey view',
    compare: 'Compare view',
    editor: 'Edit view',
    present: 'presenter',
    deck: 'deck',
    review: 'import review',
    app: 'app',
  },
  ja: {
    heading: (part: string) => `${part}を表示できませんでした`,
    help: 'データか表示設定の中に表示できないものがあります。アプリのほかの部分はそのまま使えます。ワークスペースを書き出してデータを保存してから、この表示をリセットするか、ほかの国を選んでください。',
    whatFailed: '失敗した内容：',
    exportJson: 'ワークスペースを書き出す（JSON）',
    reset: 'この表示をリセット',
    alert: (part: string, message: string) => `${part}を表示できませんでした：${message}`,
    exportFailed: (message: string) => `ワークスペースを書き出せませんでした：${message}`,
    heatmap: 'ヒートマップ',
    sankey: 'サンキー図',
    compare: '比較',
    editor: '編集',
    present: 'プレゼンテーション',
    deck: 'デッキ',
    review: '読み込みの確認',
    app: 'アプリ',
  },
});
