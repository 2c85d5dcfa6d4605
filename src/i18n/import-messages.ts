import type { ProblemCode, ProblemFacts } from '../domain/problem-codes';
import { defineMessages } from './define-messages';
import { PROBLEMS_EN } from './problem-english';
import { jaProblem, PROBLEM_KINDS_EN, PROBLEM_KINDS_JA } from './problem-texts';

/** Messages of the import review, progress and export choices. */
export const importMessages = defineMessages({
  en: {
    reviewTitle: 'Check before importing',
    pastedTitle: 'Check the pasted cells before importing',
    import: 'Import',
    cancel: 'Cancel',
    close: 'Close',
    reading: (file: string, i: number, n: number) => `Reading ${file}${n > 1 ? ` (file ${i + 1} of ${n})` : ''}…`,
    progressLabel: 'Reading progress',
    stopReading: 'Stop reading',
    fileOk: 'Ready to import',
    fileBlocked: 'Cannot be imported: fix the errors below in your spreadsheet and try again',
    format: 'Format',
    formats: (f: string) =>
      ({
        long: 'long (one line per cell)',
        wide: 'wide (one row per service)',
        json: 'JSON workspace',
        none: 'not recognised',
      })[f] ?? f,
    encoding: 'Text encoding',
    encodingAuto: (e: string) => `Detected: ${e}`,
    delimiter: 'Separator',
    delimiters: (d: string) => ({ ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' })[d] ?? d,
    countries: 'Countries',
    rows: 'Rows (all countries together)',
    stakeholders: 'Stakeholders',
    colon: ': ',
    listSeparator: ', ',
    countriesMore: (n: number) => ` … (${n.toLocaleString('en')} in all)`,
    headersTitle: 'How each stakeholder column was understood',
    headersTitleLong: 'How each stakeholder name was understood',
    headerColumn: 'Column',
    headerName: 'Heading in the file',
    headerNameLong: 'Name in the file',
    headerAs: 'Read as',
    asCustom: 'Custom stakeholder (kept under its own name)',
    asIgnored: 'Ignore this column',
    asDescription: 'Service names (description, not scores)',
    asTotal: 'Totals (skipped)',
    readAs: (name: string) => `Read "${name}" as`,
    problemsTitle: (e: number, w: number, atLeast = false) =>
      `${atLeast ? 'At least ' : ''}${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}`,
    noProblems: 'No problems found.',
    error: 'Error',
    warning: 'Warning',
    conflictsTitle: 'Already loaded',
    namesTitle: 'Import under these names',
    nameOf: (country: string) => `Name for "${country}"`,
    namesHelp: 'Leave a name as it is to keep it; pasted cells without a country column arrive as "Pasted".',
    conflictQuestion: (c: string) => `"${c}" is already loaded. What should happen?`,
    replace: 'Replace it',
    keepBoth: 'Keep both (the new one is renamed)',
    skip: 'Do not import this country',
    bundledNote: 'A bundled dataset cannot be replaced.',
    conflictAll: (n: number) => `All ${n} countries already loaded`,
    conflictMixed: 'As chosen for each',
    conflictAllHelp: 'Bundled datasets are never replaced: with "Replace it" they are kept beside.',
    conflictsMore: (n: number) => `… and ${n} more, which follow the choice for all.`,
    summary: (ok: number, bad: number) =>
      `${ok} ${ok === 1 ? 'file' : 'files'} ready${bad ? `, ${bad} cannot be imported and will be skipped` : ''}.`,
    unlistedQuestion: (n: number) =>
      `${n.toLocaleString('en')} ${n === 1 ? 'cell is' : 'cells are'} not in the file (no line gives ${n === 1 ? 'it' : 'them'}). Read ${n === 1 ? 'it' : 'them'} as`,
    unlistedBlank: 'Not involved (blank)',
    unlistedUnknown: 'Unknown',
    exportWide: 'Export wide CSV',
    exportJson: 'Export workspace (JSON)',
    exportedWide: (c: string, f: string) => `Exported ${c} as wide CSV (${f}).`,
    fileExportFailed: (f: string, message: string) => `${f} could not be written: ${message}`,
    exportedJson: (n: number) =>
      `Exported ${n} ${n === 1 ? 'country' : 'countries'} as a JSON workspace (x1060-workspace.json).`,
    reviewStillOpen: 'Finish or cancel the files under review first; the new files were not read.',
    where: (line?: number, col?: number, letter?: string, name?: string, sheet?: string) =>
      sheet !== undefined
        ? `sheet "${sheet}"${line !== undefined && letter ? `, cell ${letter}${line}${name ? ` (${name})` : ''}` : line !== undefined ? `, row ${line}` : ''}`
        : [
            line !== undefined ? `line ${line}` : '',
            col !== undefined ? `column ${col} (${letter}${name ? `, ${name}` : ''})` : '',
          ]
            .filter(Boolean)
            .join(', '),
    /** What a problem is (the live regions and scripts read this): "the file is empty". */
    problem: (p: ProblemFacts) => `${p.notImported ? 'not imported: ' : ''}${PROBLEMS_EN[p.code](p.params)}`,
    /** Where and what: "line 5, column 3 (C, PSIRT): …". */
    problemAt: (where: string, what: string) => (where ? `${where}: ${what}` : what),
    problemGroup: (error: boolean, code: ProblemCode | '', n: number) =>
      `${(code ? PROBLEM_KINDS_EN[code] : undefined) ?? (error ? 'Other errors' : 'Other warnings')} (${n.toLocaleString('en')})`,
    showMoreProblems: (n: number, left: number) =>
      `Show ${n.toLocaleString('en')} more (${left.toLocaleString('en')} not shown)`,
    headersRest: (n: number, custom: number, ignored: number, standard: number) =>
      `… and ${n.toLocaleString('en')} more, not listed one by one: ${[custom ? `${custom.toLocaleString('en')} read as custom stakeholders` : '', ignored ? `${ignored.toLocaleString('en')} ignored` : '', standard ? `${standard.toLocaleString('en')} read as standard types or skipped` : ''].filter(Boolean).join(', ')}.`,
    restAs: (n: number) => `Read the other ${n.toLocaleString('en')} custom stakeholders as`,
    restMixed: 'As chosen for each',
  },
  ja: {
    reviewTitle: '読み込む前に確認',
    pastedTitle: '貼り付けたセルを読み込む前に確認',
    import: '読み込む',
    cancel: 'キャンセル',
    close: '閉じる',
    reading: (file: string, i: number, n: number) =>
      `${file}を読み込んでいます${n > 1 ? `（${n}個中${i + 1}個目）` : ''}…`,
    progressLabel: '読み込みの進み具合',
    stopReading: '読み込みを中止',
    fileOk: '読み込めます',
    fileBlocked: '読み込めません：下のエラーを表計算ソフトで直してから、もう一度お試しください',
    format: '形式',
    formats: (f: string) =>
      ({
        long: 'ロング形式（1セル1行）',
        wide: 'ワイド形式（1サービス1行）',
        json: 'JSONワークスペース',
        none: '認識できません',
      })[f] ?? f,
    encoding: '文字コード',
    encodingAuto: (e: string) => `自動判定：${e}`,
    delimiter: '区切り文字',
    delimiters: (d: string) => ({ ',': 'カンマ', ';': 'セミコロン', '\t': 'タブ', '|': '縦棒' })[d] ?? d,
    countries: '国',
    rows: '行数（全ての国の合計）',
    stakeholders: 'ステークホルダー',
    colon: '：',
    listSeparator: '、',
    countriesMore: (n: number) => `…（計${n.toLocaleString('ja')}か国）`,
    headersTitle: 'ステークホルダー列の解釈',
    headersTitleLong: 'ステークホルダー名の解釈',
    headerColumn: '列',
    headerName: 'ファイル内の見出し',
    headerNameLong: 'ファイル内の名前',
    headerAs: '解釈',
    asCustom: '独自のステークホルダー（名前のまま保持）',
    asIgnored: 'この列を無視する',
    asDescription: 'サービス名（説明。スコアではない）',
    asTotal: '合計（読み飛ばし）',
    readAs: (name: string) => `「${name}」の解釈`,
    problemsTitle: (e: number, w: number, atLeast = false) => `エラー${e}件${atLeast ? '以上' : ''}、警告${w}件`,
    noProblems: '問題は見つかりませんでした。',
    error: 'エラー',
    warning: '警告',
    conflictsTitle: '読み込み済みの国',
    namesTitle: '読み込むときの国名',
    nameOf: (country: string) => `「${country}」の名前`,
    namesHelp: 'そのままにすると読み取った名前を使います。国の列がない貼り付けには、ここで国名を付けてください。',
    conflictQuestion: (c: string) => `「${c}」はすでに読み込まれています。どうしますか？`,
    replace: '置き換える',
    keepBoth: '両方残す（新しい方の名前を変える）',
    skip: 'この国は読み込まない',
    bundledNote: '同梱のデータセットは置き換えられません。',
    conflictAll: (n: number) => `読み込み済みの${n}か国すべて`,
    conflictMixed: '国ごとに選択',
    conflictAllHelp: '同梱のデータセットは置き換えません。「置き換える」を選んでも両方残します。',
    conflictsMore: (n: number) => `…ほか${n}か国（すべての国への選択に従います）。`,
    summary: (ok: number, bad: number) =>
      `読み込めるファイル：${ok}件${bad ? `。読み込めないファイル：${bad}件（読み飛ばします）` : ''}。`,
    unlistedQuestion: (n: number) =>
      `${n.toLocaleString('ja')}個のセルがファイルにありません（どの行にも書かれていません）。次のように読み込みます`,
    unlistedBlank: '関与なし（空欄）',
    unlistedUnknown: '不明',
    exportWide: 'ワイド形式のCSVを書き出す',
    exportJson: 'ワークスペースを書き出す（JSON）',
    exportedWide: (c: string, f: string) => `${c}をワイド形式のCSV（${f}）として書き出しました。`,
    fileExportFailed: (f: string, message: string) => `${f}を書き出せませんでした：${message}`,
    exportedJson: (n: number) => `${n}か国をJSONワークスペース（x1060-workspace.json）として書き出しました。`,
    reviewStillOpen: '確認中のファイルを先に読み込むかキャンセルしてください。新しいファイルは読み込まれていません。',
    where: (line?: number, col?: number, letter?: string, name?: string, sheet?: string) =>
      sheet !== undefined
        ? `シート「${sheet}」${line !== undefined && letter ? `のセル${letter}${line}${name ? `（${name}）` : ''}` : line !== undefined ? `の${line}行目` : ''}`
        : `${line !== undefined ? `${line}行目` : ''}${line !== undefined && col !== undefined ? '、' : ''}${col !== undefined ? `${col}列目（${letter}${name ? `、${name}` : ''}）` : ''}`,
    problem: (p: ProblemFacts) => `${p.notImported ? '読み込みませんでした：' : ''}${jaProblem(p.code, p.params)}`,
    problemAt: (where: string, what: string) => (where ? `${where}：${what}` : what),
    problemGroup: (error: boolean, code: ProblemCode | '', n: number) =>
      `${(code ? PROBLEM_KINDS_JA[code] : undefined) ?? (error ? 'その他のエラー' : 'その他の警告')}（${n.toLocaleString('ja')}件）`,
    showMoreProblems: (n: number, left: number) =>
      `さらに${n.toLocaleString('ja')}件表示（未表示${left.toLocaleString('ja')}件）`,
    headersRest: (n: number, custom: number, ignored: number, standard: number) =>
      `…ほか${n.toLocaleString('ja')}件（個別には表示しません）：${[custom ? `独自のステークホルダー${custom.toLocaleString('ja')}件` : '', ignored ? `無視${ignored.toLocaleString('ja')}件` : '', standard ? `標準の種別または読み飛ばし${standard.toLocaleString('ja')}件` : ''].filter(Boolean).join('、')}。`,
    restAs: (n: number) => `残りの独自のステークホルダー${n.toLocaleString('ja')}件の解釈`,
    restMixed: '個別に選択',
  },
});
