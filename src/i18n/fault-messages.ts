import { FAULT_TEXT_EN, type FaultParams, type MatrixFaultReason } from '../io/validate-matrix';
import { defineMessages } from './define-messages';

const num = (n: number) => n.toLocaleString('ja-JP');

/** Why a saved or imported value was refused (see src/io/validate-matrix.ts), in both languages. */
export const faultMessages = defineMessages<Record<MatrixFaultReason, (p: FaultParams) => string>>({
  en: FAULT_TEXT_EN,
  ja: {
    'expected-object': () => 'オブジェクトが必要です',
    'expected-list': () => 'リスト（配列）が必要です',
    'expected-text': () => '文字列が必要です',
    'expected-boolean': () => 'true か false が必要です',
    'empty-text': () => '空でない文字列が必要です',
    'too-long': ({ n = 0, limit = 0 }) => `文字列が${num(n)}文字あり、上限の${num(limit)}文字を超えています`,
    'too-many': ({ n = 0, limit = 0 }) => `要素が${num(n)}個あり、上限の${num(limit)}個を超えています`,
    'too-many-cells': ({ n = 0, limit = 0 }) => `セルが${num(n)}個（行 × ステークホルダー）あり、上限の${num(limit)}個を超えています`,
    'repeated-key': ({ value = '', other = '' }) => `キー${value}が重複しています（${other}にもあります）`,
    'repeated-id': ({ value = '', other = '' }) => `ID ${value}が重複しています（${other}にもあります）`,
    'unknown-x1060': ({ value = '' }) => `${value}はX.1060のカテゴリーやサービスの番号ではありません`,
    'row-key-mismatch': ({ value = '', other = '' }) => `キー${value}が、この行のX.1060の番号${other}と一致しません`,
    'custom-row-key': ({ value = '' }) => `X.1060の番号のない行のキー${value}は「custom:」で始まる必要があります`,
    'unknown-type': ({ value = '' }) => `${value}は標準のステークホルダー種別ではありません`,
    'stakeholder-key-mismatch': ({ value = '', other = '' }) => `キー${value}が、このステークホルダーの種別${other}と一致しません`,
    'custom-stakeholder-key': ({ value = '' }) => `標準の種別のないステークホルダーのキー${value}は「custom:」で始まる必要があります`,
    'unknown-sector': ({ value = '', other = '' }) => `${value}はセクターではありません（${other}のいずれか）`,
    'out-of-range': ({ value = '' }) => `スコア${value}は0〜10の範囲外です`,
    'not-a-score': ({ value = '' }) => `${value}はスコアではありません（0〜10の数値、空欄は null、不明は "unknown"）`,
    'wrong-row-count': ({ n = 0, limit = 0 }) => `セルの行が${num(n)}個ありますが、行ごとに1つ、${num(limit)}個必要です`,
    'wrong-cell-count': ({ n = 0, limit = 0 }) => `セルが${num(n)}個ありますが、ステークホルダーごとに1つ、${num(limit)}個必要です`,
    'unknown-row': ({ value = '' }) => `キー${value}の行はありません`,
    'unknown-cell': ({ value = '' }) => `キー${value}のセルはありません（行のキー、U+0000、ステークホルダーのキーの順）`,
    'nul-in-key': () => 'キーに文字 U+0000 は使えません',
    'unreadable': ({ value = '' }) => `読み取れませんでした（${value}）`,
  },
});
