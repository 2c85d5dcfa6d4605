// What the import review calls each kind of problem (English and Japanese), and each problem in
// Japanese (problem-english.ts has the English). Typed by code: a missing message fails tsc.
import type { ProblemCode, ProblemParams } from '../domain/problem-codes';
import { faultMessages } from './fault-messages';
import { workbookRefusal } from './workbook-refusals';

export type { ProblemParams } from '../domain/problem-codes';
type P = ProblemParams;
const s = (p: P, k: string) => String(p[k] ?? '');

/** What each kind of problem is called where the review groups them (typed by code: a missing name fails tsc). */
export const PROBLEM_KINDS_EN: Readonly<Record<ProblemCode, string>> = {
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
  'thousands-point': 'Scores with a thousands point',
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
export const PROBLEM_KINDS_JA: Readonly<Record<ProblemCode, string>> = {
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
  'thousands-point': '桁区切りの点があるスコア',
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

/** Why a JSON workspace is not valid (ProblemParams.reason of 'bad-json'). */
const BAD_JSON_JA: Readonly<Record<string, string>> = {
  'no-matrices': '"matrices"のリストがありません',
  'no-country': '国がひとつもありません',
  'versions-not-list': '"versions"がリストではありません',
};

/** A problem in Japanese. */
export function jaProblem(code: ProblemCode, p: P): string {
  const m: { readonly [K in ProblemCode]: () => string } = {
    empty: () => 'ファイルが空です',
    binary: () =>
      'テキストファイルではありません（バイナリデータを含みます）。表計算ソフトからCSVとして書き出してください',
    'too-large': () =>
      `ファイルが${s(p, 'mb')} MBあります。上限は${s(p, 'limit')} MBです。国ごとにファイルを分けてください`,
    unreadable: () =>
      p.url === undefined
        ? `ファイルを読めませんでした：${s(p, 'message')}`
        : `${s(p, 'url')}を読み込めませんでした：${p.status !== undefined ? `サーバーの応答は${s(p, 'status')} ${s(p, 'statusText')}でした`.trim() : p.page !== undefined ? 'サーバーが送ってきたのはCSVファイルではなくウェブページです（アドレスは正しいですか？）' : s(p, 'message')}`,
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
    'extra-fields': () =>
      `この行の項目は${s(p, 'fields')}個ですが、見出し（${s(p, 'headerLine')}行目）は${s(p, 'width')}個です。区切り文字を含む値は二重引用符で囲んでください`,
    'missing-score': () =>
      `スコアの項目がありません。この行の項目は${s(p, 'fields')}個ですが、見出し（${s(p, 'headerLine')}行目）は${s(p, 'width')}個です（関与なしはスコアを空欄にし、区切り文字は残してください）`,
    'unlisted-cells': () =>
      `${s(p, 'n')}個のセルがファイルにありません（どの行にも書かれていません）。${s(p, 'as') === 'unknown' ? '不明' : '関与なし（空欄）'}として読み込みます`,
    'provenance-line': () =>
      `「${s(p, 'text')}」は${({ title: '見出しより上の表題', trailer: '最後の行の後の文', note: '注記の行' } as Record<string, string>)[s(p, 'as')] ?? ''}で、データの行ではありません。国の${s(p, 'kept') === 'source' ? '出典' : 'メモ'}として保持しました`,
    'bad-json': () =>
      p.file === undefined
        ? `JSONワークスペースファイルが壊れています：${s(p, 'message')}`
        : `JSONワークスペースファイル${s(p, 'file')}が正しくありません：${BAD_JSON_JA[s(p, 'reason')] ?? s(p, 'message')}`,
    ...jaScoreProblems(p),
    ...jaWorkbookProblems(p),
    'bad-json-value': () => {
      const say = (faultMessages.ja as Record<string, ((f: object) => string) | undefined>)[s(p, 'reason')];
      const { value, n, limit, other } = p;
      return `${s(p, 'path')}：${say ? say({ value, n, limit, other }) : s(p, 'reason')}`;
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
  return m[code]();
}

/** The problems of a score written so that it could be read two ways, in Japanese. */
function jaScoreProblems(p: P): {
  readonly [K in 'comma-decimal' | 'thousands-point' | 'score-notation']: () => string;
} {
  return {
    'comma-decimal': () =>
      `「${s(p, 'value')}」は小数点にカンマを使っていますが、カンマ区切りのファイルでは区切り文字と見分けられません。小数点はピリオドにするか、タブかセミコロン区切りで保存してください`,
    'thousands-point': () =>
      `「${s(p, 'value')}」はセミコロン区切りのファイルでは桁区切りとも読めるため（「1.000」は千）、あいまいです。スコアは1や7,5のようにそのまま書いてください`,
    'score-notation': () =>
      `「${s(p, 'value')}」は指数表記か＋記号付きで書かれています。スコアは0〜10の普通の数値で書いてください`,
  };
}

/** The problems of Excel workbooks (#20), in Japanese. */
function jaWorkbookProblems(p: P): { readonly [K in Extract<ProblemCode, `xlsx-${string}`>]: () => string } {
  return {
    'xlsx-refused': () =>
      p.limit === undefined || p.why !== undefined
        ? `ブックを読めませんでした：${workbookRefusal('ja', p) ?? s(p, 'message')}`
        : `シートが${s(p, 'rows')}行×${s(p, 'columns')}列あり、上限の${s(p, 'limit')}セルを超えるため読み込みませんでした`,
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
  };
}
