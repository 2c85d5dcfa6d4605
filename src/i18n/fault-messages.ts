import type { FaultParams, MatrixFaultReason } from '../domain/problem-codes';
import { defineMessages } from './define-messages';

const en = (n: number) => n.toLocaleString('en-US');
const num = (n: number) => n.toLocaleString('ja-JP');

/** Why a saved or imported value was refused (see src/io/validate-matrix.ts), in both languages. */
export const faultMessages = defineMessages<Record<MatrixFaultReason, (p: FaultParams) => string>>({
  // In lower case, as errors are written in src/io ("expected text"): they follow a path there.
  en: {
    'expected-object': () => 'expected an object',
    'expected-list': () => 'expected a list',
    'expected-text': () => 'expected text',
    'expected-boolean': () => 'expected true or false',
    'empty-text': () => 'expected text that is not empty',
    'too-long': ({ n = 0, limit = 0 }) => `text of ${en(n)} characters is over the limit of ${en(limit)}`,
    'too-many': ({ n = 0, limit = 0 }) => `${en(n)} entries are over the limit of ${en(limit)}`,
    'too-many-cells': ({ n = 0, limit = 0 }) =>
      `${en(n)} cells (rows × stakeholders) are over the limit of ${en(limit)}`,
    'repeated-key': ({ value = '', other = '' }) => `key ${value} is used twice (also at ${other})`,
    'repeated-id': ({ value = '', other = '' }) => `id ${value} is used twice (also at ${other})`,
    'unknown-x1060': ({ value = '' }) => `${value} is not an X.1060 category or service id`,
    'row-key-mismatch': ({ value = '', other = '' }) => `key ${value} is not the row's X.1060 id ${other}`,
    'custom-row-key': ({ value = '' }) => `key ${value} of a row without an X.1060 id must start with "custom:"`,
    'unknown-type': ({ value = '' }) => `${value} is not a standard stakeholder type`,
    'stakeholder-key-mismatch': ({ value = '', other = '' }) => `key ${value} is not the stakeholder's type ${other}`,
    'custom-stakeholder-key': ({ value = '' }) =>
      `key ${value} of a stakeholder without a standard type must start with "custom:"`,
    'unknown-sector': ({ value = '', other = '' }) => `${value} is not a sector (${other})`,
    'out-of-range': ({ value = '' }) => `score ${value} is outside 0–10`,
    'not-a-score': ({ value = '' }) => `${value} is not a score (a number from 0 to 10, null for blank, or "unknown")`,
    'wrong-row-count': ({ n = 0, limit = 0 }) => `${en(n)} rows of cells, expected ${en(limit)} (one per row)`,
    'wrong-cell-count': ({ n = 0, limit = 0 }) => `${en(n)} cells, expected ${en(limit)} (one per stakeholder)`,
    'unknown-row': ({ value = '' }) => `no row has the key ${value}`,
    'unknown-cell': ({ value = '' }) => `no cell has the key ${value} (a row key, U+0000, then a stakeholder key)`,
    'nul-in-key': () => 'a key may not hold the character U+0000',
    'expected-version': () => 'expected a version',
    'expected-date': () => 'expected a date',
    'expected-kind': ({ value = '' }) => `expected one of ${value}`,
    unreadable: ({ value = '' }) => `could not be read (${value})`,
  },
  ja: {
    'expected-object': () => 'オブジェクトが必要です',
    'expected-list': () => 'リスト（配列）が必要です',
    'expected-text': () => '文字列が必要です',
    'expected-boolean': () => 'true か false が必要です',
    'empty-text': () => '空でない文字列が必要です',
    'too-long': ({ n = 0, limit = 0 }) => `文字列が${num(n)}文字あり、上限の${num(limit)}文字を超えています`,
    'too-many': ({ n = 0, limit = 0 }) => `要素が${num(n)}個あり、上限の${num(limit)}個を超えています`,
    'too-many-cells': ({ n = 0, limit = 0 }) =>
      `セルが${num(n)}個（行 × ステークホルダー）あり、上限の${num(limit)}個を超えています`,
    'repeated-key': ({ value = '', other = '' }) => `キー${value}が重複しています（${other}にもあります）`,
    'repeated-id': ({ value = '', other = '' }) => `ID ${value}が重複しています（${other}にもあります）`,
    'unknown-x1060': ({ value = '' }) => `${value}はX.1060のカテゴリーやサービスの番号ではありません`,
    'row-key-mismatch': ({ value = '', other = '' }) => `キー${value}が、この行のX.1060の番号${other}と一致しません`,
    'custom-row-key': ({ value = '' }) => `X.1060の番号のない行のキー${value}は「custom:」で始まる必要があります`,
    'unknown-type': ({ value = '' }) => `${value}は標準のステークホルダー種別ではありません`,
    'stakeholder-key-mismatch': ({ value = '', other = '' }) =>
      `キー${value}が、このステークホルダーの種別${other}と一致しません`,
    'custom-stakeholder-key': ({ value = '' }) =>
      `標準の種別のないステークホルダーのキー${value}は「custom:」で始まる必要があります`,
    'unknown-sector': ({ value = '', other = '' }) => `${value}はセクターではありません（${other}のいずれか）`,
    'out-of-range': ({ value = '' }) => `スコア${value}は0〜10の範囲外です`,
    'not-a-score': ({ value = '' }) => `${value}はスコアではありません（0〜10の数値、空欄は null、不明は "unknown"）`,
    'wrong-row-count': ({ n = 0, limit = 0 }) =>
      `セルの行が${num(n)}個ありますが、行ごとに1つ、${num(limit)}個必要です`,
    'wrong-cell-count': ({ n = 0, limit = 0 }) =>
      `セルが${num(n)}個ありますが、ステークホルダーごとに1つ、${num(limit)}個必要です`,
    'unknown-row': ({ value = '' }) => `キー${value}の行はありません`,
    'unknown-cell': ({ value = '' }) =>
      `キー${value}のセルはありません（行のキー、U+0000、ステークホルダーのキーの順）`,
    'nul-in-key': () => 'キーに文字 U+0000 は使えません',
    'expected-version': () => '版（バージョン）が必要です',
    'expected-date': () => '日付が必要です',
    'expected-kind': ({ value = '' }) => `${value} のいずれかが必要です`,
    unreadable: ({ value = '' }) => `読み取れませんでした（${value}）`,
  },
});
