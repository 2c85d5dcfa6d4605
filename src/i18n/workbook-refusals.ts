// Why a workbook was refused whole (the 'xlsx-refused' problem's `why`), in English and Japanese.
import type { ProblemParams, WorkbookRefusal } from '../domain/problem-codes';

type Words = { readonly [K in WorkbookRefusal]: (p: ProblemParams) => string };

const s = (p: ProblemParams, k: string) => String(p[k] ?? '');
const count = (p: ProblemParams, k: string) => Number(p[k] ?? 0).toLocaleString('en');

const EN: Words = {
  'not-zip': () => 'the file is not a complete workbook (no zip directory)',
  zip64: () => 'the workbook is a zip64 file',
  'too-many-parts': (p) => `the workbook has ${s(p, 'count')} parts; the limit is ${s(p, 'limit')}`,
  'directory-damaged': () => 'the workbook’s zip directory is damaged',
  'part-damaged': (p) =>
    p.detail === undefined
      ? `the part ${s(p, 'name')} is damaged`
      : `the part ${s(p, 'name')} is damaged (${s(p, 'detail')})`,
  'part-method': (p) => `the part ${s(p, 'name')} uses compression method ${s(p, 'method')}`,
  'part-size': (p) => `the part ${s(p, 'name')} is damaged (it is not the size or content its directory declares)`,
  'unpacks-too-big': (p) => `the workbook unpacks to more than ${s(p, 'mb')} MB (at ${s(p, 'name')}): it was not read`,
  'not-workbook': () => 'the file is a zip archive but not an Excel workbook (.xlsx)',
  'too-many-sheets': (p) => `the workbook has more than ${count(p, 'limit')} sheets: it was not read`,
  'too-many-strings': (p) =>
    `the workbook's shared-strings table has more than ${count(p, 'limit')} entries: it was not read`,
  'too-many-cells': (p) => `the workbook has more than ${count(p, 'limit')} cells with values: it was not read`,
  'xml-attribute-unquoted': (p) => `an attribute of ${s(p, 'element')} is not quoted`,
  'xml-attribute-open': (p) => `an attribute of ${s(p, 'element')} is not closed`,
  'xml-cdata-open': () => 'a CDATA section is not closed',
  'xml-comment-open': () => 'a comment is not closed',
  'xml-doctype': () => 'a document type declaration is not allowed in a workbook',
  'xml-tag-open': () => 'a tag is not closed',
};

const JA: Words = {
  'not-zip': () => 'ファイルが完全なブックではありません（zipのディレクトリがありません）',
  zip64: () => 'ブックがzip64形式です',
  'too-many-parts': (p) => `ブックに${s(p, 'count')}個のパーツがあり、上限の${s(p, 'limit')}を超えています`,
  'directory-damaged': () => 'ブックのzipディレクトリが壊れています',
  'part-damaged': (p) =>
    p.detail === undefined
      ? `パーツ ${s(p, 'name')} が壊れています`
      : `パーツ ${s(p, 'name')} が壊れています（${s(p, 'detail')}）`,
  'part-method': (p) => `パーツ ${s(p, 'name')} が未対応の圧縮方式 ${s(p, 'method')} を使っています`,
  'part-size': (p) => `パーツ ${s(p, 'name')} が壊れています（ディレクトリが示すサイズや内容と一致しません）`,
  'unpacks-too-big': (p) =>
    `ブックを展開すると${s(p, 'mb')} MBを超えるため（${s(p, 'name')}の時点で）読み込みませんでした`,
  'not-workbook': () => 'ファイルはzipアーカイブですが、Excelブック（.xlsx）ではありません',
  'too-many-sheets': (p) => `ブックのシートが${count(p, 'limit')}を超えるため読み込みませんでした`,
  'too-many-strings': (p) => `ブックの共有文字列が${count(p, 'limit')}件を超えるため読み込みませんでした`,
  'too-many-cells': (p) => `値のあるセルが${count(p, 'limit')}個を超えるため読み込みませんでした`,
  'xml-attribute-unquoted': (p) => `${s(p, 'element')} の属性が引用符で囲まれていません`,
  'xml-attribute-open': (p) => `${s(p, 'element')} の属性が閉じられていません`,
  'xml-cdata-open': () => 'CDATAセクションが閉じられていません',
  'xml-comment-open': () => 'コメントが閉じられていません',
  'xml-doctype': () => 'ブックに文書型宣言（DOCTYPE）は使えません',
  'xml-tag-open': () => 'タグが閉じられていません',
};

/** Why a workbook was refused, in the language; undefined when the problem carries no known reason. */
export function workbookRefusal(lang: 'en' | 'ja', p: ProblemParams): string | undefined {
  const words = lang === 'ja' ? JA : EN;
  const why = p.why;
  return typeof why === 'string' && why in words ? words[why as WorkbookRefusal](p) : undefined;
}
