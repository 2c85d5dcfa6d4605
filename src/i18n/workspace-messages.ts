import { defineMessages } from './define-messages';

/** Messages about the workspace as a whole: restore, storage, copies of bundled countries. */
export const workspaceMessages = defineMessages({
  en: {
    restored: (n: number) =>
      `Restored your workspace from this browser: ${n} ${n === 1 ? 'country' : 'countries'} of your own.`,
    storageWarning:
      'Your changes cannot be saved in this browser (storage is full, blocked, or in private browsing). They will be lost when this tab closes: use Export CSV to keep them.',
    bundledCopy: (country: string, copy: string) =>
      `${country} is a bundled dataset and is never changed: your edits are in a copy, “${copy}”.`,
    editedName: (country: string) => `${country} (edited)`,
    copyName: (country: string) => `${country} (copy)`,
    newCountry: 'New country',
    fromOtherTab: (added: readonly string[], changed: readonly string[], removed: readonly string[]) =>
      [
        'From another tab:',
        added.length ? `added ${added.join(', ')};` : '',
        changed.length ? `changed ${changed.join(', ')};` : '',
        removed.length ? `removed ${removed.join(', ')};` : '',
      ]
        .filter(Boolean)
        .join(' ')
        .replace(/;$/, '.'),
    conflictKept: (country: string, cells: string) =>
      `Another tab also changed ${country} (${cells}): your values here are kept, and that tab is told.`,
    overridden: (country: string, cells: string) =>
      `Another tab changed ${country} after you: ${cells}. Its values are kept; undo there to go back.`,
    revived: (country: string) =>
      `${country} was removed in another tab while you changed it here: your changes keep it.`,
    keptByOther: (country: string) =>
      `${country}, which you removed, is back: another tab was still changing it. Remove it again if you mean to (its last version is in History).`,
    removedChanged: (country: string) =>
      `${country} had been changed in another tab before you removed it here; Undo brings it back.`,
    collision: (from: string, to: string) =>
      `Another tab made a different “${from}” at the same time: this one is now “${to}”.`,
    setAside: (n: number, reasons: string) =>
      `${n} saved ${n === 1 ? 'item' : 'items'} could not be read and ${n === 1 ? 'was' : 'were'} set aside (not deleted): ${reasons}. The rest of your work is here; use Export workspace (JSON) to keep it.`,
    savedInApp: 'Your work is saved in this browser as you type and shared by every tab of this app.',
    savedInFile:
      'This standalone file keeps its work in this browser, apart from the hosted app and other saved files; save it as standalone HTML again to carry it elsewhere.',
    renamedUnique: (asked: string, got: string) =>
      `Another country is already called “${asked}”: this one is now “${got}”, so that an export can be imported again.`,
  },
  ja: {
    restored: (n: number) => `このブラウザに保存された作業を復元しました（自分の国：${n}）。`,
    storageWarning:
      'このブラウザでは変更を保存できません（容量不足、ブロック、またはプライベートブラウズ）。このタブを閉じると失われます。CSVを書き出して保存してください。',
    bundledCopy: (country: string, copy: string) =>
      `${country}は同梱データのため変更されません。編集は「${copy}」というコピーに保存されます。`,
    editedName: (country: string) => `${country}（編集）`,
    copyName: (country: string) => `${country}（コピー）`,
    newCountry: '新しい国',
    fromOtherTab: (added: readonly string[], changed: readonly string[], removed: readonly string[]) =>
      [
        '別のタブで',
        added.length ? `${added.join('、')}を追加` : '',
        changed.length ? `${changed.join('、')}を変更` : '',
        removed.length ? `${removed.join('、')}を削除` : '',
      ]
        .filter(Boolean)
        .join('、')
        .replace('別のタブで、', '別のタブで') + 'しました。',
    conflictKept: (country: string, cells: string) =>
      `別のタブでも${country}（${cells}）が変更されました。このタブの値を残し、そのタブに知らせます。`,
    overridden: (country: string, cells: string) =>
      `あなたの後に別のタブが${country}を変更しました：${cells}。そのタブの値を残します。戻すにはそのタブで元に戻してください。`,
    revived: (country: string) => `${country}は別のタブで削除されましたが、このタブで変更されたため残しました。`,
    keptByOther: (country: string) =>
      `削除した${country}が戻りました。別のタブでまだ変更されていたためです。削除するなら、もう一度削除してください（最後の版は履歴にあります）。`,
    removedChanged: (country: string) =>
      `${country}は削除する前に別のタブで変更されていました。元に戻すと復元できます。`,
    collision: (from: string, to: string) =>
      `別のタブで同時に別の「${from}」が作られました。こちらは「${to}」になりました。`,
    setAside: (n: number, reasons: string) =>
      `保存データのうち${n}件を読み込めなかったため、削除せずに別に保管しました（${reasons}）。ほかの作業はそのままです。残すにはワークスペース（JSON）を書き出してください。`,
    savedInApp: '作業は入力するたびにこのブラウザーに保存され、このアプリのすべてのタブで共有されます。',
    savedInFile:
      'このスタンドアロンファイルの作業は、ホストされたアプリやほかの保存ファイルとは別に、このブラウザーに保存されます。持ち出すには、もう一度スタンドアロンHTMLとして保存してください。',
    renamedUnique: (asked: string, got: string) =>
      `「${asked}」という国はすでにあります。書き出したデータを再び読み込めるよう、この国の名前を「${got}」にしました。`,
  },
});
