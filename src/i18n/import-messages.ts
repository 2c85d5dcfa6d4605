import type { ProblemCode } from '../domain/problem-codes';
import { defineMessages } from './define-messages';
import { faultMessages } from './fault-messages';

type P = Readonly<Record<string, string | number>>;
const s = (p: P, k: string) => String(p[k] ?? '');

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
    problem: (code: ProblemCode | '', p: P, fallback: string) => fallback || code || s(p, ''),
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
    exportedJson: (n: number) => `${n}か国をJSONワークスペース（x1060-workspace.json）として書き出しました。`,
    reviewStillOpen: '確認中のファイルを先に読み込むかキャンセルしてください。新しいファイルは読み込まれていません。',
    where: (line?: number, col?: number, letter?: string, name?: string, sheet?: string) =>
      sheet !== undefined
        ? `シート「${sheet}」${line !== undefined && letter ? `のセル${letter}${line}${name ? `（${name}）` : ''}` : line !== undefined ? `の${line}行目` : ''}`
        : `${line !== undefined ? `${line}行目` : ''}${line !== undefined && col !== undefined ? '、' : ''}${col !== undefined ? `${col}列目（${letter}${name ? `、${name}` : ''}）` : ''}`,
    problem: (code: ProblemCode | '', p: P, fallback: string) => (code ? jaProblem(code, p) : undefined) ?? fallback,
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

/** What each kind of problem is called where the review groups them (typed by code: a missing name fails tsc). */
const PROBLEM_KINDS_EN: Readonly<Record<ProblemCode, string>> = {
  empty: 'Empty file',
  binary: 'Not a text file',
  'too-large': 'File too large',
  unreadable: 'File could not be read',
  'unclosed-quote': 'Unclosed quotes',
  parse: 'Unreadable lines',
  'not-a-score': 'Text where a score belongs',
  'out-of-range': 'Scores outside 0–10',
  'ragged-row': 'Rows with missing cells',
  'beyond-header': 'Values under no heading',
  'no-label': 'Rows without a label',
  'duplicate-row': 'Repeated rows',
  'duplicate-stakeholder': 'Repeated stakeholders',
  'duplicate-cell': 'Cells given twice',
  'empty-service': 'Empty services',
  'empty-stakeholder': 'Empty stakeholders',
  'no-header': 'No header',
  'no-stakeholder': 'No stakeholder',
  'no-scores': 'No scores',
  'custom-stakeholder': 'Custom stakeholders',
  'totals-row': 'Totals rows skipped',
  'totals-column': 'Totals columns skipped',
  'description-column': 'Description columns',
  'ignored-column': 'Columns not imported',
  'group-heading': 'Group headings',
  'bad-json': 'Broken JSON workspace',
  'link-stalled': 'Link abandoned',
  'link-too-large': 'Link too large',
  'link-type': 'Not a CSV file',
  'encoding-guess': 'Text encoding guessed',
  'encoding-mixed': 'Bytes that are not UTF-8',
  'too-many-columns': 'Too many columns',
  'bad-json-value': 'Values refused in a JSON workspace',
  'more-errors': 'More errors',
  'comma-decimal': 'Decimal commas',
  'score-notation': 'Scores with an exponent or a plus sign',
  'extra-fields': 'Rows with extra fields',
  'missing-score': 'Rows without a score field',
  'unlisted-cells': 'Cells the file leaves out',
  'provenance-line': 'Title and note lines',
  'xlsx-refused': 'Workbook refused',
  'xlsx-no-sheets': 'No sheet with data',
  'xlsx-links': 'Links to other workbooks',
  'xlsx-not-read': 'Sheets not read',
  'xlsx-no-value': 'Formulas without a saved value',
  'xlsx-formula-error': 'Formulas giving an error',
  'xlsx-band': 'Bands of group headings',
  'xlsx-unplaced-note': 'Notes on no score cell',
};
const PROBLEM_KINDS_JA: Readonly<Record<ProblemCode, string>> = {
  empty: '空のファイル',
  binary: 'テキストではないファイル',
  'too-large': '大きすぎるファイル',
  unreadable: '読めないファイル',
  'unclosed-quote': '閉じていない引用符',
  parse: '読めない行',
  'not-a-score': 'スコアの位置にある文字',
  'out-of-range': '0〜10の範囲外のスコア',
  'ragged-row': 'セルが欠けた行',
  'beyond-header': '見出しのない列の値',
  'no-label': '名前のない行',
  'duplicate-row': '重複した行',
  'duplicate-stakeholder': '重複したステークホルダー',
  'duplicate-cell': '2回指定されたセル',
  'empty-service': '空のサービス',
  'empty-stakeholder': '空のステークホルダー',
  'no-header': '見出しがない',
  'no-stakeholder': 'ステークホルダーがない',
  'no-scores': 'スコアがない',
  'custom-stakeholder': '独自のステークホルダー',
  'totals-row': '読み飛ばした合計の行',
  'totals-column': '読み飛ばした合計の列',
  'description-column': '説明の列',
  'ignored-column': '読み込まない列',
  'group-heading': 'グループ見出し',
  'bad-json': '正しくないJSONワークスペース',
  'link-stalled': '中止したリンク',
  'link-too-large': '大きすぎるリンク先',
  'link-type': 'CSVではないリンク先',
  'encoding-guess': '推測した文字コード',
  'encoding-mixed': 'UTF-8ではないバイト',
  'too-many-columns': '多すぎる列',
  'bad-json-value': 'JSONワークスペースの受け付けない値',
  'more-errors': 'ほかのエラー',
  'comma-decimal': '小数点のカンマ',
  'score-notation': '指数表記や＋記号のスコア',
  'extra-fields': '項目が多すぎる行',
  'missing-score': 'スコアの項目がない行',
  'unlisted-cells': 'ファイルにないセル',
  'provenance-line': '表題や注記の行',
  'xlsx-refused': '読み込めないブック',
  'xlsx-no-sheets': 'データのあるシートがない',
  'xlsx-links': 'ほかのブックへのリンク',
  'xlsx-not-read': '読み込まないシート',
  'xlsx-no-value': '保存された値のない数式',
  'xlsx-formula-error': 'エラーになる数式',
  'xlsx-band': 'グループ見出しの帯',
  'xlsx-unplaced-note': 'スコアのセルにないメモ',
};

/** A problem in Japanese; undefined (the English is shown) only where its parameters cannot be worded. */
function jaProblem(code: ProblemCode, p: P): string | undefined {
  const m: { readonly [K in ProblemCode]: () => string | undefined } = {
    empty: () => 'ファイルが空です',
    binary: () =>
      'テキストファイルではありません（バイナリデータを含みます）。表計算ソフトからCSVとして書き出してください',
    'too-large': () =>
      `ファイルが${s(p, 'mb')} MBあります。上限は${s(p, 'limit')} MBです。国ごとにファイルを分けてください`,
    unreadable: () => `ファイルを読めませんでした：${s(p, 'message')}`,
    'unclosed-quote': () => '引用符で囲まれた値が閉じていません。余分な二重引用符（"）がないか確認してください',
    parse: () => `この行を読めませんでした（${s(p, 'message')}）。区切り文字と二重引用符（"）を確認してください`,
    'not-a-score': () =>
      `「${s(p, 'value')}」はスコアではありません。0〜10の数値、関与なしは空欄、不明はNAとしてください`,
    'out-of-range': () => `スコア${s(p, 'value')}は0〜10の範囲外です`,
    'ragged-row': () =>
      `この行のセルは${s(p, 'cells')}個ですが、見出し（${s(p, 'headerLine')}行目）は${s(p, 'width')}個です。セルか区切り文字が欠けています`,
    'beyond-header': () =>
      `値「${s(p, 'value')}」が、見出し（${s(p, 'headerLine')}行目）にステークホルダー名のない列にあります`,
    'no-label': () => 'この行にはスコアがありますが、行の名前（D-2などのX.1060の番号か名前）がありません',
    'duplicate-row': () => `行「${s(p, 'label')}」は${s(p, 'firstLine')}行目と重複しています`,
    'duplicate-stakeholder': () => `ステークホルダー「${s(p, 'name')}」が2回あります（${s(p, 'other')}列目にも）`,
    'duplicate-cell': () =>
      `${s(p, 'country')} / ${s(p, 'service')} / ${s(p, 'stakeholder')} は${s(p, 'firstLine')}行目ですでに指定されています`,
    'empty-service': () => 'サービスが空です。D-2などのX.1060の番号か行の名前を入れてください',
    'empty-stakeholder': () => 'ステークホルダーが空です',
    'no-header': () => 'スコアの最初の行より上に、ステークホルダー名の見出し行が見つかりません',
    'no-stakeholder': () => '見出しにステークホルダーがありません',
    'no-scores': () => 'スコアが見つかりません。見出しはありますがデータ行がありません',
    'custom-stakeholder': () =>
      `「${s(p, 'name')}」は標準のステークホルダー種別ではないため、独自のステークホルダーとして保持します`,
    'totals-row': () => `「${s(p, 'name')}」は合計の行のようなので読み飛ばしました（合計はアプリが計算します）`,
    'totals-column': () => `「${s(p, 'name')}」は合計の列のようなので読み飛ばしました（合計はアプリが計算します）`,
    'description-column': () => `列「${s(p, 'name')}」はスコアではなくサービス名なので、説明として扱い読み込みません`,
    'ignored-column': () => `列「${s(p, 'name')}」はロング形式の列ではないため読み込みません`,
    'group-heading': () => `行の名前より左の文字はグループ見出しとして扱い、データにはしません：${s(p, 'texts')}`,
    'comma-decimal': () =>
      `「${s(p, 'value')}」は小数点にカンマを使っていますが、カンマ区切りのファイルでは区切り文字と見分けられません。小数点はピリオドにするか、タブかセミコロン区切りで保存してください`,
    'score-notation': () =>
      `「${s(p, 'value')}」は指数表記か＋記号付きで書かれています。スコアは0〜10の普通の数値で書いてください`,
    'extra-fields': () =>
      `この行の項目は${s(p, 'fields')}個ですが、見出し（${s(p, 'headerLine')}行目）は${s(p, 'width')}個です。区切り文字を含む値は二重引用符で囲んでください`,
    'missing-score': () =>
      `スコアの項目がありません。この行の項目は${s(p, 'fields')}個ですが、見出し（${s(p, 'headerLine')}行目）は${s(p, 'width')}個です（関与なしはスコアを空欄にし、区切り文字は残してください）`,
    'unlisted-cells': () =>
      `${s(p, 'n')}個のセルがファイルにありません（どの行にも書かれていません）。${s(p, 'as') === 'unknown' ? '不明' : '関与なし（空欄）'}として読み込みます`,
    'provenance-line': () =>
      `「${s(p, 'text')}」は${({ title: '見出しより上の表題', trailer: '最後の行の後の文', note: '注記の行' } as Record<string, string>)[s(p, 'as')] ?? ''}で、データの行ではありません。国の${s(p, 'kept') === 'source' ? '出典' : 'メモ'}として保持しました`,
    'bad-json': () => `JSONワークスペースファイルが正しくありません：${s(p, 'message')}`,
    'xlsx-refused': () => `ブックを読めませんでした：${s(p, 'message')}`,
    'xlsx-no-sheets': () => 'ブックにデータのあるシートがありません',
    'xlsx-links': () =>
      `ブックはほかのブック${s(p, 'n')}個にリンクしています。リンク先は読まず、Excelが数式とともに保存した値を読みました`,
    'xlsx-not-read': () => `読み込まなかったシート（空のシート、グラフ）：${s(p, 'names')}`,
    'xlsx-no-value': () =>
      `数式 =${s(p, 'formula')} に保存された値がありません。Excel（またはLibreOffice）でブックを開いて計算させ、保存し直してください`,
    'xlsx-formula-error': () => `数式がエラー ${s(p, 'value')} になっています`,
    'xlsx-band': () =>
      `${s(p, 'row')}行目はステークホルダーの上に結合したグループ見出しの帯（${s(p, 'texts')}）で、データではないため読み込みません`,
    'xlsx-unplaced-note': () => `${s(p, 'cell')}のメモはスコアのセルにないため、国のメモとして保持しました`,
    'bad-json-value': () => {
      const say = (faultMessages.ja as Record<string, ((f: object) => string) | undefined>)[s(p, 'reason')];
      if (!say) return undefined;
      const { value, n, limit, other } = p;
      return `${s(p, 'path')}：${say({ value, n, limit, other })}`;
    },
    'too-many-columns': () =>
      `この行の列は${s(p, 'cells')}個あり、上限の${s(p, 'limit')}個を超えています。ファイルを分けるか、ロング形式（1セル1行）にしてください`,
    'encoding-guess': () =>
      `文字コードは${s(p, 'encoding')}か${s(p, 'other')}かの推測です（どちらでもほぼ同じように読めます）。${s(p, 'encoding')}として読みました。名前がおかしい場合は「文字コード」で${s(p, 'other')}を選んでください`,
    'encoding-mixed': () =>
      `ファイルはUTF-8ですが、${s(p, 'lines')}行目にUTF-8ではないバイトが${s(p, 'n')}個あり、Windows-1252として読みました（${s(p, 'chars')}）。その行を確認するか、「文字コード」で別の文字コードを選んでください`,
    'link-stalled': () =>
      `${s(p, 'url')}を読み込めませんでした：${s(p, 'seconds')}秒間データが届かなかったため（受信済み${s(p, 'bytes')}バイト）、読み込みを中止しました`,
    'link-too-large': () =>
      `${s(p, 'url')}を読み込めませんでした：ファイルが上限の${s(p, 'limit')} MBを超えたため、ダウンロードを中止しました`,
    'link-type': () =>
      `${s(p, 'url')}を読み込めませんでした：サーバーが送ってきたのはCSVファイルではなく${s(p, 'type')}です（アドレスは正しいですか？）`,
    'more-errors': () =>
      p.stoppedAt === undefined
        ? `…ほかに${s(p, 'n')}件のエラー`
        : Number(p.n) > 0
          ? `…ほかに${s(p, 'n')}件以上のエラー（エラーが${s(p, 'max')}件を超えたため、${s(p, 'stoppedAt')}行目から先は読んでいません）`
          : `エラーが${s(p, 'max')}件を超えたため、${s(p, 'stoppedAt')}行目から先は読んでいません。ファイル全体を読めないため読み込めません`,
  };
  return m[code]?.();
}
