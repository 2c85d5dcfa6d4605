import { defineMessages } from './define-messages';

/** Messages about the workspace as a whole: restore, storage, copies of bundled countries. */
export const workspaceMessages = defineMessages({
  en: {
    restored: (n: number) => `Restored your workspace from this browser: ${n} ${n === 1 ? 'country' : 'countries'} of your own.`,
    storageWarning: 'Your changes cannot be saved in this browser (storage is full, blocked, or in private browsing). They will be lost when this tab closes: use Export CSV to keep them.',
    bundledCopy: (country: string, copy: string) => `${country} is a bundled dataset and is never changed: your edits are in a copy, “${copy}”.`,
    editedName: (country: string) => `${country} (edited)`,
    copyName: (country: string) => `${country} (copy)`,
    newCountry: 'New country',
    renamedUnique: (asked: string, got: string) => `Another country is already called “${asked}”: this one is now “${got}”, so that an export can be imported again.`,
  },
  ja: {
    restored: (n: number) => `このブラウザに保存された作業を復元しました（自分の国：${n}）。`,
    storageWarning: 'このブラウザでは変更を保存できません（容量不足、ブロック、またはプライベートブラウズ）。このタブを閉じると失われます。CSVを書き出して保存してください。',
    bundledCopy: (country: string, copy: string) => `${country}は同梱データのため変更されません。編集は「${copy}」というコピーに保存されます。`,
    editedName: (country: string) => `${country}（編集）`,
    copyName: (country: string) => `${country}（コピー）`,
    newCountry: '新しい国',
    renamedUnique: (asked: string, got: string) => `「${asked}」という国はすでにあります。書き出したデータを再び読み込めるよう、この国の名前を「${got}」にしました。`,
  },
});
